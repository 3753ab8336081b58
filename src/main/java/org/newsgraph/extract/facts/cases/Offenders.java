package org.newsgraph.extract.facts.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.facts.Lexicon;

/**
 * The nouns by which news text refers to the offender of a crime it has told ({@value #FILE}: "the
 * shooter", "the gunman", "the suspect"), each with the offences it can refer to.
 */
final class Offenders {
  static final String FILE = "case-offenders.tsv";

  /** A role noun for the offender and the offences it can refer to (empty: any). */
  private record Offender(Pattern noun, Set<String> offences) {}

  private final List<Offender> offenders = new ArrayList<>();
  private final List<String> nouns = new ArrayList<>();

  Offenders() {
    for (Lexicon.Row r : Lexicon.load(FILE).rows()) {
      nouns.add(r.get(0));
      Set<String> offences = r.get(1).equals("*") ? Set.of() : Set.of(r.get(1).split("\\s*,\\s*"));
      offenders.add(new Offender(Pattern.compile("(?i)" + r.get(0)), offences));
    }
  }

  /** The nouns as one regular expression, for {@code {OFFENDER}} in {@code cases.tsv}. */
  String macro() {
    return "(?i:" + String.join("|", nouns) + ")";
  }

  /** Whether a word is one of the nouns. */
  boolean is(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return offenders.stream().anyMatch(o -> o.noun().matcher(w).matches());
  }

  /** The offences a role noun can refer to; empty for any. */
  Set<String> offences(String role) {
    for (Offender o : offenders) {
      if (o.noun().matcher(role.trim()).matches()) {
        return o.offences();
      }
    }
    return Set.of();
  }
}
