package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server in this JVM, on a free port of 127.0.0.1, as someone who can reach it would
 * try it: oversized bodies and targets, a query that takes its whole time limit to parse, updates
 * that would read local files or call out, malformed credentials and forms, a foreign Host, TRACE,
 * an answer cut by the time limit, a dump of the whole store. Nothing here leaves 127.0.0.1.
 */
class HostileRequestsIT {
  @TempDir Path work;

  private static final Credentials EDITOR = new Credentials("editor", "correct horse");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static NewsgraphServer.Options options(Duration timeout, Credentials updater) {
    return new NewsgraphServer.Options("127.0.0.1", 0, timeout, updater);
  }

  private TdbStore store() {
    TdbStore store = TdbStore.open(work.resolve("db"));
    store.replaceAll(Fixtures.dataset(), TdbStore.Progress.NONE);
    return store;
  }

  private static HttpResponse<String> post(String url, String contentType, HttpRequest.BodyPublisher body,
      String authorization) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
        .header("Content-Type", contentType).header("Accept", "application/sparql-results+json").POST(body);
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A query of about {@code bytes} bytes: ASK over a VALUES block of that many numbers. */
  private static String bigQuery(int bytes) {
    StringBuilder sb = new StringBuilder("ASK { VALUES ?x {");
    for (int i = 0; sb.length() < bytes - 4; i++) {
      sb.append(' ').append(i % 100_000);
    }
    return sb.append(" } }").toString();
  }

