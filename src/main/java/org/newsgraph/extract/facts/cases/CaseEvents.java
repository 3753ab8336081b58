package org.newsgraph.extract.facts.cases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.facts.MaskedArticle;
import org.newsgraph.extract.facts.Slugs;
import org.newsgraph.extract.facts.dates.TemporalValue;

/**
 * The events a case reports: its killing or shooting (one event, keyed by its first victim, else
 * "by" its first defendant; a shooting that killed is both a Shooting and a Killing), dated by the
 * offence's date; and each arrest and sentencing told, keyed by the defendant and its own date.
 */
final class CaseEvents {
  private final String extractor;

  CaseEvents(String extractor) {
    this.extractor = extractor;
  }

  void write(MaskedArticle ma, List<Partial> c, List<Ref> victims, List<Ref> defendants, TemporalValue date, Ref place,
      FactSink sink) {
    incident(ma, c, victims, defendants, date, place, sink);
    Set<Ref> dated = new HashSet<>();
    Set<Ref> placed = new HashSet<>();
    for (Partial p : c) {
      if (!p.reportsEvent || !(p.event.equals("Arrest") || p.event.equals("Sentencing")) || p.defendants.isEmpty()) {
        continue;
      }
      TemporalValue d = p.event.equals("Sentencing") && p.sentencingDate != null ? p.sentencingDate : p.eventDate;
      String kind = p.event.toLowerCase(Locale.ROOT);
      Ref ev = new Ref("event", Slugs.join(kind, "of", p.defendants.get(0).slug(), d == null ? "" : d.lexical()));
      sink.node(ev, List.of(p.event, "Event"), p.event + " of " + ma.label(p.defendants.get(0)), List.of());
      Evidence e = p.s.evidence(p.start, p.end, 0.7, extractor + ":event");
      for (Ref v : p.victims) {
        sink.fact(ev, "victim", v, e);
      }
      for (Ref x : p.defendants) {
        sink.fact(ev, "participant", x, e);
      }
      if (d != null && dated.add(ev)) {
        sink.fact(ev, "date", d.literal(), e);
      }
      if (p.place != null && placed.add(ev)) {
        sink.fact(ev, "place", p.place, e);
      }
    }
  }

  /** The killing or shooting of the case, if a match of it reports one. */
  private void incident(MaskedArticle ma, List<Partial> c, List<Ref> victims, List<Ref> defendants, TemporalValue date,
      Ref place, FactSink sink) {
    boolean killing = false;
    boolean shooting = false;
    Partial first = null;
    for (Partial p : c) {
      if (!p.reportsEvent || !(p.event.equals("Killing") || p.event.equals("Shooting") || p.fatal)) {
        continue;
      }
      killing |= p.event.equals("Killing") || p.fatal;
      shooting |= p.event.equals("Shooting");
      first = first == null ? p : first;
    }
    List<Ref> who = victims.isEmpty() ? defendants : victims;
    if (first == null || who.isEmpty()) {
      return;
    }
    List<String> types = new ArrayList<>();
    if (killing) {
      types.add("Killing");
    }
    if (shooting) {
      types.add("Shooting");
    }
    types.add("Event");
    String type = types.get(0);
    String slug = Slugs.join(type.toLowerCase(Locale.ROOT), victims.isEmpty() ? "by" : "of", who.get(0).slug());
    Ref ev = new Ref("event", slug);
    sink.node(ev, types, type + (victims.isEmpty() ? " by " : " of ") + ma.label(who.get(0)), List.of());
    Evidence e = first.s.evidence(first.start, first.end, 0.7, extractor + ":event");
    for (Ref v : victims) {
      sink.fact(ev, "victim", v, evidenceOf(c, v, e));
    }
    for (Ref x : defendants) {
      sink.fact(ev, "participant", x, evidenceOf(c, x, e));
    }
    if (date != null) {
      sink.fact(ev, "date", date.literal(), e);
    }
    if (place != null) {
      sink.fact(ev, "place", place, e);
    }
  }

  /** The evidence of the first match that names a person, else the event's. */
  private Evidence evidenceOf(List<Partial> c, Ref who, Evidence fallback) {
    for (Partial p : c) {
      if (p.people().contains(who)) {
        return p.s.evidence(p.start, p.end, 0.7, extractor + ":event");
      }
    }
    return fallback;
  }
}
