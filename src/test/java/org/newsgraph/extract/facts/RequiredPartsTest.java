package org.newsgraph.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Which groups every match must contain, and that skipping on them never loses a match. */
class RequiredPartsTest {
  private static List<String> parts(String re) {
    return RequiredParts.of(re).parts().stream().map(Pattern::pattern).toList();
  }

  @Test
  void requiredGroupsAreFound() {
    assertEquals(List.of("(?=[xy])(?:x|y)"), parts("a(?:x|y)b"));
    assertEquals(List.of("(?=[b])(?:bar)"), parts("(?<S>foo)(?:bar)"));
    assertEquals(List.of("(?=[y])(?:y)"), parts("[(?:x)](?:y)"));
    assertEquals(List.of("(?=[y])(?:y)"), parts("\\((?:y)\\)"));
    assertEquals(List.of("(?:(?:a|b)c|d)", "(?=[f])(?:f)"), parts("(?:(?:a|b)c|d)e(?:f)"));
    assertEquals(List.of("(?i:critics|foes)"), parts("(?i:critics|foes)\\s+of"));
    assertEquals(List.of("(?=[s])(?:said)"), parts("\\b(?<!been )(?:said)+\\s"));
  }

  @Test
  void optionalAlternativeOrUnsafeGroupsAreNot() {
    assertEquals(List.of(), parts("(?:x|y)?b"));
    assertEquals(List.of(), parts("(?:x|y)*b"));
    assertEquals(List.of(), parts("(?:x|y){0,2}b"));
    assertEquals(List.of(), parts("a|(?:x)"), "an alternative at the top");
    assertEquals(List.of("(?:a|(?:x))"), parts("(?:a|(?:x))"), "inside an alternation: only the whole group");
    assertEquals(List.of(), parts("(?:(?:x)z)?"), "inside an optional group");
    assertEquals(List.of(), parts("(?=(?:x))y"), "inside a look-ahead");
    assertEquals(List.of(), parts("(?i)a(?:x)"), "flags switched for the rest");
    assertEquals(List.of(), parts("(\\w)\\1(?:bar)"), "a back-reference");
    assertEquals(List.of("(?i:a(?:x))"), parts("(?i:a(?:x))"), "a flag group is a part; what is inside it is not");
    assertEquals(List.of("(?=[x])(?:x)"), parts("(?<S>a(?:x)b)(?<O>c)"), "groups holding slots are not parts; their inner parts are");
  }

  @Test
  void aPartOfWordsLooksAheadForTheirFirstLetters() {
    assertEquals("bsc", RequiredParts.firstCharacters("(?:blast(?:s|ed)?|slam|criticiz(?:e|es))"));
    assertEquals(null, RequiredParts.firstCharacters("(?:[Hh]is|her)"), "a class");
    assertEquals(null, RequiredParts.firstCharacters("(?:s?he|it)"), "an optional first letter");
    assertEquals(null, RequiredParts.firstCharacters("(?:a|)"), "an empty alternative");
    assertEquals(null, RequiredParts.firstCharacters("(?i:the)"), "a flag group");
    assertEquals(List.of("(?=[tc])(?:told|critic)"), parts("x(?:told|critic)y"));
    assertEquals(List.of(), parts("a(?:x?)b"), "a part that can match nothing is no test");
  }

  @Test
  void innerPartsOfSlotsCount() {
    // a non-capturing group inside a named slot is required when the slot is
    assertEquals(List.of("(?=[x])(?:x)"), parts("(?<S>a(?:x)b)"));
  }

  /** On random texts, a sentence skipped for a missing part is never one the pattern matches. */
  @Test
  void skippingNeverLosesAMatch() {
    List<String> patterns = List.of("a(?:b|c)+d", "(?:ab|ba)\\s(?:c)", "(?<S>a(?:b)?)c(?:d|a)", "x?(?:ab){1,2}",
        "(?<!b)(?:a|c)b", "(?:a(?:b|c))d|e", "[ab(](?:c)[)]");
    Random random = new Random(3);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 20000; i++) {
      char[] c = new char[random.nextInt(10)];
      for (int k = 0; k < c.length; k++) {
        c[k] = "abcde x()".charAt(random.nextInt(9));
      }
      texts.add(new String(c));
    }
    int skipped = 0;
    for (String re : patterns) {
      Pattern p = Pattern.compile(re);
      RequiredParts required = RequiredParts.of(re);
      for (String t : texts) {
        if (!required.mayMatch(t)) {
          skipped++;
          assertFalse(p.matcher(t).find(), re + " matches \"" + t + "\" but was skipped");
        }
      }
    }
    assertTrue(skipped > 1000, "the parts skip sentences: " + skipped);
  }

  @Test
  void theStanceRulesGetTheirVerbsAsParts() {
    RelationRules stances = new RelationRules("stances.tsv");
    long withParts = stances.rules().stream().filter(r -> !r.required().parts().isEmpty()).count();
    assertTrue(withParts >= stances.rules().size() / 2, withParts + " of " + stances.rules().size() + " rules");
  }
}
