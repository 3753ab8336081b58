package org.newsgraph.extract.facts.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestGraphs;

/**
 * Events read over the dependency tree (event-rules.tsv) from invented articles, through the real
 * pipeline (tagger, parser, name finder): one sentence of our own per way of telling an event.
 */
class EventTreeRulesTest {
  @TempDir static Path dir;
  static Dataset ds;

  @BeforeAll
  static void build() {
    ds = TestGraphs.build(dir, Map.of(
        "articles.tsv",
        "file\tpublisher\tpublished\theadline\turl\n"
            + "council.txt\tTest\t2021-01-15\t\t\n"
            + "crime.txt\tTest\t2021-03-10\t\t\n"
            + "robbery.txt\tTest\t2021-03-10\t\t\n"
            + "court.txt\tTest\t2021-06-04\t\t\n",
        "court.txt",
        "The ruling is a loss for Mira Castell, a former prosecutor who sued Hal Brenner in May 2020.\n\n"
            + "Mayor Greta Lund vetoed the budget on Monday.\n\n"
            + "By Wednesday, City Attorney Omar Quist had filed a lawsuit against her in Harlow County Superior Court.\n",
        "robbery.txt",
        "On Friday, two men walked into a pharmacy in Harlow and demanded cash.\n\n"
            + "When the clerk refused, one of the men shot Ruben Alcott in the arm.\n\n"
            + "Weeks later, a guard shot Ina Kroll outside the same pharmacy.\n",
        // published on a Friday
        "council.txt",
        "Mayor Nora Lindqvist said in a statement on Tuesday that the budget would pass.\n\n"
            + "The Harlow City Council voted 7-4 on Monday to approve the budget.\n\n"
            + "Councilman Pavel Ostrowski held a news conference on Wednesday to oppose it.\n\n"
            + "Ostrowski sued the Harlow Gazette in December over a column.\n",
        // published on a Wednesday
        "crime.txt",
        "Police arrested Keegan Soto on Sunday in Harlow.\n\n"
            + "Soto shot and killed Dorian Vasquez on Saturday, police said.\n\n"
            + "Judge Ada Feld sentenced Marcus Pell to 10 years in prison on Dec. 14.\n\n"
            + "Sheriff Otto Grimm resigned on Tuesday after an audit.\n")).dataset();
  }

  /** "Kind | role | entity label" of every event fact with an entity, and "Kind | date | value". */
  private static List<String> events() {
    List<String> out = new java.util.ArrayList<>(TestGraphs.select(ds,
        "SELECT (STRAFTER(STR(?k), \"#\") AS ?kind) (STRAFTER(STR(?p), \"#\") AS ?role) ?who WHERE {"
            + " ?e a ng:Event ; a ?k . FILTER(?k != ng:Event)"
            + " VALUES ?p { ng:participant ng:target ng:victim } ?e ?p ?o . ?o rdfs:label ?who }"));
    out.addAll(TestGraphs.select(ds,
        "SELECT (STRAFTER(STR(?k), \"#\") AS ?kind) (\"date\" AS ?role) (STR(?d) AS ?when) WHERE {"
            + " ?e a ng:Event ; a ?k ; ng:date ?d . FILTER(?k != ng:Event) }"));
    return out;
  }

  private static void has(String row) {
    assertTrue(events().contains(row), row + " in " + events());
  }

  @Test
  void aStatementIsMadeByTheSubjectOfTheVerbItModifies() {
    has("Statement | participant | Nora Lindqvist");
    has("Statement | date | 2021-01-12"); // Tuesday, the last before the Friday article
  }

  @Test
  void aBodyVotesWithItsTally() {
    has("Vote | participant | Harlow City Council");
    has("Vote | date | 2021-01-11");
    assertTrue(TestGraphs.select(ds, "SELECT ?f ?a WHERE { ?v ng:votesFor ?f ; ng:votesAgainst ?a }").contains("7 | 4"),
        TestGraphs.select(ds, "SELECT ?v ?f WHERE { ?v ng:votesFor ?f }").toString());
  }

  @Test
  void whoHoldsAPressConferenceTakesPartInIt() {
    has("PressConference | participant | Pavel Ostrowski");
    has("PressConference | date | 2021-01-13");
  }

  @Test
  void thePlaintiffTakesPartInALawsuitAndTheDefendantIsItsTarget() {
    has("Lawsuit | participant | Pavel Ostrowski");
    has("Lawsuit | target | Harlow Gazette");
    has("Lawsuit | date | 2020-12"); // December, before the January article
  }

  @Test
  void theOneShotIsTheVictimAndTheShooterTakesPart() {
    has("Shooting | victim | Dorian Vasquez");
    List<String> shootings = TestGraphs.select(ds, "SELECT (STR(?d) AS ?when) WHERE { ?e a ng:Shooting ; ng:victim ?v ; ng:date ?d ."
        + " ?v rdfs:label \"Dorian Vasquez\" }");
    assertTrue(shootings.contains("2021-03-06"), "the date of 'killed', the verb 'shot' is coordinated with: " + shootings);
    has("Killing | victim | Dorian Vasquez");
    has("Killing | participant | Keegan Soto");
    has("Killing | date | 2021-03-06");
  }

  @Test
  void theOneArrestedTakesPartInTheArrest() {
    has("Arrest | participant | Keegan Soto");
    has("Arrest | date | 2021-03-07");
  }

  @Test
  void theOneSentencedTakesPartAndAPastDateIsNeverAfterTheArticle() {
    has("Sentencing | participant | Marcus Pell");
    has("Sentencing | date | 2020-12-14");
    assertFalse(events().contains("Sentencing | date | 2021-12-14"), events().toString());
  }

  @Test
  void whoResignsTakesPartInTheResignation() {
    has("Resignation | participant | Otto Grimm");
    has("Resignation | date | 2021-03-09");
  }

  @Test
  void aShootingToldWithoutADateTakesTheDayTheStorySetsItsSceneOn() {
    List<String> dated = TestGraphs.select(ds, "SELECT ?who (STR(?d) AS ?when) WHERE { ?e a ng:Shooting ; ng:victim ?v ."
        + " ?v rdfs:label ?who OPTIONAL { ?e ng:date ?d } }");
    assertTrue(dated.contains("Ruben Alcott | 2021-03-05"), dated.toString());
    assertTrue(dated.contains("Ina Kroll | "), "a sentence that tells a time of its own takes no other: " + dated);
  }

  @Test
  void aRelativePronounSubjectIsTheNameItsAppositiveDescribes() {
    has("Lawsuit | participant | Mira Castell");
    has("Lawsuit | target | Hal Brenner");
    has("Lawsuit | date | 2020-05");
    List<String> methods = TestGraphs.select(ds, "SELECT ?m WHERE { ?e a ng:Lawsuit ; ng:participant ?p . ?p rdfs:label \"Mira Castell\" ."
        + " ?r rdf:reifies <<( ?e ng:participant ?p )>> ; ng:evidence ?ev . ?ev ng:method ?m }");
    assertTrue(methods.contains("event:Lawsuit:sue:participant:>subject"), "read over the tree: " + methods);
  }

  @Test
  void aPronounDefendantIsFoundWhereTheTreeAttachesItElsewhere() {
    List<String> suits = TestGraphs.select(ds, "SELECT ?by ?against WHERE { ?e a ng:Lawsuit ; ng:participant ?p ; ng:target ?t ."
        + " ?p rdfs:label ?by . ?t rdfs:label ?against }");
    assertTrue(suits.contains("Omar Quist | Greta Lund"), suits.toString());
  }
}
