package org.newsgraph.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.facts.cases.CaseExtractor;

class CaseExtractorTest {
  private final CaseExtractor x = new CaseExtractor(Optional.of(TestArticles.policies()));
  private static final LocalDate WED = LocalDate.of(2021, 12, 8);

  @Test
  void passiveKillingWithAgeYearAndFollowingPolicy() {
    var c = TestArticles.run(x, TestArticles.context(WED,
        "Nora Pell's son, Tobin, 20, was killed in 2018 near a lake. Under the new rules, special circumstances "
            + "charges against the suspects were dropped.",
        "Nora Pell|person|nora-pell", "Tobin|person|tobin-pell"));
    assertTrue(c.has("case/killing-of-tobin-pell", "victim", "person/tobin-pell"), c.lines().toString());
    assertTrue(c.has("case/killing-of-tobin-pell", "date", "\"2018\"") || c.lines().contains("case/killing-of-tobin-pell date \"2018\""),
        c.lines().toString());
    assertTrue(c.has("case/killing-of-tobin-pell", "concernsPolicy", "policy/special-circumstances"), c.lines().toString());
    assertTrue(c.lines("defendant").isEmpty(), c.lines().toString());
  }

  @Test
  void namedAgentKillingVictimAtAPlaceLastWeek() {
    var c = TestArticles.run(x, TestArticles.context(WED,
        "He named Rick Dole, a parolee who was arrested shortly after allegedly killing Jean Marr in her Oak Ridge home last week.",
        "Rick Dole|person|rick-dole", "Jean Marr|person|jean-marr", "Oak Ridge|place|oak-ridge"));
    assertTrue(c.has("case/killing-of-jean-marr", "victim", "person/jean-marr"), c.lines().toString());
    assertTrue(c.has("case/killing-of-jean-marr", "defendant", "person/rick-dole"), c.lines().toString());
    assertTrue(c.has("case/killing-of-jean-marr", "place", "place/oak-ridge"), c.lines().toString());
    assertTrue(c.lines().contains("case/killing-of-jean-marr date \"2021\""), c.lines().toString());
  }

  @Test
  void appositionWhoWasShotAndKilledOnAWeekday() {
    var c = TestArticles.run(x, TestArticles.context(WED,
        "They paused for Leo Vance, a 12-year-old boy who was shot and killed in Riverton while sitting in a car on Monday.",
        "Leo Vance|person|leo-vance", "Riverton|place|riverton"));
    assertTrue(c.lines().contains("case/killing-of-leo-vance date \"2021-12-06\""), c.lines().toString());
    assertTrue(c.has("case/killing-of-leo-vance", "place", "place/riverton"), c.lines().toString());
    assertTrue(c.nodes.stream().anyMatch(n -> n.ref().toString().equals("event/killing-of-leo-vance")
        && n.types().equals(List.of("Killing", "Event"))), c.nodes.toString());
  }

  @Test
  void twoVictimsOneCaseAndAbsoluteMonthWithoutPublicationDate() {
    var c = TestArticles.run(x, TestArticles.context(null,
        "Two deputies, Ana Ruiz, 31, and Ben Cole, 42, were killed by a gunman in Eastvale in April 2021.",
        "Ana Ruiz|person|ana-ruiz", "Ben Cole|person|ben-cole", "Eastvale|place|eastvale"));
    assertEquals(List.of("case/killing-of-ana-ruiz victim person/ana-ruiz", "case/killing-of-ana-ruiz victim person/ben-cole"),
        c.lines("victim").stream().filter(l -> l.startsWith("case/")).toList());
    assertTrue(c.lines().contains("case/killing-of-ana-ruiz date \"2021-04\""), c.lines().toString());
  }

  @Test
  void chargesAndSentencesAsStated() {
    var c = TestArticles.run(x, TestArticles.context(WED,
        "Omar Kell was arrested and charged with felon in possession of a firearm. Later Kell was sentenced to two years "
            + "probation and 20 days in jail for the offence.",
        "Omar Kell|person|omar-kell", "Kell|person|omar-kell"));
    assertTrue(c.lines().contains("case/case-against-omar-kell charge \"felon in possession of a firearm\""), c.lines().toString());
    assertTrue(c.lines().contains("case/case-against-omar-kell sentence \"two years probation and 20 days in jail\""),
        c.lines().toString());
    assertTrue(c.has("case/case-against-omar-kell", "defendant", "person/omar-kell"));
  }

  @Test
  void nothingFromSentencesWithoutACrime() {
    var c = TestArticles.run(x, TestArticles.context(WED,
        "Mia Stone was elected in 2018 and was praised by Carl Roe. She spoke about the killing of two teenagers.",
        "Mia Stone|person|mia-stone", "Carl Roe|person|carl-roe"));
    assertTrue(c.facts.isEmpty(), c.lines().toString());
  }

  @Test
  void aParentWhoseChildWasKilledIsNoVictimAndASingularVerbTakesTheLastName() {
    var c = TestArticles.run(x, TestArticles.context(WED,
        "Ida Crane, whose son Tom was murdered in 2018, spoke. They remembered Ann Bell and Leo Vance, "
            + "a boy who was shot and killed on Monday.",
        "Ida Crane|person|ida-crane", "Ann Bell|person|ann-bell", "Leo Vance|person|leo-vance"));
    // the son (named by first name only) is the victim, never his mother
    assertEquals(List.of("case/killing-of-tom-crane victim person/tom-crane", "case/killing-of-leo-vance victim person/leo-vance"),
        c.lines("victim").stream().filter(l -> l.startsWith("case/")).toList());
  }
}
