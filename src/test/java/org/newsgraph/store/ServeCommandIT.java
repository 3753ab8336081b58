package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar newsgraph.jar serve} as a user starts it: queries over HTTP, no update unless
 * {@code --allow-update}, then only with the password, a query timeout, a clean stop on SIGTERM.
 */
class ServeCommandIT {
  @TempDir Path work;

  private static final Pattern ENDPOINT =
      Pattern.compile("SPARQL endpoint: (http://\\S+/newsgraph/query)");
  private static final String INSERT =
      "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"added over HTTP\" } }";
  private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

  private static String endpointOf(ChildProcess serve) throws InterruptedException {
    serve.awaitLine(l -> l.equals("Ctrl-C stops the server."), 1, 300);
    Matcher m = ENDPOINT.matcher(serve.stdout());
    assertTrue(m.find(), serve.stdout());
    return m.group(1);
  }

  @Test
  void aReadOnlyServerAnswersQueriesRefusesUpdatesAndStopsCleanly() throws Exception {
    Path store = work.resolve("store");
    try (ChildProcess serve =
        ChildProcess.newsgraph(
            work,
            Map.of(),
            "serve",
            "--store",
            store.toString(),
            "--port",
            "0",
            "--data",
            Fixtures.trig().toString())) {
      String query = endpointOf(serve);
      String dataset = query.substring(0, query.length() - "/query".length());
      assertTrue(serve.stdout().contains("read-only"), serve.stdout());
      assertTrue(serve.stdout().contains("curl -s " + query), serve.stdout());

      assertEquals(
          List.of("Ada Placeholder | Mayor of Exampleton", "Bo Dummy | Sheriff of Sample County"),
          Http.select(query, Fixtures.OFFICE_HOLDERS));
      // the same through the dataset URL and the union default graph
      assertEquals(42, Http.count(dataset, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));

      Set<Integer> refused = Set.of(400, 403, 404, 405);
      int viaUpdate = Http.update(dataset + "/update", INSERT, null).status();
      int viaDataset = Http.update(dataset, INSERT, null).status();
      int viaGsp =
          Http.put(dataset + "/data?graph=urn:x:g", "text/turtle", "<urn:x:s> <urn:x:p> 1 .", null)
              .status();
      int viaGspOnDataset =
          Http.put(dataset + "?graph=urn:x:g", "text/turtle", "<urn:x:s> <urn:x:p> 1 .", null)
              .status();
      assertTrue(refused.contains(viaUpdate), "update endpoint: HTTP " + viaUpdate);
      assertTrue(refused.contains(viaDataset), "update on the dataset: HTTP " + viaDataset);
      assertTrue(refused.contains(viaGsp), "graph store write: HTTP " + viaGsp);
      assertTrue(
          refused.contains(viaGspOnDataset),
          "graph store write on the dataset: HTTP " + viaGspOnDataset);
      assertEquals(Fixtures.QUADS, Http.count(query, COUNT), "a refused update changed the data");

      // the query page is served by the same server
      Http.Response page = Http.get(dataset.replace("/newsgraph", "/"));
      assertEquals(200, page.status());
      assertTrue(page.body().contains("<textarea id=\"query\""), page.body());

      // a second serve on the same store is refused with a message naming the directory
      try (ChildProcess second =
          ChildProcess.newsgraph(
              work, Map.of(), "serve", "--store", store.toString(), "--port", "0")) {
        assertEquals(1, second.waitFor(120));
        assertTrue(
            second
                .stderr()
                .contains("The store " + store.toAbsolutePath() + " is in use by another process"),
            second.stderr());
      }

      serve.terminate();
      serve.waitFor(120);
      assertTrue(
          serve.stdout().contains("newsgraph serve stopped"), serve.stdout() + serve.stderr());
    }
    // the store was released and kept its graphs
    try (TdbStore reopened = TdbStore.open(store)) {
      assertEquals(Fixtures.QUADS, reopened.quadCount());
    }
  }

  @Test
  void allowUpdateWithoutAPasswordIsAUsageError() throws Exception {
    try (ChildProcess serve =
        ChildProcess.newsgraph(
            work,
            Map.of(),
            "serve",
            "--store",
            work.resolve("s").toString(),
            "--port",
            "0",
            "--allow-update",
            "--data",
            Fixtures.trig().toString())) {
      assertEquals(2, serve.waitFor(120));
      assertTrue(serve.stderr().contains("--allow-update needs a password"), serve.stderr());
    }
  }

  @Test
  void updatesNeedBasicAuthAndAHeavyQueryHitsTheTimeout() throws Exception {
    Path pw = Files.writeString(work.resolve("password"), "open sesame\n");
    try (ChildProcess serve =
        ChildProcess.newsgraph(
            work,
            Map.of(),
            "serve",
            "--store",
            work.resolve("store").toString(),
            "--port",
            "0",
            "--data",
            Fixtures.trig().toString(),
            "--allow-update",
            "--user",
            "editor",
            "--password-file",
            pw.toString(),
            "--timeout",
            "1s")) {
      String query = endpointOf(serve);
      String dataset = query.substring(0, query.length() - "/query".length());
      String update = dataset + "/update";

      assertEquals(401, Http.update(update, INSERT, null).status());
      assertEquals(
          401,
          Http.update(update, INSERT, new Credentials("editor", "wrong").basicAuthHeader())
              .status());
      assertEquals(Fixtures.QUADS, Http.count(query, COUNT));
      assertEquals(
          200,
          Http.update(update, INSERT, new Credentials("editor", "open sesame").basicAuthHeader())
              .status());
      assertEquals(Fixtures.QUADS + 1, Http.count(query, COUNT));
      // queries stay open to anyone on this machine
      assertEquals(200, Http.query(query, "ASK {}").status());

      // load through the command line into the running server, twice: replaced, not duplicated
      for (int i = 0; i < 2; i++) {
        try (ChildProcess load =
            ChildProcess.newsgraph(
                work,
                Map.of(),
                "load",
                "--endpoint",
                dataset,
                "--user",
                "editor",
                "--password-file",
                pw.toString(),
                "--data",
                Fixtures.trig().toString())) {
          assertEquals(0, load.waitFor(300), load.stderr());
          assertTrue(
              load.stdout().contains("now holds " + (Fixtures.QUADS + 1) + " triples in 4"),
              load.stdout());
        }
      }

      // a cross product of six patterns cannot finish in 1 s: the server cancels it
      Http.Response heavy =
          Http.query(
              query,
              "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?q"
                  + " ?r ?t }");
      assertNotEquals(200, heavy.status(), heavy.body());
      assertEquals(503, heavy.status(), heavy.body());
      // and the server still answers
      assertEquals(200, Http.query(query, "ASK {}").status());
    }
  }
}
