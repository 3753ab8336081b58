package org.newsgraph.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.facts.events.EventExtractor;

class EventExtractorTest {
  private final EventExtractor x = new EventExtractor();
  private static final LocalDate WED = LocalDate.of(2021, 12, 8);
  private static final String[] NAMES = {
    "Vera Holt|person|vera-holt", "Holt|person|vera-holt", "Sam Pike|person|sam-pike", "Pike|person|sam-pike",
    "Ann Lo|person|ann-lo", "Lo|person|ann-lo", "Port City|place|port-city", "Daily Bugle|organization|daily-bugle"};

  @Test
  void pressConferenceWithLeadDateAndFlankingParticipants() {
    var c = TestArticles.run(x, TestArticles.context(WED,
        "Mayor Vera Holt defended her budget Wednesday amid protests.\n\n"
            + "\"We kept our promises,\" she said during a news conference.\n\n"
            + "As she spoke, Holt was flanked by other mayors, including Ann Lo.", NAMES));
    String e = "event/press-conference-vera-holt-2021-12-08";
    assertTrue(c.nodes.stream().anyMatch(n -> n.ref().toString().equals(e) && n.types().equals(List.of("PressConference", "Event"))),
        c.nodes.toString());
    assertTrue(c.has(e, "participant", "person/vera-holt"), c.lines().toString());
    assertTrue(c.has(e, "participant", "person/ann-lo"), c.lines().toString());
    assertTrue(c.lines().contains(e + " date \"2021-12-08\""), c.lines().toString());
  }

  @Test
  void pressConferenceDateAndPlaceInItsSentence() {
    var c = TestArticles.run(x, TestArticles.context(null,
        "Sam Pike speaks at a press conference, December 8, 2021 in Port City.", NAMES));
    String e = "event/press-conference-sam-pike-2021-12-08";
    assertTrue(c.has(e, "place", "place/port-city"), c.lines().toString());
  }

  @Test
  void recallCampaignTargetSignaturesDeadlineAndOutcome() {
    var c = TestArticles.run(x, TestArticles.context(LocalDate.of(2022, 3, 1),
        "Sam Pike is facing a second recall attempt.\n\n"
            + "The campaign said it had gathered 150,000 signatures. Nearly 300,000 are needed by the April 6 deadline.\n\n"
            + "Last year the first recall effort against Pike fell short.", NAMES));
    String second = "event/recall-campaign-sam-pike-2";
    String first = "event/recall-campaign-sam-pike-1";
    assertTrue(c.has(second, "target", "person/sam-pike"), c.lines().toString());
    assertTrue(c.lines().contains(second + " signaturesGathered \"150000\""), c.lines().toString());
    assertTrue(c.lines().contains(second + " signaturesNeeded \"300000\""), c.lines().toString());
    assertTrue(c.lines().contains(second + " deadline \"2022-04-06\""), c.lines().toString());
    assertTrue(c.lines().contains(first + " outcome \"fell short\""), c.lines().toString());
    assertTrue(c.has(first, "target", "person/sam-pike"), c.lines().toString());
  }

  @Test
  void statementsTweetsAndLetters() {
    var c = TestArticles.run(x, TestArticles.context(WED,
        "Vera Holt tweeted a link on Monday. In a statement, Pike said the plan works. "
            + "\"Enough,\" Ann Lo wrote in a letter to residents.", NAMES));
    assertTrue(c.has("event/tweet-by-vera-holt-2021-12-06", "participant", "person/vera-holt"), c.lines().toString());
    assertTrue(c.nodes.stream().anyMatch(n -> n.ref().slug().startsWith("statement-by-sam-pike")), c.nodes.toString());
    assertTrue(c.nodes.stream().anyMatch(n -> n.ref().slug().startsWith("letter-by-ann-lo")
        && n.types().equals(List.of("Statement", "Event"))), c.nodes.toString());
  }

  @Test
  void noConfidenceVotesCountCities() {
    var c = TestArticles.run(x, TestArticles.context(WED,
        "Pike said that 14 cities have approved no-confidence votes on Holt.", NAMES));
    assertTrue(c.has("event/no-confidence-vote-vera-holt", "target", "person/vera-holt"), c.lines().toString());
    assertTrue(c.lines().contains("event/no-confidence-vote-vera-holt count \"14\""), c.lines().toString());
  }

