package org.newsgraph.extract.facts.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.Ref;

/**
 * One event of one article: the sightings that tell it ({@link Sighting}). Two sightings are one
 * event when they are of the same kind and label, share the entity that identifies the event (the
 * speaker of a statement, the body that voted, the victim of a shooting, the target of a lawsuit...)
 * with no conflict in the others (two plaintiffs suing one defendant are two lawsuits), and have
 * compatible dates (equal, one missing, or one a prefix of the other: 2016 and 2016-07-30); or when
 * one of them names no such entity and the later refers back ("the lawsuit was filed Monday") or
 * both have compatible dates.
 */
final class Occurrence {
  /** The role whose entities identify an event of each kind (the others: participant). */
  static final Map<String, String> KEY_ROLE = Map.of(
      "Lawsuit", "target", "Indictment", "target", "Suspension", "target", "Removal", "target",
      "Shooting", "victim", "Killing", "victim");
  private static final List<String> ROLES = List.of("participant", "target", "victim");

  final String kind;
  final String label;
  final List<Sighting> sightings = new ArrayList<>();

  Occurrence(Sighting first) {
    this.kind = first.kind;
    this.label = first.label;
    sightings.add(first);
  }

  static String keyRole(String kind) {
    return KEY_ROLE.getOrDefault(kind, "participant");
  }

  /** The entities of a role over all sightings, first told first. */
  List<Ref> in(String role) {
    List<Ref> out = new ArrayList<>();
    for (Sighting s : sightings) {
      for (Ref r : s.in(role)) {
        if (!out.contains(r)) {
          out.add(r);
        }
      }
    }
    return out;
  }

  /** The entities that identify the event: its key role's, else the participants (a shooting with no victim named). */
  List<Ref> keys() {
    List<Ref> out = new ArrayList<>();
    for (Sighting s : sightings) {
      for (Ref r : s.keys(keyRole(kind))) {
        if (!out.contains(r)) {
          out.add(r);
        }
      }
    }
    if (out.isEmpty() && !keyRole(kind).equals("participant")) {
      for (Sighting s : sightings) {
        s.keys("participant").stream().filter(r -> !out.contains(r)).forEach(out::add);
      }
    }
    return out;
  }

  private static List<Ref> keysOf(Sighting x, String kind) {
    List<Ref> k = x.keys(keyRole(kind));
    return k.isEmpty() && !keyRole(kind).equals("participant") ? x.keys("participant") : k;
  }

  /** The best date: the tree's own over its clause's over the surface's; the more precise among equals. */
  EventDates.Dated date() {
    EventDates.Dated best = null;
    for (Sighting s : sightings) {
      if (s.date != null && (best == null || rank(s.date) > rank(best)
          || rank(s.date) == rank(best) && s.date.value().precision() > best.value().precision())) {
        best = s.date;
      }
    }
    return best;
  }

  private static int rank(EventDates.Dated d) {
    return switch (d.how()) {
      case "own", "same-day", "speech-day" -> 3;
      case "clause" -> 2;
      case "near" -> 1;
      default -> 0;
    };
  }

  /** Whether a later sighting tells this event. */
  boolean takes(Sighting x) {
    if (!x.kind.equals(kind) || !x.label.equals(label) || !compatible(date(), x.date)) {
      return false;
    }
    List<Ref> mine = keys();
    List<Ref> theirs = keysOf(x, kind);
    for (String role : ROLES) {
      List<Ref> a = in(role);
      List<Ref> b = x.in(role);
      if (!a.isEmpty() && !b.isEmpty() && Collections.disjoint(a, b)) {
        return false; // another plaintiff, another victim, another speaker: another event
      }
    }
    if (!mine.isEmpty() && !theirs.isEmpty()) {
      return sharesKey(mine, theirs);
    }
    if (theirs.isEmpty()) {
      // names no entity of its own: the same event when it refers back, or has its date
      return x.definite || x.attachOnly || bothDated(date(), x.date);
    }
    // this one named none: the same event when the later one has its date ("an officer shot a
    // driver in August" ... "Quist fired four shots on Aug. 30")
    return bothDated(date(), x.date);
  }

  private static boolean sharesKey(List<Ref> a, List<Ref> b) {
    return !Collections.disjoint(a, b);
  }

  static boolean compatible(EventDates.Dated a, EventDates.Dated b) {
    return a == null || b == null || compatible(a.value().lexical(), b.value().lexical());
  }

  /** Two dates that may be of one event: equal, or one the other told less precisely (2016, 2016-07-30). */
  static boolean compatible(String x, String y) {
    return x.startsWith(y) || y.startsWith(x);
  }

  private static boolean bothDated(EventDates.Dated a, EventDates.Dated b) {
    return a != null && b != null && compatible(a, b);
  }

  /** The counts told of the event (the first sighting that tells each). */
  Integer votesFor() {
    return sightings.stream().map(s -> s.votesFor).filter(v -> v != null).findFirst().orElse(null);
  }

  Integer votesAgainst() {
    return sightings.stream().map(s -> s.votesAgainst).filter(v -> v != null).findFirst().orElse(null);
  }

  Long count() {
    return sightings.stream().map(s -> s.count).filter(v -> v != null).findFirst().orElse(null);
  }

  Ref place() {
    return sightings.stream().map(s -> s.place).filter(v -> v != null).findFirst().orElse(null);
  }

  /** Whether the event's sightings are only ones that refer to another. */
  boolean onlyAttached() {
    return sightings.stream().allMatch(s -> s.attachOnly);
  }
}
