package org.newsgraph.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.facts.policy.PolicyScheme;
import org.newsgraph.extract.facts.policy.PolicyStanceExtractor;

class PolicyStanceExtractorTest {
  private static final PolicyScheme SCHEME = TestArticles.policies();
  private final PolicyStanceExtractor x = new PolicyStanceExtractor(SCHEME);
  private static final LocalDate DAY = LocalDate.of(2020, 5, 6);
  private static final String[] NAMES = {"Vera Holt|person|vera-holt", "Holt|person|vera-holt", "Sam Pike|person|sam-pike"};

  @Test
  void schemeLabelsAndNewsPhrasesFindPolicies() {
    String text = "No capital punishment, no criminal enhancements, and no cash bail.";
    var found = SCHEME.find(text, 0, text.length());
    assertEquals(List.of("policy/death-penalty", "policy/sentencing-enhancements", "policy/cash-bail"),
        found.stream().map(s -> s.ref().toString()).toList());
  }

  @Test
  void rollbackOfAListWithPossessivePronoun() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "Holt was criticised for her rollback of measures like the death penalty, charging juveniles as adults "
            + "and the leveling of criminal enhancements.", NAMES));
    assertEquals(List.of("person/vera-holt opposesPolicy policy/death-penalty",
        "person/vera-holt opposesPolicy policy/trying-juveniles-as-adults",
        "person/vera-holt opposesPolicy policy/sentencing-enhancements"), c.lines("opposesPolicy"));
  }

  @Test
  void directivesBarringProsecutorsFromSeeking() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "On taking office, Vera Holt issued directives that included barring prosecutors from seeking the death "
            + "penalty, sentencing enhancements and asking for cash bail.", NAMES));
    assertEquals(3, c.lines("opposesPolicy").size(), c.lines().toString());
    assertTrue(c.has("person/vera-holt", "opposesPolicy", "policy/cash-bail"));
  }

  @Test
  void reinstateIsSupportAndBacktrackFlips() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "Sam Pike wants to reinstate the three-strikes law. Later, Holt backtracked on not seeking life without parole.",
        NAMES));
    assertTrue(c.has("person/sam-pike", "supportsPolicy", "policy/three-strikes-law"), c.lines().toString());
    assertTrue(c.has("person/vera-holt", "supportsPolicy", "policy/life-without-parole"), c.lines().toString());
    assertTrue(c.lines("opposesPolicy").isEmpty(), c.lines().toString());
  }

  @Test
  void passiveDropUnderSomeonesReforms() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "Under Holt's reforms, special circumstances charges against the suspects were dropped.", NAMES));
    assertEquals(List.of("person/vera-holt opposesPolicy policy/special-circumstances"), c.lines("opposesPolicy"));
  }

  @Test
  void aPolicyNamedWithoutACueGivesNoStance() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "Vera Holt spoke about the death penalty and cash bail for an hour.", NAMES));
    assertTrue(c.facts.isEmpty(), c.lines().toString());
  }
}
