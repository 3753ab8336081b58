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

/** Entities, offices and quotations from invented articles, through the real pipeline. */
class ExtractionTest {
  @TempDir static Path dir;
  static Pipeline.BuildResult result;
  static Dataset ds;

  @BeforeAll
  static void build() {
    result = TestGraphs.build(dir, Map.of(
        "a.txt",
        "Kern County District Attorney Maria Gonz\u00e1lez defended her record on Monday.\n\n"
            + "\"We will not go back to the old ways,\" said Gonzalez, who took office last year.\n\n"
            + "Her critics include Kern County Sheriff Tom Whitaker and Diane Flores, a victims' advocate.\n\n"
            + "Tom Baker, executive director of the Justice Reform Center, praised her.\n\n"
            + "\"She has kept her promises,\" he said. \"The numbers show it.\"\n\n"
            + "Whitaker said: \"Crime is up and she is silent.\"\n\n"
            + "Former DA Ann Blackwood said little.\n\n"
            + "Yet executive director Lee Parsons disagreed with her.\n",
        "b.txt",
        "Jonathan Pereira, a former prosecutor, sued the county.\n\n"
            + "Johnathan Pereira said the office of Maria Gonzalez ignored him.\n\n"
            + "Justin William Flores was arrested on Friday. Flores was on probation.\n\n"
            + "\"We will appeal,\" Mr. Haverkamp said. Haverkamp leads the county bar.\n"));
    ds = result.dataset();
  }

  @Test
  void buildsBothArticlesWithoutProblems() {
    assertEquals(List.of(), result.problems());
    assertEquals(2, result.graphs().size());
  }

  @Test
  void oneEntityPerPersonAcrossSpellingsAndArticles() {
    List<String> people = TestGraphs.select(ds, "SELECT DISTINCT ?l WHERE { ?p a ng:Person ; rdfs:label ?l } ORDER BY ?l");
    assertTrue(people.contains("Maria Gonz\u00e1lez"), people.toString()); // accented spelling wins
    assertTrue(!people.contains("Maria Gonzalez"), people.toString());
    assertEquals(1, people.stream().filter(p -> p.endsWith("Pereira")).count(), people.toString());
    assertTrue(people.contains("Diane Flores") && people.contains("Justin William Flores"), people.toString());
  }

  @Test
  void officesFromTitlesAndAppositions() {
    List<String> held = TestGraphs.pairs(ds, "holdsOffice");
    assertTrue(held.contains("Maria Gonz\u00e1lez | Kern County District Attorney"), held.toString());
    assertTrue(held.contains("Tom Whitaker | Kern County Sheriff"), held.toString());
    assertTrue(held.contains("Tom Baker | Executive Director of Justice Reform Center"), held.toString());
    List<String> former = TestGraphs.pairs(ds, "formerlyHeldOffice");
    assertTrue(former.contains("Ann Blackwood | Kern County District Attorney"), former.toString());
    assertTrue(held.stream().noneMatch(h -> h.startsWith("Lee Parsons")), "a bare org role is not borrowed: " + held);
    List<String> members = TestGraphs.pairs(ds, "memberOf");
    assertTrue(members.contains("Tom Baker | Justice Reform Center"), members.toString());
    List<String> where = TestGraphs.pairs(ds, "jurisdiction");
    assertTrue(where.contains("Kern County District Attorney | Kern County"), where.toString());
  }

  @Test
  void quotationsWithTheirSpeakers() {
    List<String> q = TestGraphs.select(ds,
        "SELECT ?t ?who WHERE { ?q a ng:Quotation ; ng:text ?t ; ng:speaker/rdfs:label ?who } ORDER BY ?t");
    assertTrue(q.contains("We will not go back to the old ways | Maria Gonz\u00e1lez"), q.toString());
    assertTrue(q.contains("She has kept her promises | Tom Baker"), q.toString());
    assertTrue(q.contains("The numbers show it. | Tom Baker"), q.toString());
    assertTrue(q.contains("Crime is up and she is silent. | Tom Whitaker"), q.toString());
    // a person known by one name after a title is kept: "Mr. Haverkamp"
    assertTrue(q.contains("We will appeal | Haverkamp"), q.toString());
  }

  @Test
  void everyFactCarriesEvidenceWithOffsetsIntoTheText() {
    List<String> missing = TestGraphs.select(ds,
        "SELECT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(STRSTARTS(STR(?p), STR(ng:)) && ?p NOT IN (ng:evidence, ng:sentence, ng:start, ng:end, ng:confidence, ng:method, ng:sourceFile, ng:contentHash))"
            + " FILTER NOT EXISTS { ?r rdf:reifies <<( ?s ?p ?o )>> ; ng:evidence ?e } }");
    assertEquals(List.of(), missing);
    List<String> spans = TestGraphs.select(ds,
        "SELECT ?sentence ?start ?end WHERE { ?e a ng:Evidence ; ng:sentence ?sentence ; ng:start ?start ; ng:end ?end }");
    assertTrue(!spans.isEmpty());
    for (String row : spans) {
      String[] f = row.split(" \\| ");
      assertTrue(Integer.parseInt(f[1]) <= Integer.parseInt(f[2]), row);
    }
  }

  @Test
  void everyEntityIsMentionedInItsArticle() {
    List<String> orphans = TestGraphs.select(ds,
        "SELECT ?e WHERE { ?e a ?c . VALUES ?c { ng:Person ng:Organization ng:Place ng:Office ng:Quotation } FILTER NOT EXISTS { ?e ng:mentionedIn ?a } }");
    assertEquals(List.of(), orphans);
  }

  @Test
  void firstNamesAreCompatibleOnlyWhenSpelledAlike() {
    assertTrue(People.compatibleFirst("johnathan", "jonathan"));
    assertTrue(!People.compatibleFirst("diana", "justin"));
    assertTrue(!People.compatibleFirst("ann", "anna")); // too short to guess
  }
}
