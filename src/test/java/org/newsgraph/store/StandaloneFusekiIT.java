package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load} against the standalone Fuseki server jar with a TDB2 dataset, as users run it:
 * loading twice gives the same triple count, the office holders answer over HTTP, RDF 1.2 triple
 * terms survive the transfer, and a load killed half-way is completed by the next run.
 */
class StandaloneFusekiIT {
  @TempDir Path work;

  private static final String COUNT_QUADS = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
  private static final String COUNT_GRAPHS =
      "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

  /** The made-up fixture graphs (exact answers known). */
  static String[] input() {
    return new String[] {"--data", Fixtures.trig().toString()};
  }

  static Path repo() {
    return Path.of(System.getProperty("newsgraph.repo", ".")).toAbsolutePath();
  }

  @Test
  void theBundledArticlesLoadTwiceWithTheSameCountAndAnswerWhoHoldsWhichOffice() throws Exception {
    Path articles = repo().resolve("data/articles");
    try (StandaloneFuseki fuseki = StandaloneFuseki.start(work, work.resolve("fuseki-db"))) {
      String query = fuseki.datasetUrl() + "/query";
      long[] counts = new long[2];
      for (int run = 0; run < 2; run++) {
        try (ChildProcess load =
            ChildProcess.newsgraph(
                work,
                Map.of(),
                "load",
                "--endpoint",
                fuseki.datasetUrl(),
                "--input",
                articles.toString())) {
          assertEquals(0, load.waitFor(900), load.stdout() + "\n" + load.stderr());
          assertTrue(load.stdout().contains("Sent 5 graph(s), "), load.stdout());
        }
        counts[run] = Http.count(query, COUNT_QUADS);
        assertEquals(5, Http.count(query, COUNT_GRAPHS));
      }
      assertTrue(counts[0] > 1000, "too few triples for five articles: " + counts[0]);
      assertEquals(counts[0], counts[1], "loading again must replace, not duplicate");

      String officeHolders =
          java.nio.file.Files.readString(repo().resolve("queries/01-office-holders.rq"));
      List<String> rows = Http.select(query, officeHolders);
      assertTrue(rows.size() >= 3, "office holders: " + rows);
      for (String row : rows) {
        String[] cells = row.split(" \\| ", -1);
        assertTrue(
            !cells[1].isEmpty() && !cells[3].isEmpty(), "holder or office without a name: " + row);
      }
    }
  }

  @Test
  void loadingTwiceGivesTheSameTriplesAndTheOfficeHoldersAnswerOverHttp() throws Exception {
    Path db = work.resolve("fuseki-db");
    try (StandaloneFuseki fuseki = StandaloneFuseki.start(work, db)) {
      String query = fuseki.datasetUrl() + "/query";
      long[] counts = new long[2];
      for (int run = 0; run < 2; run++) {
        try (ChildProcess load =
            ChildProcess.newsgraph(
                work, Map.of(), concat("load", "--endpoint", fuseki.datasetUrl(), input()))) {
          assertEquals(0, load.waitFor(600), load.stdout() + "\n" + load.stderr());
          assertTrue(load.stdout().contains("Sent 3 graph(s), 44 triples"), load.stdout());
        }
        counts[run] = Http.count(query, COUNT_QUADS);
        assertEquals(3, Http.count(query, COUNT_GRAPHS));
      }
      assertEquals(Fixtures.QUADS, counts[0]);
      assertEquals(counts[0], counts[1], "loading again must replace, not duplicate");

      List<String> holders = Http.select(query, Fixtures.OFFICE_HOLDERS);
      assertEquals(
          List.of("Ada Placeholder | Mayor of Exampleton", "Bo Dummy | Sheriff of Sample County"),
          holders);

      // RDF 1.2: the reifier's triple term arrived intact, and the graph reads back the same
      Graph back = new GraphPusher(fuseki.datasetUrl(), null).get(Fixtures.ONE);
      Graph sent =
          Fixtures.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(Fixtures.ONE));
      assertTrue(back.isIsomorphicWith(sent), "graph read back differs from the one sent");
      assertEquals(
          List.of("Mayor Ada Placeholder was sworn in on Monday."),
          Http.select(
              query,
              "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?t { ?r"
                  + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies> <<( ?s ng:holdsOffice"
                  + " <https://w3id.org/newsgraph/id/office/mayor-of-exampleton> )>> ;"
                  + " ng:evidence/ng:sentence ?t }"));

      // the server holds the TDB2 directory: opening it here fails with a clear message
      StoreLockedException locked =
          assertThrows(StoreLockedException.class, () -> TdbStore.open(db));
      assertTrue(locked.getMessage().contains(db.toAbsolutePath().toString()), locked.getMessage());
      assertTrue(locked.getMessage().contains("load --endpoint"), locked.getMessage());
    }
  }

  @Test
  void aLoadKilledHalfWayIsCompletedByTheNextRun() throws Exception {
    int graphs = 60;
    int triples = 200;
    Path data = SyntheticArticles.write(work.resolve("synthetic.nq"), graphs, triples);
    try (StandaloneFuseki fuseki = StandaloneFuseki.start(work, work.resolve("fuseki-db"))) {
      String query = fuseki.datasetUrl() + "/query";
      try (ChildProcess load =
          ChildProcess.newsgraph(
              work,
              Map.of(),
              "load",
              "--endpoint",
              fuseki.datasetUrl(),
              "--data",
              data.toString())) {
        load.awaitLine(l -> l.startsWith("loaded "), 10, 300);
        load.kill();
      }
      long present = Http.count(query, COUNT_GRAPHS);
      assertTrue(present >= 10 && present < graphs, "graphs after the kill: " + present);
      // every graph the server holds is whole: each PUT is one transaction
      assertEquals(
          List.of(),
          Http.select(
              query,
              "SELECT ?g { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g HAVING (COUNT(*) != "
                  + triples
                  + ")"));

      try (ChildProcess again =
          ChildProcess.newsgraph(
              work,
              Map.of(),
              "load",
              "--endpoint",
              fuseki.datasetUrl(),
              "--data",
              data.toString())) {
        assertEquals(0, again.waitFor(600), again.stderr());
      }
      assertEquals(graphs, Http.count(query, COUNT_GRAPHS));
      assertEquals((long) graphs * triples, Http.count(query, COUNT_QUADS));
    }
  }

  @Test
  void aServerThatIsNotThereGetsAClearErrorAndNothingIsClaimedLoaded() throws Exception {
    int port = StandaloneFuseki.freePort();
    try (ChildProcess load =
        ChildProcess.newsgraph(
            work,
            Map.of(),
            concat("load", "--endpoint", "http://127.0.0.1:" + port + "/ds", input()))) {
      assertEquals(1, load.waitFor(300));
      assertTrue(load.stderr().contains("cannot reach the server"), load.stderr());
      assertTrue(load.stderr().contains("Loaded (0): none"), load.stderr());
      assertTrue(load.stderr().contains("Not loaded (3)"), load.stderr());
    }
  }

  static String[] concat(String a, String b, String c, String... rest) {
    String[] out = new String[3 + rest.length];
    out[0] = a;
    out[1] = b;
    out[2] = c;
    System.arraycopy(rest, 0, out, 3, rest.length);
    return out;
  }
}
