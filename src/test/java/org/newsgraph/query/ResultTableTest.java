package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.Test;

class ResultTableTest {
  @Test
  void columnsAreNarrowedWidestFirstUntilTheTableFits() {
    assertArrayEquals(new int[] {5, 40, 30}, ResultTable.fit(new int[] {5, 40, 30}, 100), "it fits");
    // 75 columns of room: the narrow one stays, the two wide ones share the rest
    assertArrayEquals(new int[] {5, 35, 30}, ResultTable.fit(new int[] {5, 40, 30}, 70));
    assertArrayEquals(new int[] {5, 23, 22}, ResultTable.fit(new int[] {5, 40, 30}, 50));
  }

  @Test
  void iriHavePrefixesAndLongValuesAreCutWithAnEllipsis() {
    String q = """
        PREFIX ex: <https://example.org/>
        SELECT ?who ?text WHERE {
          VALUES (?who ?text) {
            (<https://w3id.org/newsgraph/id/person/ada-lovelace> "short")
            (ex:bo "a sentence that is much too long\\nfor the room the table has left for it")
            (<urn:x:other> 42)
          }
        }""";
    try (QueryExecution qe = QueryExecution.model(org.apache.jena.rdf.model.ModelFactory.createDefaultModel()).query(q).build()) {
      ResultSet rs = qe.execSelect();
      ResultTable t = ResultTable.of(rs, QueryFactory.create(q).getPrefixMapping());
      StringWriter out = new StringWriter();
      t.print(new PrintWriter(out, true), 50);
      assertEquals(String.join("\n",
          "?who                 ?text",
          "-------------------  -----------------------------",
          "person:ada-lovelace  short",
          "ex:bo                a sentence that is much too…",
          "<urn:x:other>        42",
          ""), out.toString().replace(System.lineSeparator(), "\n"));
      assertEquals(1, t.cut());
      assertEquals(3, t.rows());
    }
  }

  @Test
  void anIriColumnBesideItsLabelsIsLeftOutWhenTheTableDoesNotFit() {
    String q = """
        SELECT ?person ?personLabel ?said ?object ?objectLabel WHERE {
          VALUES (?person ?personLabel ?said ?object ?objectLabel) {
            (<https://w3id.org/newsgraph/id/person/ada-lovelace> "Ada Lovelace" "We must compute." 36 UNDEF)
          }
        }""";
    for (int width : new int[] {80, 60}) {
      try (QueryExecution qe = QueryExecution.model(org.apache.jena.rdf.model.ModelFactory.createDefaultModel())
          .query(q).build()) {
        ResultTable t = ResultTable.of(qe.execSelect(), QueryFactory.create(q).getPrefixMapping());
        StringWriter out = new StringWriter();
        t.print(new PrintWriter(out, true), width);
        String first = out.toString().lines().findFirst().orElseThrow();
        if (width == 80) {
          assertEquals("?person              ?personLabel  ?said             ?object  ?objectLabel", first,
              "it fits: every column");
          assertEquals(java.util.List.of(), t.omitted());
        } else {
          // ?object has no label: it stays
          assertEquals("?personLabel  ?said             ?object  ?objectLabel", first);
          assertEquals(java.util.List.of("person"), t.omitted());
          assertEquals(0, t.cut());
        }
      }
    }
  }
}
