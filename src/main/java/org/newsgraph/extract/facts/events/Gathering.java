package org.newsgraph.extract.facts.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.Literal;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.facts.MaskedArticle;
import org.newsgraph.extract.facts.Slugs;
import org.newsgraph.extract.facts.dates.TemporalValue;

/**
 * The events of one article from its sightings ({@link Occurrence}), each described once: its
 * IRI, types and label, the entities in its roles, its date, place and numbers, every fact with
 * the evidence of the sighting that told it.
 *
 * <p>IRIs are keyed by what identifies the event across articles: kind, key entity and date
 * ({@code statement-by-vera-holt-2021-12-06}, {@code lawsuit-against-x-by-y}); shootings and
 * killings by their first victim ({@code shooting-of-x}) and arrests and sentencings by the person
 * and date, as the case extractor keys the events it tells, so that both describe one resource; an
 * event with nothing to key it by is the article's own ({@code election-ARTICLE-2015-12-20}).
 *
 * <p>A statement or a press conference the article reports as said ("said in a statement",
 * "tweeted", "said at a news conference") without a date of its own takes the article's news day
 * ({@link EventDates#newsDay}), with a lower confidence and {@code :date:news-day} in its evidence;
 * a shooting or killing without one takes the day the sentences just before it tell ({@code
 * :date:narrative}).
 */
final class Gathering {
  private static final Set<String> NEWS_DAY_KINDS = Set.of("Statement", "PressConference");
  private static final double NEWS_DAY_CONFIDENCE = 0.5;
  /** Kinds a story narrates: told without a date, they take the day of the sentences just before ({@link EventDates#narrative}). */
  private static final Set<String> NARRATED_KINDS = Set.of("Shooting", "Killing");

  private final MaskedArticle ma;
  private final EventDates dates;

  Gathering(MaskedArticle ma, EventDates dates) {
    this.ma = ma;
    this.dates = dates;
  }

  List<Occurrence> gather(List<Sighting> sightings) {
    List<Occurrence> out = new ArrayList<>();
    for (Sighting x : sightings) {
      Occurrence into = null;
      for (int i = out.size() - 1; i >= 0; i--) {
        if (out.get(i).takes(x)) {
          into = out.get(i);
          break;
        }
      }
      if (into != null) {
        into.sightings.add(x);
      } else if (!x.attachOnly) {
        out.add(new Occurrence(x));
      }
    }
    return out;
  }

  void emit(List<Occurrence> events, FactSink sink) {
    java.util.Map<Ref, List<String>> dated = new java.util.HashMap<>();
    for (Occurrence o : events) {
      EventDates.Dated date = o.date();
      Evidence dateEvidence = null;
      if (date == null && NEWS_DAY_KINDS.contains(o.kind) && dates.newsDay().isPresent()
          && o.sightings.stream().anyMatch(s -> s.reported)) {
        date = new EventDates.Dated(dates.newsDay().get(), "news-day");
      }
      if (date == null && NARRATED_KINDS.contains(o.kind)) {
        date = narrative(o, events);
      }
      if (date != null) {
        for (Sighting s : o.sightings) {
          if (s.date != null && s.date.equals(date)) {
            dateEvidence = s.evidence;
            break;
          }
        }
      }
      Sighting first = o.sightings.get(0);
      if (dateEvidence == null && date != null) {
        Evidence e = first.evidence;
        dateEvidence = new Evidence(e.sentence(), e.start(), e.end(), NEWS_DAY_CONFIDENCE, e.method());
      }
      Ref ref = ref(o, date == null ? null : date.value());
      sink.node(ref, List.of(o.kind, "Event"), label(o, date == null ? null : date.value()), List.of());
      for (Sighting s : o.sightings) {
        for (Sighting.Fill f : s.fills) {
          sink.fact(ref, f.role(), f.ref(), f.evidence());
        }
      }
      // two events of one IRI (a killing is keyed by its victim) are one: a date that contradicts one
      // already told of it is a misreading
      List<String> told = dated.computeIfAbsent(ref, r -> new ArrayList<>());
      String lexical = date == null ? null : date.value().lexical();
      if (date != null && told.stream().allMatch(d -> Occurrence.compatible(d, lexical))) {
        told.add(lexical);
        sink.fact(ref, "date", date.value().literal(), new Evidence(dateEvidence.sentence(), dateEvidence.start(),
            dateEvidence.end(), dateEvidence.confidence(), dateEvidence.method() + ":date:" + date.how()));
      }
      if (o.place() != null) {
        sink.fact(ref, "place", o.place(), first.evidence);
      }
      if (o.votesFor() != null) {
        sink.fact(ref, "votesFor", Literal.integer(o.votesFor()), first.evidence);
        sink.fact(ref, "votesAgainst", Literal.integer(o.votesAgainst()), first.evidence);
      }
      if (o.count() != null) {
        sink.fact(ref, "count", Literal.integer(o.count()), first.evidence);
      }
    }
  }

