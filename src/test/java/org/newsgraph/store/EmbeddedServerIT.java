package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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

  @Test
  void aServiceQueryMakesNoRemoteCallUnlessAllowed() throws Exception {
    // a "remote" SPARQL service on this machine that counts the requests it gets
    AtomicInteger calls = new AtomicInteger();
    HttpServer remote = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    remote.createContext(
        "/sparql",
        exchange -> {
          calls.incrementAndGet();
          byte[] body =
              "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\",\"value\":\"remote\"}}]}}"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    remote.start();
    String service = "http://127.0.0.1:" + remote.getAddress().getPort() + "/sparql";
    String query = "SELECT ?x { SERVICE <" + service + "> { ?s ?p ?x } }";
    String silent = "SELECT ?x { SERVICE SILENT <" + service + "> { ?s ?p ?x } }";
    try (TdbStore store = TdbStore.open(work.resolve("db"))) {
      store.replaceAll(Fixtures.dataset(), TdbStore.Progress.NONE);
      try (NewsgraphServer server =
          NewsgraphServer.start(
              store.datasetGraph(), NewsgraphServer.Options.readOnly(0))) {
        Http.Response refused = Http.query(server.queryUrl(), query);
        assertTrue(refused.status() >= 400, "HTTP " + refused.status() + ": " + refused.body());
        Http.Response quiet = Http.query(server.queryUrl(), silent);
        assertTrue(!quiet.body().contains("remote"), quiet.body());
        assertEquals(0, calls.get(), "the server called the SERVICE");
      }
      // the same query reaches the service when the server allows it
      try (NewsgraphServer server =
          NewsgraphServer.start(
              store.datasetGraph(),
              new NewsgraphServer.Options("127.0.0.1", 0, Duration.ofSeconds(10), null, true))) {
        Http.Response allowed = Http.query(server.queryUrl(), query);
        assertEquals(200, allowed.status(), allowed.body());
        assertTrue(allowed.body().contains("remote"), allowed.body());
        assertTrue(calls.get() > 0, "the allowed SERVICE call did not arrive");
      }
    } finally {
      remote.stop(0);
    }
  }
}
