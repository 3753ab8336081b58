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

  /** Offences that harm the body (the macro BODILY): one may be told as another. */
  private final java.util.Set<String> bodily;

  Offences() {
    Lexicon lex = Lexicon.load(FILE);
    bodily = java.util.Set.of(lex.macro("BODILY").trim().split("\\s+"));
    for (Lexicon.Row r : lex.rows()) {
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

  /** Whether a charge of one offence can be the matter told as the other: the same, or both bodily. */
  boolean sameMatter(String a, String b) {
    return a.equals(b) || bodily.contains(a) && bodily.contains(b);
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
