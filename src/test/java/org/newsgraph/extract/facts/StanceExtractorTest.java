package org.newsgraph.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.facts.stance.StanceExtractor;

class StanceExtractorTest {
  private final StanceExtractor x = new StanceExtractor();
  private static final LocalDate DAY = LocalDate.of(2020, 5, 6);
  private static final String[] NAMES = {
    "Vera Holt|person|vera-holt", "Holt|person|vera-holt", "Sam Pike|person|sam-pike", "Pike|person|sam-pike",
    "Ann Lo|person|ann-lo", "Lo|person|ann-lo", "Citizens for Order|organization|citizens-for-order",
    "Tim Ng|person|tim-ng"};

  @Test
  void criticsIncludeAList() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "Holt's fiercest critics include County Sheriff Sam Pike, some prosecutors and Citizens for Order.", NAMES));
    assertTrue(c.has("person/sam-pike", "criticizes", "person/vera-holt"), c.lines().toString());
    assertTrue(c.has("organization/citizens-for-order", "criticizes", "person/vera-holt"), c.lines().toString());
    assertEquals(2, c.lines("criticizes").size(), c.lines().toString());
  }

  @Test
  void blastingInATweetAndPassiveSlammedBy() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "Prosecutor Sam Pike posted a tweet blasting Holt's budget. Ann Lo has been slammed as weak by Tim Ng.", NAMES));
    assertTrue(c.has("person/sam-pike", "criticizes", "person/vera-holt"), c.lines().toString());
    assertTrue(c.has("person/tim-ng", "criticizes", "person/ann-lo"), c.lines().toString());
    assertFalse(c.has("person/ann-lo", "criticizes", "person/tim-ng"), c.lines().toString());
  }

  @Test
  void regretsVotingForWithPronounSpeaker() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "Ann Lo lives in the county. She said she regrets voting for Holt in 2018.", NAMES));
    assertEquals(List.of("person/ann-lo criticizes person/vera-holt"), c.lines("criticizes"));
  }

  @Test
  void criticalQuotationNamingItsTarget() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "\"That hearing was an embarrassment - Vera Holt is tone deaf,\" said Ann Lo, a local organiser.", NAMES));
    assertEquals(List.of("person/ann-lo criticizes person/vera-holt"), c.lines("criticizes"));
  }

  @Test
  void criticalQuotationWithPronounTarget() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "Vera Holt signed the order on Monday.\n\n\"I don't believe his order helps anyone,\" Sam Pike told a radio station.",
        "Vera Holt|person|vera-holt", "Sam Pike|person|sam-pike"));
    assertEquals(List.of("person/sam-pike criticizes person/vera-holt"), c.lines("criticizes"));
  }

  @Test
  void neutralQuotationSaysNothingAboutStances() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "\"Vera Holt will speak at noon,\" said Ann Lo. Pike met Holt on Friday.", NAMES));
    assertTrue(c.lines("criticizes").isEmpty() && c.lines("supports").isEmpty(), c.lines().toString());
  }

  @Test
  void flankedByMeansSupport() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "As she spoke, Holt was flanked by other mayors, including Ann Lo and Tim Ng.", NAMES));
    assertTrue(c.has("person/ann-lo", "supports", "person/vera-holt"), c.lines().toString());
    assertTrue(c.has("person/tim-ng", "supports", "person/vera-holt"), c.lines().toString());
  }

  @Test
  void pronounSpeakerAfterAQuotationIsTheSubjectBeforeItNotANameInside() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "In a statement, Sam Pike noted that several towns oppose Holt.\n\n"
            + "\"I had hoped Vera Holt would announce her resignation,\" he said.", NAMES));
    assertEquals(List.of("person/sam-pike criticizes person/vera-holt"), c.lines("criticizes").stream().distinct().toList());
    assertTrue(c.facts.stream().anyMatch(f -> f.e().method().equals("stance:quote")), c.lines().toString());
  }

  @Test
  void theOutletToldIsNotTheCriticButTheSpeakerIs() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "Vera Holt leads the office. Sam Pike, a deputy and member of the Daily Bugle, told Citizens for Order "
            + "that his boss hinders his work.",
        "Vera Holt|person|vera-holt", "Holt|person|vera-holt", "Sam Pike|person|sam-pike",
        "Daily Bugle|organization|daily-bugle", "Citizens for Order|organization|citizens-for-order"));
    assertEquals(List.of("person/sam-pike criticizes person/vera-holt"), c.lines("criticizes"));
  }

  @Test
  void aCriticalQuotationIsAboutWhomTheSentenceNamesAfterTheCueVerb() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "Sam Pike said Holt had \"spent three months issuing ultimatums.\" "
            + "Ann Lo called the bill \"a stunt\" and said Tim Ng had \"lied to every family here.\" "
            + "Vera Holt, of Citizens for Order, said the plan was \"reckless.\"", NAMES));
    assertTrue(c.has("person/sam-pike", "criticizes", "person/vera-holt"), c.lines().toString());
    assertTrue(c.has("person/ann-lo", "criticizes", "person/tim-ng"), c.lines().toString());
    assertFalse(c.lines("criticizes").stream().anyMatch(l -> l.contains("citizens-for-order")), c.lines().toString());
  }

  @Test
  void standingWithSomeoneInAQuotationIsSupport() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "\"Sam Pike did his job,\" Tim Ng said. \"We are going to stand with him all the way.\"", NAMES));
    assertTrue(c.has("person/tim-ng", "supports", "person/sam-pike"), c.lines().toString());
  }

  @Test
  void callingForSomeonesImpeachmentOrResignation() {
    var c = TestArticles.run(x, TestArticles.context(DAY,
        "Sam Pike called for the impeachment of County Judge Ann Lo on Monday. Tim Ng called for Holt's resignation.",
        NAMES));
    assertTrue(c.has("person/sam-pike", "criticizes", "person/ann-lo"), c.lines().toString());
    assertTrue(c.has("person/tim-ng", "criticizes", "person/vera-holt"), c.lines().toString());
  }
}
