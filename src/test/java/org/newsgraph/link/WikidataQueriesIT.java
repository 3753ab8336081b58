package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.QueryParameters;

/**
 * The two Wikidata queries: 90 on a dataset shaped like the build's output, 91 against a local
 * stand-in for the Wikidata Query Service (a real HTTP server speaking SPARQL JSON results).
 */
class WikidataQueriesIT {
  static final Path REPO = Path.of(System.getProperty("newsgraph.repo", "."));
  static final String ID = "https://w3id.org/newsgraph/id/";

  static String query(String name) throws IOException {
    return Files.readString(REPO.resolve("queries").resolve(name));
  }

  static List<Map<String, String>> rows(Model m, String sparql) {
    List<Map<String, String>> out = new ArrayList<>();
    try (QueryExecution qe = QueryExecution.create(sparql, m)) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        Map<String, String> row = new HashMap<>();
        s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral()
            ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
        out.add(row);
      }
    }
    return out;
  }

  /**
   * The rows of a query with the parameter ?entity (90-wikidata-links.rq) run once for each person,
   * organisation, place, office and policy of {@code m}, concatenated: every entity, as the query
   * answers with its VALUES line removed.
   */
  static List<Map<String, String>> rowsForEachEntity(Model m, String sparql) {
    assertEquals(List.of("entity"), QueryParameters.declared(sparql));
    List<Map<String, String>> out = new ArrayList<>();
    for (Map<String, String> e : rows(m, "PREFIX ng: <https://w3id.org/newsgraph/ontology#>"
        + " SELECT DISTINCT ?entity { VALUES ?c { ng:Person ng:Organization ng:Place ng:Office ng:Policy }"
        + " ?entity a ?c } ORDER BY ?entity")) {
      Query q = QueryParameters.fill(sparql, Map.of("entity", List.of(e.get("entity"))));
      out.addAll(rows(m, q.toString()));
    }
    return out;
  }

  static Map<String, String> rowOf(List<Map<String, String>> rows, String entity) {
    return rows.stream().filter(r -> (ID + entity).equals(r.get("entity"))).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + entity + " in " + rows));
  }

  @Test
  void query90ListsLinkedAndUnlinkedEntitiesWithTheLinkConfidence() throws IOException {
    Dataset ds = DatasetFactory.create();
    RDFDataMgr.read(ds, REPO.resolve("src/test/resources/link/two-articles.trig").toString());
    Model union = org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(ds.getUnionModel());
    // links as the pipeline adds them: plain triples (no evidence) for two more entities
    union.add(union.createResource(ID + "policy/death-penalty"),
        union.createProperty("http://www.w3.org/2004/02/skos/core#exactMatch"),
        union.createResource("http://www.wikidata.org/entity/Q8454"));
    List<Map<String, String>> rows = rowsForEachEntity(union, query("90-wikidata-links.rq"));
    assertEquals(11, rows.size(), rows.toString());
    Map<String, String> county = rowOf(rows, "place/los-angeles-county");
    assertEquals("linked", county.get("status"));
    assertEquals("http://www.wikidata.org/entity/Q104994", county.get("wikidata"));
    assertEquals("http://www.w3.org/2002/07/owl#sameAs", county.get("linkedBy"));
    assertEquals(0.93, Double.parseDouble(county.get("confidence")), 1e-9);
    assertEquals("gazetteer:exact-label", county.get("method"));
    Map<String, String> policy = rowOf(rows, "policy/death-penalty");
    assertEquals("linked", policy.get("status"));
    assertEquals("http://www.w3.org/2004/02/skos/core#exactMatch", policy.get("linkedBy"));
    assertFalse(policy.containsKey("confidence"));
    assertFalse(policy.containsKey("method"));
    Map<String, String> person = rowOf(rows, "person/george-gascon");
    assertEquals("unlinked", person.get("status"));
    assertEquals("George Gascón", person.get("label"));
    assertFalse(person.containsKey("wikidata"));
    assertEquals(9, rows.stream().filter(r -> r.get("status").equals("unlinked")).count());
  }

  @Test
  void query91SendsOneBoundRequestPerLinkedPersonToTheQueryService() throws IOException {
    List<String> received = Collections.synchronizedList(new ArrayList<>());
    HttpServer wdqs = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    wdqs.createContext("/sparql", ex -> {
      try (ex) {
        String q = ex.getRequestURI().getRawQuery();
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String all = (q == null ? "" : q) + "&" + body;
        String text = "";
        for (String kv : all.split("&")) {
          if (kv.startsWith("query=")) {
            text = URLDecoder.decode(kv.substring(6), StandardCharsets.UTF_8);
          }
        }
        received.add(text);
        // real WDQS shape (wikidata.md §2.3); unbound OPTIONAL variables left out
        String json = "{\"head\":{\"vars\":[\"wikidataLabel\",\"description\",\"position\","
            + "\"positionLabel\",\"start\",\"end\"]},\"results\":{\"bindings\":[{"
            + "\"wikidataLabel\":{\"xml:lang\":\"en\",\"type\":\"literal\",\"value\":\"Test Person\"},"
            + "\"description\":{\"xml:lang\":\"en\",\"type\":\"literal\",\"value\":\"lawyer\"},"
            + "\"position\":{\"type\":\"uri\",\"value\":\"http://www.wikidata.org/entity/Q653368\"},"
            + "\"positionLabel\":{\"xml:lang\":\"en\",\"type\":\"literal\",\"value\":\"district attorney\"},"
            + "\"start\":{\"datatype\":\"http://www.w3.org/2001/XMLSchema#dateTime\",\"type\":\"literal\","
            + "\"value\":\"2020-12-07T00:00:00Z\"}}]}}";
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
        ex.sendResponseHeaders(200, b.length);
        try (OutputStream os = ex.getResponseBody()) {
          os.write(b);
        }
      }
    });
    wdqs.start();
    try {
      String q91 = query("91-federated-wikidata.rq");
      assertTrue(q91.contains("SERVICE <https://query.wikidata.org/sparql>"));
      Query parsed = QueryFactory.create(q91);
      assertTrue(parsed.isSelectType());
      String local = q91.replace("https://query.wikidata.org/sparql",
          "http://127.0.0.1:" + wdqs.getAddress().getPort() + "/sparql");
      Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
      m.read(new java.io.StringReader(
          "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
              + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
              + "PREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
              + "<" + ID + "person/test-person> a ng:Person ; rdfs:label \"Test Person\" ;"
              + " owl:sameAs <http://www.wikidata.org/entity/Q900000010> .\n"
              + "<" + ID + "person/unlinked> a ng:Person ; rdfs:label \"Nobody\" .\n"), null, "TTL");
      List<Map<String, String>> rows = rows(m, local);
      assertEquals(1, received.size(), "one request for the one linked person");
      assertTrue(received.get(0).contains("<http://www.wikidata.org/entity/Q900000010>"),
          "the person's item is bound in the remote query: " + received.get(0));
      assertEquals(1, rows.size(), rows.toString());
      assertEquals("Test Person", rows.get(0).get("label"));
      assertEquals("district attorney", rows.get(0).get("positionLabel"));
      assertEquals("2020-12-07T00:00:00Z", rows.get(0).get("start"));
    } finally {
      wdqs.stop(0);
    }
  }
}
