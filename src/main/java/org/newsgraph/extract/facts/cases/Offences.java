package org.newsgraph.extract.facts.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.extract.facts.Lexicon;

/**
 * The offences charges name ({@value #FILE}): a charge read over the tree is kept only if it names
 * one, and the offence decides which case it may belong to. Offences of one group (violent) may be
 * one matter: a murder charge belongs to a shooting.
 */
final class Offences {
  static final String FILE = "case-offences.tsv";

  private record Offence(String name, String group, Pattern pattern) {}

  private final List<Offence> offences = new ArrayList<>();
  /** The group of each offence a frame of case-words.tsv tells (killing, shooting...). */
  private final java.util.Map<String, String> groups = new java.util.HashMap<>();

  Offences() {
    for (Lexicon.Row r : Lexicon.load(FILE).rows()) {
      offences.add(new Offence(r.get(0), r.get(1), Pattern.compile("(?i)(?<![\\w-])(?:" + r.get(2) + ")(?![\\w-])")));
      groups.putIfAbsent(r.get(0), r.get(1));
    }
  }

  /** The first offence a charge names (by the order of the file), if any. */
  Optional<String> of(String charge) {
    for (Offence o : offences) {
      if (o.pattern().matcher(charge).find()) {
        return Optional.of(o.name());
      }
    }
    return Optional.empty();
  }

  /** Whether a charge names an offence. */
  boolean names(String charge) {
    return of(charge).isPresent();
  }

  /** The group of an offence (violent, property...); "*" for an unknown one or one of any group. */
  String group(String offence) {
    return groups.getOrDefault(offence, "*");
  }

  /** Whether two offences may be one matter: the same, of one group, or either unknown. */
  boolean compatible(String a, String b) {
    if (a.equals("*") || b.equals("*") || a.equals(b)) {
      return true;
    }
    String ga = group(a);
    String gb = group(b);
    return ga.equals("*") || gb.equals("*") || ga.equals(gb);
  }
}