  @Test
  void bodiesAndTargetsOverTheLimitAreRefusedBeforeTheyAreRead() throws Exception {
    try (TdbStore store = store();
        NewsgraphServer server = NewsgraphServer.start(store.datasetGraph(),
            options(Duration.ofSeconds(10), null).withMaxRequestBytes(64 * 1024))) {
      String small = bigQuery(32 * 1024);
      assertEquals(200, post(server.queryUrl(), "application/sparql-query",
          HttpRequest.BodyPublishers.ofString(small), null).statusCode());
      String large = bigQuery(200 * 1024);
      HttpResponse<String> declared = post(server.queryUrl(), "application/sparql-query",
          HttpRequest.BodyPublishers.ofString(large), null);
      assertEquals(413, declared.statusCode(), declared.body());
      // the same body sent in chunks, without a length: refused once the limit is passed
      HttpResponse<String> chunked = post(server.queryUrl(), "application/sparql-query",
          HttpRequest.BodyPublishers.ofInputStream(
              () -> new ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8))), null);
      assertEquals(413, chunked.statusCode(), chunked.body());
      HttpResponse<String> form = post(server.queryUrl(), "application/x-www-form-urlencoded",
          HttpRequest.BodyPublishers.ofString(Http.form("query", large)), null);
      assertEquals(413, form.statusCode(), form.body());
      Http.Response target = Http.get(server.queryUrl() + "?" + Http.form("query", bigQuery(100 * 1024)));
      assertEquals(414, target.status(), target.body());
      // and the server still answers
      assertEquals(2, Http.select(server.queryUrl(), Fixtures.OFFICE_HOLDERS).size());
    }
    // the default limit is 1 MiB
    try (TdbStore store = TdbStore.open(work.resolve("db"));
        NewsgraphServer server = NewsgraphServer.start(store.datasetGraph(), options(Duration.ofSeconds(10), null))) {
      HttpResponse<String> r = post(server.queryUrl(), "application/sparql-query",
          HttpRequest.BodyPublishers.ofString(bigQuery(3 << 20)), null);
      assertEquals(413, r.statusCode(), r.body());
    }
  }

  @Test
  void readingAndParsingTheQueryCountInItsTimeLimit() throws Exception {
    // about 900 KB of VALUES: parsing takes far longer than 50 ms; running it would take no time
    String query = bigQuery(900 * 1024);
    try (TdbStore store = store();
        NewsgraphServer server = NewsgraphServer.start(store.datasetGraph(), options(Duration.ofMillis(50), null))) {
      HttpResponse<String> r = post(server.queryUrl(), "application/sparql-query",
          HttpRequest.BodyPublishers.ofString(query), null);
      assertEquals(503, r.statusCode(), "the query was run after its time was spent: " + r.body());
    }
    try (TdbStore store = TdbStore.open(work.resolve("db"));
        NewsgraphServer server = NewsgraphServer.start(store.datasetGraph(), options(Duration.ofSeconds(60), null))) {
      HttpResponse<String> r = post(server.queryUrl(), "application/sparql-query",
          HttpRequest.BodyPublishers.ofString(query), null);
      assertEquals(200, r.statusCode(), r.body());
      assertTrue(r.body().contains("true"), r.body());
    }
  }

  @Test
  void updatesTakeOnlyTheDataInTheRequest() throws Exception {
    Path secret = Files.writeString(work.resolve("secret.ttl"), "<urn:ex:secret> <urn:ex:says> \"do not serve me\" .\n");
    AtomicInteger calls = new AtomicInteger();
    HttpServer remote = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    remote.createContext("/", exchange -> {
      calls.incrementAndGet();
      byte[] body = ("<urn:ex:remote> <urn:ex:says> \"fetched\" .\n").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/turtle");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    remote.start();
    String remoteUrl = "http://127.0.0.1:" + remote.getAddress().getPort();
    String auth = EDITOR.basicAuthHeader();
    try (TdbStore store = store();
        NewsgraphServer server = NewsgraphServer.start(store.datasetGraph(), options(Duration.ofSeconds(10), EDITOR))) {
      String update = server.datasetUrl() + "/update";
      String[] refused = {
        "LOAD <" + secret.toUri() + "> INTO GRAPH <urn:ex:loaded>",
        "LOAD <" + secret.toUri() + ">",
        "LOAD SILENT <" + remoteUrl + "/data.ttl> INTO GRAPH <urn:ex:loaded>",
        "INSERT { GRAPH <urn:ex:loaded> { ?s ?p ?o } } WHERE { SERVICE <" + remoteUrl + "/sparql> { ?s ?p ?o } }",
        "INSERT { GRAPH <urn:ex:loaded> { <urn:ex:a> <urn:ex:b> 1 } } WHERE { FILTER EXISTS { SERVICE SILENT <"
            + remoteUrl + "/sparql> { ?s ?p ?o } } }",
      };
      for (String u : refused) {
        Http.Response r = Http.update(update, u, auth);
        assertEquals(403, r.status(), u + " -> " + r.body());
        assertFalse(r.body().contains("do not serve me"), r.body());
      }
      assertEquals(0, calls.get(), "the server called out");
      assertEquals(0, Http.count(server.queryUrl(), "SELECT (COUNT(*) AS ?n) { GRAPH <urn:ex:loaded> { ?s ?p ?o } }"));
      assertEquals(0, Http.count(server.queryUrl(), "SELECT (COUNT(*) AS ?n) { ?s ?p \"do not serve me\" }"));
      // data in the request is still taken
      int put = Http.put(server.datasetUrl() + "/data?graph=urn:ex:put", "text/turtle", "<urn:ex:s> <urn:ex:p> 1 .", auth)
          .status();
      assertTrue(put == 200 || put == 201 || put == 204, "graph store PUT: HTTP " + put);
      Http.Response insert = Http.update(update, "INSERT DATA { GRAPH <urn:ex:g> { <urn:ex:s> <urn:ex:p> 2 } }", auth);
      assertEquals(200, insert.status(), insert.body());
      assertEquals(1, Http.count(server.queryUrl(), "SELECT (COUNT(*) AS ?n) { GRAPH <urn:ex:g> { ?s ?p ?o } }"));
    }
    // an explicit option lets updates load
    try (TdbStore store = TdbStore.open(work.resolve("db"));
        NewsgraphServer server = NewsgraphServer.start(store.datasetGraph(),
            options(Duration.ofSeconds(10), EDITOR).withUpdateLoad(true))) {
      Http.Response r = Http.update(server.datasetUrl() + "/update",
          "LOAD <" + secret.toUri() + "> INTO GRAPH <urn:ex:loaded>", auth);
      assertEquals(200, r.status(), r.body());
      assertEquals(1, Http.count(server.queryUrl(), "SELECT (COUNT(*) AS ?n) { GRAPH <urn:ex:loaded> { ?s ?p ?o } }"));
    } finally {
      remote.stop(0);
    }
  }

  @Test
  void malformedCredentialsFormsHostsAndTraceAreRefusedPlainly() throws Exception {
    try (TdbStore store = store();
        NewsgraphServer server = NewsgraphServer.start(store.datasetGraph(), options(Duration.ofSeconds(10), EDITOR))) {
      String update = server.datasetUrl() + "/update";
      Http.Response badBase64 = Http.update(update, "INSERT DATA { <urn:ex:a> <urn:ex:b> 1 }", "Basic %%%not-base64%%%");
      assertEquals(400, badBase64.status(), badBase64.body());
      Http.Response noColon = Http.update(update, "INSERT DATA { <urn:ex:a> <urn:ex:b> 1 }", "Basic "
          + java.util.Base64.getEncoder().encodeToString("editor".getBytes(StandardCharsets.UTF_8)));
      assertEquals(400, noColon.status(), noColon.body());
      HttpResponse<String> badForm = post(server.queryUrl(), "application/x-www-form-urlencoded",
          HttpRequest.BodyPublishers.ofString("query=%zz%"), null);
      assertEquals(400, badForm.statusCode(), badForm.body());
      HttpResponse<String> badUpdateForm = post(update, "application/x-www-form-urlencoded",
          HttpRequest.BodyPublishers.ofString("update=%G1"), EDITOR.basicAuthHeader());
      assertEquals(400, badUpdateForm.statusCode(), badUpdateForm.body());

      String path = URI.create(server.queryUrl()).getRawPath() + "?" + Http.form("query", "ASK {}");
      RawHttp.Answer foreign = RawHttp.send(server.baseUrl(), "GET " + path + " HTTP/1.1\r\nHost: attacker.example");
      assertEquals(400, foreign.status(), foreign.text());
      for (String host : new String[] {"127.0.0.1:" + server.port(), "localhost:" + server.port(), "localhost"}) {
        RawHttp.Answer own = RawHttp.send(server.baseUrl(), "GET " + path + " HTTP/1.1\r\nHost: " + host);
        assertEquals(200, own.status(), own.text());
      }
      RawHttp.Answer trace = RawHttp.send(server.baseUrl(), "TRACE / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Secret: echo me");
      assertEquals(405, trace.status(), trace.text());
      assertFalse(trace.text().contains("echo me"), trace.text());
      assertEquals(2, Http.select(server.queryUrl(), Fixtures.OFFICE_HOLDERS).size());
    }
  }

  @Test
  void theWholeStoreIsNotForEveryoneToDump() throws Exception {
    try (TdbStore store = store()) {
      try (NewsgraphServer server = NewsgraphServer.start(store.datasetGraph(), options(Duration.ofSeconds(10), null))) {
        for (String url : new String[] {server.datasetUrl(), server.datasetUrl() + "/get",
            server.datasetUrl() + "?default", server.datasetUrl() + "/get?graph=" + Fixtures.ONE}) {
          Http.Response r = Http.get(url);
          assertNotEquals(200, r.status(), url + ": " + r.body());
          assertFalse(r.body().contains("Placeholder"), url + ": " + r.body());
        }
      }
      try (NewsgraphServer server = NewsgraphServer.start(store.datasetGraph(), options(Duration.ofSeconds(10), EDITOR))) {
        assertEquals(401, Http.get(server.datasetUrl() + "/data").status());
        HttpResponse<String> own = CLIENT.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data"))
            .header("Authorization", EDITOR.basicAuthHeader()).header("Accept", "application/n-quads").build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("Placeholder"), own.body());
      }
    }
  }

  @Test
  void anAnswerCutByTheTimeLimitDoesNotArriveAsAComplete200() throws Exception {
    // every combination of five triples: far more rows than a second gives time to send
    String query = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }";
    try (TdbStore store = store();
        NewsgraphServer server = NewsgraphServer.start(store.datasetGraph(), options(Duration.ofSeconds(1), null))) {
      HttpRequest req = HttpRequest.newBuilder(URI.create(server.queryUrl() + "?" + Http.form("query", query)))
          .header("Accept", "text/csv").timeout(Duration.ofSeconds(120)).build();
      HttpResponse<InputStream> r = CLIENT.send(req, HttpResponse.BodyHandlers.ofInputStream());
      boolean complete;
      long bytes = 0;
      try (InputStream in = r.body()) {
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) >= 0; ) {
          bytes += n;
        }
        complete = true;
      } catch (IOException e) {
        complete = false;
      }
      assertFalse(r.statusCode() == 200 && complete,
          "HTTP " + r.statusCode() + " and " + bytes + " bytes that end as if complete");
      // the server goes on answering
      assertEquals(2, Http.select(server.queryUrl(), Fixtures.OFFICE_HOLDERS).size());
    }
  }
}
