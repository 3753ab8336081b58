package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Wikidata client against a real local HTTP server speaking the API's formats. */
class WikidataClientIT {
  @TempDir Path cache;
  FakeWikidata fake;
  final List<String> warnings = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    fake = FakeWikidata.world();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  WikidataClient client(Duration timeout) {
    return new WikidataClient(
        WikidataClient.Config.defaults()
            .withBaseUrl(fake.baseUrl())
            .withCacheDir(cache)
            .withMinInterval(Duration.ofMillis(5))
            .withTimeout(timeout),
        warnings::add);
  }

  WikidataClient client() {
    return client(Duration.ofSeconds(5));
  }

  long cachedFiles() throws IOException {
    if (!Files.exists(cache)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(cache)) {
      return s.filter(p -> p.toString().endsWith(".json")).count();
    }
  }

  @Test
  void searchReadsHitsAndSendsUserAgentMaxlagAndTheDocumentedParameters() {
    List<SearchHit> hits = client().search("Pasadena", 10);
    assertEquals(List.of("Q485176", "Q51695", "Q900000060"), hits.stream().map(SearchHit::id).toList());
    assertEquals("city in Harris County, Texas, United States", hits.get(1).description());
    assertEquals("label", hits.get(0).matchType());
    FakeWikidata.Seen s = fake.seen().get(0);
    assertEquals(WikidataClient.DEFAULT_USER_AGENT, s.userAgent());
    assertTrue(s.userAgent().startsWith("newsgraph/"));
    assertEquals("wbsearchentities", s.params().get("action"));
    assertEquals("Pasadena", s.params().get("search"));
    assertEquals("en", s.params().get("language"));
    assertEquals("item", s.params().get("type"));
    assertEquals("json", s.params().get("format"));
    assertEquals("5", s.params().get("maxlag"));
    assertTrue(warnings.isEmpty(), warnings.toString());
  }

  @Test
  void aliasHitsCarryTheMatchedAlias() {
    List<SearchHit> hits = client().search("ACLU", 10);
    SearchHit aclu = hits.stream().filter(h -> h.id().equals("Q21637")).findFirst().orElseThrow();
    assertEquals("alias", aclu.matchType());
    assertEquals("ACLU", aclu.matchText());
    assertEquals("American Civil Liberties Union", aclu.label());
  }

  @Test
  void emptySearchResultIsAnEmptyListAndIsCached() throws IOException {
    WikidataClient c = client();
    assertEquals(List.of(), c.search("jdsakjdnmasdda", 10));
    assertEquals(1, cachedFiles());
    assertEquals(List.of(), c.search("jdsakjdnmasdda", 10));
    assertEquals(1, fake.requests());
    assertEquals(1, c.cacheHits());
  }

  @Test
  void entitiesReadClaimsCoordinatesAndSkipMissingItems() {
    Map<String, WikidataEntity> got = client().entities(List.of("Q51695", "Q900000020", "Q404"));
    assertEquals(List.of("Q51695", "Q900000020"), List.copyOf(got.keySet()));
    WikidataEntity tx = got.get("Q51695");
    assertEquals("Pasadena", tx.label());
    assertEquals(List.of("Q1093829"), tx.values("P31"));
    assertEquals(List.of("Q1439"), tx.values("P131"));
    assertTrue(tx.hasCoordinates());
    WikidataEntity sheriff = got.get("Q900000020");
    assertEquals(List.of("Q5"), sheriff.values("P31"));
    assertEquals(List.of("Q900000029"), sheriff.values("P39"));
    assertFalse(sheriff.hasCoordinates());
    assertEquals("Q404|Q51695|Q900000020", fake.seen().get(0).params().get("ids"));
  }