  @Test
  void lawsuitWithPlaintiffAndPronounDefendant() {
    var c = TestArticles.run(x, TestArticles.context(WED,
        "Vera Holt runs the office. Ann Lo, a deputy, sued her for retaliation last year.", NAMES));
    assertTrue(c.has("event/lawsuit-against-vera-holt-by-ann-lo", "target", "person/vera-holt"), c.lines().toString());
    assertTrue(c.has("event/lawsuit-against-vera-holt-by-ann-lo", "participant", "person/ann-lo"), c.lines().toString());
    assertTrue(c.lines().contains("event/lawsuit-against-vera-holt-by-ann-lo date \"2020\""), c.lines().toString());
  }

  @Test
  void noEventsFromPlainSentences() {
    var c = TestArticles.run(x, TestArticles.context(WED,
        "Vera Holt met Sam Pike in Port City on Monday to discuss roads.", NAMES));
    assertEquals(List.of(), c.nodes, c.lines().toString());
  }

  @Test
  void anUndatedStatementToldByTwoArticlesWithTheSameWordsIsOneEvent() {
    var a = TestArticles.context("art-a", null,
        "\"We will not cut the library budget this year,\" Sam Pike tweeted again.", NAMES);
    var b = TestArticles.context("art-b", null,
        "Pike answered his critics.\n\n\"We will not cut the library budget this year, or next,\" Sam Pike tweeted again.", NAMES);
    var c = TestArticles.context("art-c", null,
        "\"The parks will open late on Sundays,\" Sam Pike tweeted again.", NAMES);
    var d = TestArticles.context("art-d", null,
        "\"We will not cut the library budget this year,\" Vera Holt tweeted again.", NAMES);
    var graphs = x.reconcile(List.of(graph(a), graph(b), graph(c), graph(d)));
    List<String> statements = new java.util.ArrayList<>();
    for (var g : graphs) {
      statements.add(g.nodes().stream().filter(n -> n.types().contains("Statement")).map(n -> n.ref().toString())
          .findFirst().orElse("none"));
    }
    assertEquals("event/tweet-by-sam-pike-art-a-0", statements.get(0), statements.toString());
    assertEquals(statements.get(0), statements.get(1), "the same words by the same speaker: one tweet");
    assertTrue(!statements.get(2).equals(statements.get(0)), "other words: another tweet " + statements);
    assertTrue(!statements.get(3).equals(statements.get(0)), "another speaker: another tweet " + statements);
    assertTrue(graphs.get(1).facts().stream().anyMatch(f -> f.subject().toString().equals(statements.get(0))
        && f.property().equals("participant")), graphs.get(1).facts().toString());
  }

  @Test
  void aRecallCampaignWithoutOrdinalToldByTwoArticlesIsOneEventAndAnOrdinalOneStaysApart() {
    // with no ordinal the campaign is keyed by its target alone: two articles name one event; a
    // numbered campaign of another article is not merged into it (which one it is cannot be told)
    var a = TestArticles.context("art-a", null, "Sam Pike is facing a recall campaign led by angry parents.", NAMES);
    var b = TestArticles.context("art-b", null, "The recall against Sam Pike needs 50,000 signatures.", NAMES);
    var c = TestArticles.context("art-c", null, "Sam Pike survived a second recall attempt.", NAMES);
    var graphs = x.reconcile(List.of(graph(a), graph(b), graph(c)));
    List<String> campaigns = new java.util.ArrayList<>();
    for (var g : graphs) {
      campaigns.add(g.nodes().stream().filter(n -> n.types().contains("RecallCampaign")).map(n -> n.ref().toString())
          .findFirst().orElse("none"));
    }
    assertEquals(List.of("event/recall-campaign-sam-pike", "event/recall-campaign-sam-pike", "event/recall-campaign-sam-pike-2"),
        campaigns);
  }

  private org.newsgraph.extract.ArticleGraph graph(org.newsgraph.extract.ArticleContext a) {
    var g = new org.newsgraph.extract.GraphBuilder();
    org.newsgraph.extract.QuoteExtractor.standard().extract(a, g);
    x.extract(a, g);
    return g.build(a.article());
  }
}
