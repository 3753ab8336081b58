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

/** Where a quotation's speaker is not: inside the quotation, or the one who heard it; on invented text. */
class SpeakerFramesTest {
  @TempDir static Path dir;
  static Dataset ds;

  @BeforeAll
  static void build() {
    ds = TestGraphs.build(dir, Map.of(
        "inside.txt",
        "The campaign has appeared to acknowledge his help is needed.\n\n"
            + "\"The same enthusiasm might not be there for Maria Lopez,\" said Representative Paulo T. Ferreira "
            + "of Ohio.\n",
        "heard.txt",
        "Mayor Felix Dorn spoke about the budget on Tuesday.\n\n"
            + "Dorn and has aides have also had choice words for the broadcasters, telling Oskar Whitfield that \"the council "
            + "has never read a budget in its life.\"\n",
        "signed.txt",
        "Readers sent us their thoughts on the transit plan.\n\n"
            + "\u201cThe night buses are the only way I get home from my shift.\u201d\u00a0\u2015 Ilse Marchetti\u00a0\n"
            + "\u201cNobody asked the riders what they need before cutting routes.\u201d"
            + "\u00a0\u2015 Tomasz Kowalczyk\u00a0\n")).dataset();
  }

  @Test
  void aNameInsideTheQuotationIsNotItsSpeaker() {
    List<String> q = quotes();
    assertTrue(q.stream().anyMatch(s -> s.startsWith("The same enthusiasm") && s.endsWith("| Paulo T. Ferreira")),
        q.toString());
  }

  @Test
  void whoIsToldIsNotWhoSpeaks() {
    List<String> q = quotes();
    assertTrue(q.stream().anyMatch(s -> s.startsWith("the council has never read") && s.endsWith("| Felix Dorn")),
        q.toString());
  }

  @Test
  void aSignatureAfterANoBreakSpace() {
    List<String> q = quotes();
    assertTrue(q.contains("Nobody asked the riders what they need before cutting routes. | Tomasz Kowalczyk"),
        q.toString());
  }

  private static List<String> quotes() {
    return TestGraphs.select(ds,
        "SELECT ?t ?who WHERE { ?q a ng:Quotation ; ng:text ?t ; ng:speaker/rdfs:label ?who } ORDER BY ?t");
  }
}
