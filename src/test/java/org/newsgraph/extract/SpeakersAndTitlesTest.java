package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestGraphs;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.nlp.FirstNameSex;

/** Speakers and offices after title abbreviations, and speakers of he/she, through the real pipeline, on invented text. */
class SpeakersAndTitlesTest {
  @TempDir static Path dir;
  static Pipeline.BuildResult result;
  static Dataset ds;

  @BeforeAll
  static void build() {
    result = TestGraphs.build(dir, Map.of("c.txt",
        "\"The budget is a mess and everyone knows it,\" said Rep. Nadia Brisco (D-Ore.), who chairs the panel.\n\n"
            + "\"We will fix the roads this year,\" said Sen. T.J. Harlan (R-Kan.).\n\n"
            + "Governor Walter Dunmore met Linda Okafor on Tuesday to talk about the plan.\n\n"
            + "\"I told him the schools come first,\" she said.\n\n"
            + "Mayor Rosa Delgado spoke later. Dunmore left early.\n\n"
            + "\"Nobody here wants a new tax,\" the mayor said.\n\n"
            + "\"The plan stands as written,\" said the governor, who took office in May.\n\n"
            + "Montana Sen. Ola Weir and New York Sen. Ida Parkes backed the bill. Sen. Rex Lundgren did not.\n"));
    ds = result.dataset();
  }

  @Test
  void aNameAfterATitleAbbreviationAndAPartyTagSpeaks() {
    List<String> q = quotes();
    assertTrue(q.contains("The budget is a mess and everyone knows it | Nadia Brisco"), q.toString());
    assertTrue(q.contains("We will fix the roads this year | T.J. Harlan"), q.toString());
  }

  @Test
  void sheIsNeverAManWithAMansFirstName() {
    List<String> q = quotes();
    assertTrue(q.contains("I told him the schools come first | Linda Okafor"), q.toString());
  }

  @Test
  void theTitleStandsForThePersonLastNamedWithIt() {
    List<String> q = quotes();
    assertTrue(q.contains("Nobody here wants a new tax | Rosa Delgado"), q.toString());
    assertTrue(q.contains("The plan stands as written | Walter Dunmore"), q.toString());
  }

  @Test
  void aBareTitleBorrowsNoJurisdictionWhenTheArticleGivesItSeveral() {
    List<String> held = TestGraphs.pairs(ds, "holdsOffice");
    assertTrue(held.contains("Ola Weir | Montana Senator"), held.toString());
    assertTrue(held.contains("Ida Parkes | New York Senator"), held.toString());
    assertTrue(held.stream().noneMatch(h -> h.startsWith("Rex Lundgren |") && !h.endsWith("| Senator")), held.toString());
  }

  @Test
  void firstNamesOfOneSex() {
    assertEquals(java.util.Optional.of('M'), FirstNameSex.of("Walter Dunmore"));
    assertEquals(java.util.Optional.of('F'), FirstNameSex.of("Linda Okafor"));
    assertTrue(FirstNameSex.of("Okafor").isEmpty()); // a lone word may be a surname
    assertTrue(FirstNameSex.fits("Walter Dunmore", "they") && !FirstNameSex.fits("Walter Dunmore", "she"));
  }

  private static List<String> quotes() {
    return TestGraphs.select(ds,
        "SELECT ?t ?who WHERE { ?q a ng:Quotation ; ng:text ?t ; ng:speaker/rdfs:label ?who } ORDER BY ?t");
  }
}
