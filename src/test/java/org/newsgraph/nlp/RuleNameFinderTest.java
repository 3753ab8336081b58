package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RuleNameFinderTest {
  static Annotator annotator;
  static RuleNameFinder finder;

  @BeforeAll
  static void load() {
    annotator = Annotator.standard();
    finder = RuleNameFinder.standard();
  }

  /**
   * surface → "TYPE source" for the names found in one sentence; the weak clause-start candidates
   * (kept by the resolver only when they are a known person's name) are left out.
   */
  static Map<String, String> names(String text) {
    Sentence s = annotator.sentence(0, 0, text, 0);
    Map<String, String> out = new TreeMap<>();
    for (NameSpan n : finder.find(s)) {
      if (n.source().equals("clause-start")) {
        continue;
      }
      out.put(s.cover(text, n.start(), n.end()), n.type() + " " + n.source());
    }
    return out;
  }

  @Test
  void titleSplitsJurisdictionFromPerson() {
    Map<String, String> n = names("Kern County Sheriff Maria Delgado criticized the plan on Monday.");
    assertEquals("PLACE gazetteer", n.get("Kern County"));
    assertEquals("PERSON title", n.get("Maria Delgado"));
    assertTrue(!n.containsKey("Monday"), n.toString());
  }

  @Test
  void organisationHeadsAndConnectors() {
    Map<String, String> n = names("The report came from the Center for Sentencing Reform and the Southern Justice Law Center.");
    assertEquals("ORGANIZATION org-head", n.get("Southern Justice Law Center"), n.toString());
  }

  @Test
  void possessiveEndsTheName() {
    Map<String, String> n = names("Fox News' Dana Whitfield asked the mayor.");
    assertEquals("ORGANIZATION known-org", n.get("Fox News'"), n.toString());
    assertTrue(n.get("Dana Whitfield").startsWith("PERSON"), n.toString());
  }

  @Test
  void theLongestOverlappingTitleWins() {
    Map<String, String> n = names("The inquiry was opened by U.S. Attorney General Dana Whitfield last spring.");
    assertEquals("PERSON title", n.get("Dana Whitfield"), n.toString());
  }

  @Test
  void aRunThatIsOnlyATitleIsNoName() {
    Map<String, String> n = names("She was confirmed as the state's next U.S. Attorney on Friday.");
    assertTrue(n.isEmpty(), n.toString());
  }

  @Test
  void lawsAreNotPeopleButTheirPlaceIsAPlace() {
    Map<String, String> n = names("Critics said the Nevada Three Strikes Law fills prisons.");
    assertEquals(Map.of("Nevada", "PLACE gazetteer"), n);
  }

  @Test
  void capitalisedWordAtAClauseStartIsOnlyAWeakCandidate() {
    String text = "Rollins said her office would not appeal.";
    Sentence s = annotator.sentence(0, 0, text, 0);
    List<NameSpan> found = finder.find(s);
    assertEquals(1, found.size(), found.toString());
    assertEquals("Rollins", s.cover(text, found.get(0).start(), found.get(0).end()));
    assertTrue(found.get(0).confidence() < 0.5);
  }

  @Test
  void names_stripPossessivesAndFold() {
    assertEquals("Gascon", Names.stripPossessive("Gascon\u2019s"));
    assertEquals("Flores", Names.stripPossessive("Flores'"));
    assertEquals("george gascon", Names.fold("George Gasc\u00f3n"));
    assertEquals("l-a-county", Names.slug("L.A. County"));
  }
}
