package org.newsgraph.extract;

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
 * A person named with a possessive ("X's lawyer", "X's son") is not who speaks, now that "'s" is a
 * word of its own; through the real pipeline, on invented text.
 */
class PossessorSpeakersTest {
  @TempDir static Path dir;
  static Dataset ds;

  @BeforeAll
  static void build() {
    ds = TestGraphs.build(dir, Map.of("p.txt",
        "Marcus Okonkwo was sentenced on Friday in Dayton.\n\n"
            + "In a court filing, Okonkwo's lawyer asked for a shorter term, calling the theft \"a lapse of judgment.\"\n\n"
            + "Helen Varga died in the fire. Varga's son, Peter Varga, said he was angry. "
            + "\"Somebody should have checked the alarms,\" he said.\n")).dataset();
  }

  @Test
  void thePossessorOfTheSubjectDoesNotSpeak() {
    List<String> q = quotes();
    assertTrue(q.stream().noneMatch(s -> s.startsWith("a lapse of judgment")), q.toString());
  }

  @Test
  void heIsTheSubjectNotItsPossessor() {
    List<String> q = quotes();
    assertTrue(q.contains("Somebody should have checked the alarms | Peter Varga"), q.toString());
  }

  private static List<String> quotes() {
    return TestGraphs.select(ds,
        "SELECT ?t ?who WHERE { ?q a ng:Quotation ; ng:text ?t ; ng:speaker/rdfs:label ?who } ORDER BY ?t");
  }
}
