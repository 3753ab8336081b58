package org.newsgraph.extract.quote;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestGraphs;

/** The quotation rules of issue 17 through the real pipeline, on invented text. */
class QuotationRulesTest {
  @TempDir static Path dir;
  static Dataset ds;

  @BeforeAll
  static void build() {
    ds = TestGraphs.build(dir, Map.of(
        "blocks.txt",
        "Mayor Teodora Vance spoke to reporters on Monday about the harbor plan. Vance said:\n\n"
            + "\"We waited eleven years for this bridge and the waiting is over.\n\n"
            + "\"Every family in the east end will feel the difference by next spring.\"\n\n"
            + "\"The numbers were never going to work,\" said Council Member Idris Kalman, who voted against it.\n\n"
            + "\"A bridge to nowhere for the price of two schools\" is how Kalman described the plan.\n\n"
            + "Kalman called the plan \"reckless and badly timed\" in a letter to the board.\n",
        "documents.txt",
        "The Harbor Authority approved the contract on Friday.\n\n"
            + "\"The bidding followed every rule the board has set,\" the authority said in a statement.\n\n"
            + "State Judge Marguerite Osei dismissed the lawsuit on Monday. \"The plaintiffs have shown no harm that a court can "
            + "remedy,\" the 40-page ruling said.\n",
        "marks.txt",
        "Gustavo Lindqvist, the county's longtime treasurer, gave his answer on Tuesday. ''We will balance the books "
            + "without a new tax,'' he said.\n\n"
            + "The treasurer appeared on \"Morning Ledger Live\" and later wrote a book, \"The Quiet Ledger.\"\n",
        "initials.txt",
        "Anticipating criticism, Warren Ashby said he had consulted the city lawyer and historian B.T. Lionel Calloway "
            + "at the state college, both of whom backed the plan.\n\n"
            + "\"We followed the law to the letter. Nobody here can say otherwise,\" he said.\n",
        "lemmas.txt",
        "The county board raised the parking fees on Monday.\n\n"
            + "\u2018We were never even asked about the new fees,\u2019 Delia Marsh fumed after the meeting.\n",
        "conj.txt",
        "Lars Farrow worked at the shipyard for twenty years.\n\n"
            + "His boss, Otto Brandvold, called him 'the best welder this yard ever had.'\n",
        "victim.txt",
        "Rafael Dunmore was shot dead outside his home in March. His brother, Henrik Dunmore, spoke at the vigil on Sunday.\n\n"
            + "\"He wanted nothing more than a quiet street for his kids,\" he said.\n",
        "chain.txt",
        "Attorney General Marisol Okafor spoke to reporters on Monday.\n\n"
            + "She has faced many questions since her dinner with Gerald Vance and his wife, Greta Vance, in June.\n\n"
            + "She said she had never felt pressure from the board.\n\n"
            + "\"Nobody tells me how to do my job,\" she said.\n",
        "inverted.txt",
        "\"People know exactly who the mayor is,\" said Hal Brennan, a strategist for the party.\n\n"
            + "However debates are not likely to change the race, noted KTVN's Oren Galloway.\n\n"
            + "\"Debates come very late in the campaign, after most voters have decided,\" he wrote.\n")).dataset();
  }

  @Test
  void aBlockQuotationAfterAColonRunsOverSeveralParagraphs() {
    List<String> q = quotes();
    // a paragraph left open by its quotation mark goes on in the next one: one quotation
    assertTrue(q.contains("We waited eleven years for this bridge and the waiting is over. "
        + "Every family in the east end will feel the difference by next spring. | Teodora Vance"), q.toString());
  }

  @Test
  void aSpeakerAfterTheQuotationBehindATitleOrWithTheInvertedHowItWasDescribed() {
    List<String> q = quotes();
    assertTrue(q.contains("The numbers were never going to work | Idris Kalman"), q.toString());
    assertTrue(q.contains("A bridge to nowhere for the price of two schools | Idris Kalman"), q.toString());
  }

  @Test
  void aPartialQuotationInReportedSpeechBelongsToTheSubjectOfItsVerb() {
    List<String> q = quotes();
    assertTrue(q.contains("reckless and badly timed | Idris Kalman"), q.toString());
  }

  @Test
  void anOrganisationAndACourtDocumentSpeak() {
    List<String> q = quotes();
    assertTrue(q.stream().anyMatch(s -> s.startsWith("The bidding followed every rule the board has set | Harbor Authority")),
        q.toString());
    assertTrue(q.stream().anyMatch(s -> s.startsWith("The plaintiffs have shown no harm") && s.endsWith("| Marguerite Osei")),
        q.toString());
  }

  @Test
  void doubledSingleMarksQuoteAndTitlesAreNoQuotations() {
    List<String> q = quotes();
    assertTrue(q.contains("We will balance the books without a new tax | Gustavo Lindqvist"), q.toString());
    assertTrue(q.stream().noneMatch(s -> s.contains("Morning Ledger Live") || s.contains("The Quiet Ledger")), q.toString());
  }

  @Test
  void aPronounNeverStandsForTheVictimOfAKilling() {
    List<String> q = quotes();
    assertTrue(q.contains("He wanted nothing more than a quiet street for his kids | Henrik Dunmore"), q.toString());
  }

  @Test
  void aSentenceSplitAfterInitialsIsOneSentenceWhenHeLooksForItsSubject() {
    List<String> q = quotes();
    assertTrue(q.contains("We followed the law to the letter. Nobody here can say otherwise | Warren Ashby"), q.toString());
  }

  @Test
  void aSpeechVerbIsKnownByItsRegularInflectionWhereTheLemmatizerMissesIt() {
    List<String> q = quotes();
    assertTrue(q.contains("We were never even asked about the new fees | Delia Marsh"), q.toString());
  }

  @Test
  void aSubjectTheParseMadeTheRootStillSpeaksThroughTheVerbConjoinedToIt() {
    List<String> q = quotes();
    assertTrue(q.contains("the best welder this yard ever had. | Otto Brandvold"), q.toString());
  }

  @Test
  void aPronounSubjectCarriesThePersonOnFromSentenceToSentence() {
    List<String> q = quotes();
    assertTrue(q.contains("Nobody tells me how to do my job | Marisol Okafor"), q.toString());
  }

  @Test
  void aPersonNamedAfterAnInvertedCueIsWhomHeGoesOnWith() {
    List<String> q = quotes();
    assertTrue(q.contains("Debates come very late in the campaign, after most voters have decided | Oren Galloway"),
        q.toString());
  }

  private static List<String> quotes() {
    return TestGraphs.select(ds,
        "SELECT ?t ?who WHERE { ?q a ng:Quotation ; ng:text ?t ; ng:speaker/rdfs:label ?who } ORDER BY ?t");
  }
}