  @Test
  void noSuchEntityErrorWithHttp200GivesNothingAndIsNotCached() throws IOException {
    WikidataClient c = client();
    assertEquals(Map.of(), c.entities(List.of("pop")));
    assertEquals(0, cachedFiles());
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("no-such-entity"), warnings.get(0));
  }

  @Test
  void moreThanFiftyIdsAreFetchedInBatchesOfFifty() {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 120; i++) {
      ids.add("Q" + (800000000 + i));
    }
    ids.add("Q65");
    Map<String, WikidataEntity> got = client().entities(ids);
    assertEquals(List.of("Q65"), List.copyOf(got.keySet()));
    assertEquals(3, fake.requests());
    for (FakeWikidata.Seen s : fake.seen()) {
      assertTrue(s.params().get("ids").split("\\|").length <= 50);
    }
  }

  @Test
  void http500GivesNothingWithOneWarningAndIsNotCached() throws IOException {
    fake.failAlways(500, null);
    WikidataClient c = client();
    assertEquals(List.of(), c.search("Pasadena", 10));
    assertEquals(List.of(), c.search("Pasadena", 10));
    assertEquals(2, fake.requests(), "not cached: asked again");
    assertEquals(0, cachedFiles());
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("HTTP 500"), warnings.get(0));
    assertFalse(c.offline(), "a server error is not an absent network");
    assertEquals(2, c.failures());
  }

  @Test
  void http429WithRetryAfterIsRetriedAndThenSucceeds() {
    fake.failNext(429, "1");
    long t0 = System.nanoTime();
    List<SearchHit> hits = client().search("Fox News", 10);
    long waited = (System.nanoTime() - t0) / 1_000_000;
    assertEquals("Q186068", hits.get(0).id());
    assertEquals(2, fake.requests());
    // a lower bound only: the client slept Retry-After (1 s) before asking again
    assertTrue(waited >= 1000, "Retry-After: 1 honoured, took " + waited + " ms");
    assertTrue(warnings.isEmpty(), warnings.toString());
  }

  @Test
  void persistent429GivesUpAfterTheRetriesWithAWarning() {
    fake.failAlways(429, "0");
    WikidataClient c = client();
    assertEquals(List.of(), c.search("Fox News", 10));
    assertEquals(1 + c.config().maxRetries(), fake.requests());
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).contains("429"), warnings.get(0));
  }

  @Test
  void retryAfterLongerThanAllowedIsNotWaitedFor() {
    fake.failAlways(503, "3600");
    WikidataClient c = client();
    assertEquals(List.of(), c.search("Fox News", 10));
    assertEquals(1, fake.requests());
    assertTrue(warnings.get(0).contains("503"), warnings.toString());
  }

  @Test
  void maxlagErrorIsRetriedAfterRetryAfter() {
    fake.maxlagNext("1");
    List<SearchHit> hits = client().search("Los Angeles County", 10);
    assertEquals("Q104994", hits.get(0).id());
    assertEquals(2, fake.requests());
  }

  @Test
  void timeoutGivesNothingAndTwoInARowSwitchToOffline() {
    fake.delay(1500);
    WikidataClient c = client(Duration.ofMillis(300));
    assertEquals(List.of(), c.search("Pasadena", 10));
    assertFalse(c.offline());
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("no answer within 300 ms"), warnings.get(0));
    assertEquals(List.of(), c.search("Fox News", 10));
    assertTrue(c.offline());
    assertEquals(List.of(), c.search("ACLU", 10));
    assertEquals(2, c.requests(), "no request once offline");
    assertTrue(warnings.get(1).contains("continuing offline"), warnings.toString());
  }

  @Test
  void absentNetworkGivesOneWarningAndNoFurtherAttempts() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress("127.0.0.1", 0));
      port = s.getLocalPort();
    }
    WikidataClient c =
        new WikidataClient(
            WikidataClient.Config.defaults()
                .withBaseUrl(URI.create("http://127.0.0.1:" + port + "/w/api.php"))
                .withCacheDir(cache)
                .withTimeout(Duration.ofSeconds(2)),
            warnings::add);
    assertEquals(List.of(), c.search("Pasadena", 10));
    assertEquals(Map.of(), c.entities(List.of("Q65")));
    assertEquals(List.of(), c.search("Fox News", 10));
    assertTrue(c.offline());
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("wikidata: cannot reach http://127.0.0.1:" + port),
        warnings.get(0));
    assertTrue(warnings.get(0).contains("continuing offline"));
    assertEquals(1, c.requests(), "one attempt, then offline");
  }

  @Test
  void anUnwritableCacheWarnsOnceButStillAnswers() throws IOException {
    Path file = cache.resolve("not-a-directory");
    Files.writeString(file, "x");
    WikidataClient c =
        new WikidataClient(
            WikidataClient.Config.defaults().withBaseUrl(fake.baseUrl()).withCacheDir(file),
            warnings::add);
    assertEquals("Q186068", c.search("Fox News", 10).get(0).id());
    assertEquals("Q186068", c.search("Fox News", 10).get(0).id());
    assertEquals(2, fake.requests(), "nothing cached, asked twice");
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("will not be reused offline"), warnings.get(0));
  }

  @Test
  void requestsAreSpacedByTheMinimumInterval() {
    WikidataClient c =
        new WikidataClient(
            WikidataClient.Config.defaults()
                .withBaseUrl(fake.baseUrl())
                .withCacheDir(cache)
                .withMinInterval(Duration.ofMillis(200)),
            warnings::add);
    long t0 = System.nanoTime();
    for (String q : List.of("Pasadena", "Fox", "ACLU", "Gascón")) {
      c.search(q, 10);
    }
    long took = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(4, fake.requests());
    // a lower bound only (load can only make it longer): three gaps of at least 200 ms
    assertTrue(took >= 600, "4 requests took " + took + " ms");
  }

  @Test
  void cachedResponsesAreReusedWithoutTheNetwork() throws IOException {
    WikidataClient first = client();
    List<SearchHit> hits = first.search("Alex Villanueva", 10);
    Map<String, WikidataEntity> ents = first.entities(List.of("Q900000020", "Q900000021"));
    int asked = fake.requests();
    assertEquals(2, asked);
    WikidataClient offline =
        new WikidataClient(
            WikidataClient.Config.defaults()
                .withBaseUrl(fake.baseUrl())
                .withCacheDir(cache)
                .withNetwork(false),
            warnings::add);
    assertEquals(hits, offline.search("Alex Villanueva", 10));
    assertEquals(ents, offline.entities(List.of("Q900000021", "Q900000020")));
    assertEquals(asked, fake.requests(), "second run made no request");
    assertEquals(0, offline.requests());
    assertEquals(List.of(), offline.search("never asked", 10));
    assertTrue(warnings.isEmpty(), warnings.toString());
  }
}