  private static final java.util.regex.Pattern TIME_WORDS =
      java.util.regex.Pattern.compile("(?i)\\b(?:days?|weeks?|months?|years?|hours?|minutes?|before|after|earlier|later|ago)\\b");

  /**
   * The day the sentences just before a shooting or killing set the scene on ({@link
   * EventDates#narrative}), when its own sentence speaks of no time at all ("eight days before",
   * "years later" date it otherwise) and the sentence of that day tells no dated event of another
   * kind (an arrest on Sunday is not the shooting's day).
   */
  private EventDates.Dated narrative(Occurrence o, List<Occurrence> events) {
    int sentence = o.sightings.get(0).sentence;
    String text = ma.article().sentences().get(sentence).text();
    if (TIME_WORDS.matcher(text).find() || !dates.resolver().find(text).isEmpty()) {
      return null;
    }
    TemporalValue day = dates.narrative(sentence).orElse(null);
    if (day == null) {
      return null;
    }
    for (Occurrence other : events) {
      for (Sighting x : other.sightings) {
        if (!other.kind.equals(o.kind) && x.date != null && x.date.value().equals(day) && x.sentence < sentence) {
          return null;
        }
      }
    }
    return new EventDates.Dated(day, "narrative");
  }

  /** The event's IRI (see the class comment). */
  Ref ref(Occurrence o, TemporalValue date) {
    String when = date == null ? "" : date.lexical();
    String own = ma.article().article().slug() + "-" + o.sightings.get(0).sentence;
    List<Ref> keys = o.keys();
    String key = keys.isEmpty() ? null : keys.get(0).slug();
    String word = Slugs.slug(o.label);
    String slug = switch (o.kind) {
      case "Statement" -> key == null ? Slugs.join(word, own) : Slugs.join(word, "by", key, date == null ? own : when);
      case "PressConference" -> key == null ? Slugs.join(word, ma.article().article().slug(), when)
          : Slugs.join(word, key, date == null ? ma.article().article().slug() : when);
      case "Lawsuit" -> {
        List<Ref> by = o.in("participant");
        if (key == null) {
          yield Slugs.join(word, own);
        }
        yield o.in("target").isEmpty() ? Slugs.join(word, "by", key, date == null ? own : when)
            : Slugs.join(word, "against", key, by.isEmpty() ? own : "by-" + by.get(0).slug());
      }
      case "Vote" -> word.equals("no-confidence-vote") && !o.in("target").isEmpty()
          ? Slugs.join(word, o.in("target").get(0).slug())
          : key == null ? Slugs.join(word, own, when) : Slugs.join(word, key, date == null ? own : when);
      case "Shooting", "Killing" -> !o.in("victim").isEmpty() ? Slugs.join(word, "of", key)
          : key == null ? Slugs.join(word, own, when)
          : Slugs.join(word, "by", key, date == null ? own : when);
      case "Indictment" -> key == null ? Slugs.join(word, own, when) : Slugs.join(word, "against", key, when);
      default -> key == null ? Slugs.join(word, own, when) : Slugs.join(word, "of", key, when);
    };
    return new Ref("event", slug);
  }

  /** "Tweet by Vera Holt on 2021-12-06", "Lawsuit against X by Y", "Shooting of Z". */
  String label(Occurrence o, TemporalValue date) {
    String word = Character.toUpperCase(o.label.charAt(0)) + o.label.substring(1);
    List<Ref> keys = o.keys();
    String on = date == null ? "" : " on " + date.lexical();
    return switch (o.kind) {
      case "Statement" -> word + (keys.isEmpty() ? "" : " by " + ma.label(keys.get(0))) + on;
      case "PressConference" -> word + (keys.isEmpty() ? "" : " of " + ma.label(keys.get(0))) + on;
      case "Lawsuit" -> word + (o.in("target").isEmpty() ? "" : " against " + ma.label(o.in("target").get(0)))
          + (o.in("participant").isEmpty() ? "" : " by " + ma.label(o.in("participant").get(0)));
      case "Vote" -> word.equals("No-confidence vote") && !o.in("target").isEmpty()
          ? "No-confidence votes on " + ma.label(o.in("target").get(0))
          : word + (keys.isEmpty() ? "" : (o.in("participant").isEmpty() ? " on " : " of ") + ma.label(keys.get(0))) + on;
      case "Shooting", "Killing" -> !o.in("victim").isEmpty() ? o.kind + " of " + ma.label(o.in("victim").get(0))
          : word + (keys.isEmpty() ? "" : " by " + ma.label(keys.get(0))) + on;
      case "Indictment" -> word + (keys.isEmpty() ? "" : " against " + ma.label(keys.get(0))) + on;
      default -> word + (keys.isEmpty() ? "" : " of " + ma.label(keys.get(0))) + on;
    };
  }
}
