package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server in this JVM, with updates allowed for one user: graph store loads with and
 * without credentials, a server that stops in the middle of a load, the benchmark against it.
 */
class EmbeddedServerIT {
  @TempDir Path work;

  private static final Credentials EDITOR = new Credentials("editor", "correct horse");

  private NewsgraphServer start(TdbStore store) {
    return NewsgraphServer.start(
        store.datasetGraph(),
        new NewsgraphServer.Options("127.0.0.1", 0, Duration.ofSeconds(10), EDITOR));
  }

  @Test
  void graphStoreLoadsNeedTheUpdaterAndReplaceRatherThanDuplicate() throws Exception {
    try (TdbStore store = TdbStore.open(work.resolve("db"));
        NewsgraphServer server = start(store)) {
      LoadFailedException noAuth =
          assertThrows(
              LoadFailedException.class,
              () ->
                  new GraphPusher(server.datasetUrl(), null)
                      .push(Fixtures.dataset(), (g, n) -> {}));
      assertTrue(noAuth.getMessage().contains("HTTP 401"), noAuth.getMessage());
      assertTrue(noAuth.getMessage().contains("--user"), noAuth.getMessage());

      LoadFailedException wrong =
          assertThrows(
              LoadFailedException.class,
              () ->
                  new GraphPusher(server.datasetUrl(), new Credentials("editor", "wrong"))
                      .push(Fixtures.dataset(), (g, n) -> {}));
      assertTrue(wrong.getMessage().contains("refused"), wrong.getMessage());
      assertEquals(0, store.quadCount());

      GraphPusher pusher = new GraphPusher(server.datasetUrl(), EDITOR);
      for (int i = 0; i < 2; i++) {
        GraphPusher.Result r = pusher.push(Fixtures.dataset(), (g, n) -> {});
        assertEquals(3, r.graphs().size());
        assertEquals(Fixtures.QUADS, r.triples());
        assertEquals(Fixtures.QUADS, store.quadCount());
        assertEquals(Fixtures.QUADS, pusher.remoteCounts()[0]);
        assertEquals(3, pusher.remoteCounts()[1]);
      }
    }
  }

  @Test
  void aServerThatGoesAwayMidLoadIsReportedWithWhatWasAndWasNotLoaded() throws Exception {
    try (TdbStore store = TdbStore.open(work.resolve("db"))) {
      NewsgraphServer server = start(store);
      List<String> heard = new ArrayList<>();
      LoadFailedException e;
      try {
        GraphPusher pusher = new GraphPusher(server.datasetUrl(), EDITOR);
        e =
            assertThrows(
                LoadFailedException.class,
                () ->
                    pusher.push(
                        Fixtures.dataset(),
                        (g, n) -> {
                          heard.add(g);
                          server.close(); // the server goes away after the first graph
                        }));
      } finally {
        server.close();
      }
      assertEquals(List.of(Fixtures.ONE), heard);
      assertEquals(List.of(Fixtures.ONE), e.loaded());
      assertEquals(List.of(Fixtures.THREE, Fixtures.TWO), e.notLoaded());
      assertEquals(Fixtures.THREE, e.failedGraph());
      assertTrue(
          e.getMessage().contains("cannot reach") || e.getMessage().contains("went away"),
          e.getMessage());
      assertEquals(18, store.quadCount(), "only the first graph reached the store");
    }
  }

  @Test
  void theBenchmarkRunsQueriesWithoutErrorsAndRefusesOtherHosts() throws Exception {
    try (TdbStore store = TdbStore.open(work.resolve("db"))) {
      store.replaceAll(Fixtures.dataset(), TdbStore.Progress.NONE);
      try (NewsgraphServer server = start(store)) {
        ServeBenchmark bench =
            new ServeBenchmark(
                server.queryUrl(),
                List.of(
                    new ServeBenchmark.NamedQuery("holders.rq", Fixtures.OFFICE_HOLDERS),
                    new ServeBenchmark.NamedQuery("broken.rq", "SELECT * { ?s ?p }")));
        List<String> failures = bench.warmUp();
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).startsWith("broken.rq: HTTP 400"), failures.get(0));
        ServeBenchmark.Result r = bench.run(2, Duration.ofSeconds(1));
        assertTrue(r.ok() > 0, "no query answered");
        assertTrue(r.errors() > 0, "the broken query must count as an error");
        assertEquals(r.ok(), r.perQuery().get("holders.rq").count());
      }
    }
    assertTrue(
        ServeBenchmark.callsRemoteService(
            "SELECT * { ?s ?p ?o LATERAL { SERVICE <https://example.org/sparql> { ?s ?q ?r } } }"));
    assertTrue(!ServeBenchmark.callsRemoteService(Fixtures.OFFICE_HOLDERS));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ServeBenchmark(
                "http://192.0.2.1:3030/newsgraph/query",
                List.of(new ServeBenchmark.NamedQuery("q", "ASK {}"))));
  }
}
