package org.newsgraph.extract.facts.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Ref;

/**
 * One place where an article tells an event: its kind and what it is called, the sentence and the
 * evidence of the trigger, the entities in its roles, its date and how it was found, and the
 * numbers it turns on. Several sightings of one article may be one event ({@link Gathering}).
 */
final class Sighting {
  /**
   * An entity in a role, with the evidence that puts it there.
   *
   * @param aside the entity takes part without identifying the event (the judge of a sentencing)
   */
  record Fill(String role, Ref ref, Evidence evidence, boolean aside) {}

  final String kind;
  final String label;
  final int sentence;
  final Evidence evidence;
  final List<Fill> fills = new ArrayList<>();
  EventDates.Dated date;
  /** "the lawsuit", "the press conference": may be one told before. */
  boolean definite;
  /** Tells more of an event told elsewhere in the article, never an event of its own ("flanked by"). */
  boolean attachOnly;
  /** The article reports the saying itself ("said in a statement", "tweeted"): undated, it is of the news day. */
  boolean reported;
  Integer votesFor;
  Integer votesAgainst;
  /** A number the event turns on (the cities of a no-confidence vote). */
  Long count;
  Ref place;

  Sighting(String kind, String label, int sentence, Evidence evidence) {
    this.kind = kind;
    this.label = label;
    this.sentence = sentence;
    this.evidence = evidence;
  }

  void fill(String role, Ref ref, Evidence e) {
    fill(role, ref, e, false);
  }

  void fill(String role, Ref ref, Evidence e, boolean aside) {
    for (Fill f : fills) {
      if (f.ref().equals(ref)) {
        return; // one role per entity: the first rule that placed it
      }
    }
    fills.add(new Fill(role, ref, e, aside));
  }

  /** The entities of a role that identify the event (not those taking part aside). */
  List<Ref> keys(String role) {
    List<Ref> out = new ArrayList<>();
    for (Fill f : fills) {
      if (f.role().equals(role) && !f.aside()) {
        out.add(f.ref());
      }
    }
    return out;
  }

  List<Ref> in(String role) {
    List<Ref> out = new ArrayList<>();
    for (Fill f : fills) {
      if (f.role().equals(role)) {
        out.add(f.ref());
      }
    }
    return out;
  }

  Optional<Ref> first(String role) {
    List<Ref> r = in(role);
    return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
  }

  @Override
  public String toString() {
    return kind + "/" + label + "#" + sentence + fills.stream().map(f -> " " + f.role() + "=" + f.ref()).toList()
        + (date == null ? "" : " @" + date.value().lexical() + "(" + date.how() + ")");
  }
}
