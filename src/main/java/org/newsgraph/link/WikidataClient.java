package org.newsgraph.link;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A client for the Wikidata action API ({@code wbsearchentities}, {@code wbgetentities}) that is
 * polite and never fails the caller: a clear User-Agent, at most one request per {@code
 * minInterval}, {@code maxlag} and {@code Retry-After} honoured, timeouts, every good response kept
 * in a {@link ResponseCache}. When the network is absent it says so once and answers from the
 * cache only; a failed request gives an empty answer, never an exception.
 */
public final class WikidataClient {
  /** The real API. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://www.wikidata.org/w/api.php");

  /** No personal data: the tool and where to read about it. */
  public static final String DEFAULT_USER_AGENT =
      "newsgraph/0.1 (https://w3id.org/newsgraph; knowledge graph builder for news articles)"
          + " java.net.http";

  /**
   * Settings; every field has a default in {@link #defaults()}.
   *
   * @param baseUrl the api.php endpoint (default {@link #DEFAULT_BASE_URL})
   * @param userAgent sent with every request (default {@link #DEFAULT_USER_AGENT})
   * @param cacheDir where responses are kept (default {@link ResponseCache#defaultDir()})
   * @param network false: answer from the cache only, never connect (default true)
   * @param minInterval least time between two requests (default 200 ms)
   * @param timeout connect and response timeout (default 10 s)
   * @param maxRetries retries after 429/503 or a maxlag error (default 3)
   * @param maxRetryWait longest wait honoured from a Retry-After header (default 30 s)
   * @param maxlag the maxlag parameter sent, in seconds (default 5)
   */
  public record Config(
      URI baseUrl,
      String userAgent,
      Path cacheDir,
      boolean network,
      Duration minInterval,
      Duration timeout,
      int maxRetries,
      Duration maxRetryWait,
      int maxlag) {
    public static Config defaults() {
      return new Config(
          DEFAULT_BASE_URL,
          DEFAULT_USER_AGENT,
          ResponseCache.defaultDir(),
          true,
          Duration.ofMillis(200),
          Duration.ofSeconds(10),
          3,
          Duration.ofSeconds(30),
          5);
    }

    public Config withBaseUrl(URI u) {
      return new Config(u, userAgent, cacheDir, network, minInterval, timeout, maxRetries, maxRetryWait, maxlag);
    }

    public Config withCacheDir(Path d) {
      return new Config(baseUrl, userAgent, d, network, minInterval, timeout, maxRetries, maxRetryWait, maxlag);
    }

    public Config withNetwork(boolean n) {
      return new Config(baseUrl, userAgent, cacheDir, n, minInterval, timeout, maxRetries, maxRetryWait, maxlag);
    }

    public Config withMinInterval(Duration d) {
      return new Config(baseUrl, userAgent, cacheDir, network, d, timeout, maxRetries, maxRetryWait, maxlag);
    }

    public Config withTimeout(Duration d) {
      return new Config(baseUrl, userAgent, cacheDir, network, minInterval, d, maxRetries, maxRetryWait, maxlag);
    }

    public Config withUserAgent(String ua) {
      return new Config(baseUrl, ua, cacheDir, network, minInterval, timeout, maxRetries, maxRetryWait, maxlag);
    }

    public Config withMaxRetryWait(Duration d) {
      return new Config(baseUrl, userAgent, cacheDir, network, minInterval, timeout, maxRetries, d, maxlag);
    }
  }

  /** At most this many ids per wbgetentities request (the API's limit). */
  static final int IDS_PER_REQUEST = 50;

  private static final String PROPS = "labels|descriptions|aliases|claims";
  static final List<String> CLAIMS = List.of("P31", "P39", "P1001", "P131", "P17");

  private final Config config;
  private final ResponseCache cache;
  private final Consumer<String> warnings;
  private final HttpClient http;
  private final Set<String> warned = new HashSet<>();
  private long lastRequestNanos;
  private boolean networkDown;
  private int consecutiveTimeouts;
  private int requests;
  private int cacheHits;
  private int failures;

  /**
   * @param warnings receives one line per problem (network absent, HTTP error…), e.g. {@code
   *     System.err::println}
   */
  public WikidataClient(Config config, Consumer<String> warnings) {
    this.config = config;
    this.cache = new ResponseCache(config.cacheDir());
    this.warnings = warnings;
    this.networkDown = !config.network();
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(config.timeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  public Config config() {
    return config;
  }

  /** HTTP requests sent so far (retries included). */
  public synchronized int requests() {
    return requests;
  }

  /** Answers served from the cache so far. */
  public synchronized int cacheHits() {
    return cacheHits;
  }

  /** Requests that failed (HTTP error, timeout, API error, unreadable answer). */
  public synchronized int failures() {
    return failures;
  }

  /** True once the client has stopped trying the network (or was built without it). */
  public synchronized boolean offline() {
    return networkDown;
  }

  /** {@code wbsearchentities}: items whose label or alias starts with {@code text}. */
  public List<SearchHit> search(String text, int limit) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("action", "wbsearchentities");
    p.put("search", text);
    p.put("language", "en");
    p.put("uselang", "en");
    p.put("type", "item");
    p.put("limit", Integer.toString(limit));
    p.put("format", "json");
    Optional<JsonObject> json = call("wbsearchentities", p, "search '" + text + "'");
    List<SearchHit> out = new ArrayList<>();
    if (json.isEmpty() || !json.get().hasKey("search") || !json.get().get("search").isArray()) {
      return out;
    }
    try {
      return WikidataJson.hits(json.get().get("search").getAsArray());
    } catch (RuntimeException e) {
      warnOnce("format", "wikidata: unexpected search answer for '" + text + "': " + e);
      return out;
    }
  }

  /**
   * {@code wbgetentities} for these ids (batched by 50): labels, descriptions, aliases and the
   * claims P31, P39, P1001, P131, P17, P625. Missing items and failed batches are left out.
   */
  public Map<String, WikidataEntity> entities(Collection<String> ids) {
    List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
    Map<String, WikidataEntity> out = new LinkedHashMap<>();
    for (int i = 0; i < sorted.size(); i += IDS_PER_REQUEST) {
      List<String> batch = sorted.subList(i, Math.min(sorted.size(), i + IDS_PER_REQUEST));
      Map<String, String> p = new LinkedHashMap<>();
      p.put("action", "wbgetentities");
      p.put("ids", String.join("|", batch));
      p.put("props", PROPS);
      p.put("languages", "en");
      p.put("redirects", "yes");
      p.put("format", "json");
      Optional<JsonObject> json = call("wbgetentities", p, "entities " + String.join(",", batch));
      if (json.isEmpty() || !json.get().hasKey("entities")) {
        continue;
      }
      if (!json.get().get("entities").isObject()) {
        continue;
      }
      JsonObject ents = json.get().getObj("entities");
      for (String key : ents.keys()) {
        JsonValue v = ents.get(key);
        if (!v.isObject() || v.getAsObject().hasKey("missing")) {
          continue;
        }
        try {
          WikidataEntity e = WikidataJson.entity(v.getAsObject());
          if (e != null) {
            out.put(e.id(), e);
          }
        } catch (RuntimeException ex) {
          warnOnce("format", "wikidata: unexpected entity answer for " + key + ": " + ex);
        }
      }
    }
    return out;
  }

  private Optional<JsonObject> call(String action, Map<String, String> params, String what) {
    String key = WikidataRequests.key(params);
    Optional<String> cached;
    try {
      cached = cache.get(action, key);
    } catch (java.io.UncheckedIOException e) {
      warnOnce("cache-read", "wikidata: " + e.getMessage() + "; asking again");
      cached = Optional.empty();
    }
    if (cached.isPresent()) {
      Optional<JsonObject> json = parse(cached.get(), what);
      if (json.isPresent()) {
        synchronized (this) {
          cacheHits++;
        }
        return json;
      }
    }
    synchronized (this) {
      if (networkDown) {
        return Optional.empty();
      }
    }
    Map<String, String> withLag = new LinkedHashMap<>(params);
    withLag.put("maxlag", Integer.toString(config.maxlag()));
    URI uri = URI.create(config.baseUrl() + "?" + WikidataRequests.query(withLag));
    for (int attempt = 0; ; attempt++) {
      HttpResponse<String> resp;
      try {
        resp = send(uri);
      } catch (HttpConnectTimeoutException | ConnectException e) {
        goOffline("cannot reach " + config.baseUrl() + " (" + WikidataRequests.describe(e) + ")");
        return Optional.empty();
      } catch (HttpTimeoutException e) {
        boolean stop;
        synchronized (this) {
          stop = ++consecutiveTimeouts >= 2;
        }
        if (stop) {
          goOffline("two requests in a row timed out after " + config.timeout().toMillis() + " ms");
        } else {
          warnOnce("timeout", "wikidata: no answer within " + config.timeout().toMillis()
              + " ms for " + what + "; left unlinked");
        }
        return Optional.empty();
      } catch (IOException e) {
        goOffline("cannot reach " + config.baseUrl() + " (" + WikidataRequests.describe(e) + ")");
        return Optional.empty();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
      synchronized (this) {
        consecutiveTimeouts = 0;
      }
      int status = resp.statusCode();
      Optional<Duration> retryAfter = retryAfter(resp);
      if (status == 429 || status == 503) {
        if (attempt < config.maxRetries() && waitFor(retryAfter.orElse(Duration.ofSeconds(1 << attempt)))) {
          continue;
        }
        warnOnce("http" + status, "wikidata: HTTP " + status + " (rate limited) for " + what
            + " after " + (attempt + 1) + " attempts; left unlinked");
        return Optional.empty();
      }
      if (status != 200) {
        warnOnce("http" + status, "wikidata: HTTP " + status + " from " + config.baseUrl()
            + " for " + what + "; left unlinked");
        return Optional.empty();
      }
      Optional<JsonObject> json = parse(resp.body(), what);
      if (json.isEmpty()) {
        return json;
      }
      if (json.get().hasKey("error") && json.get().get("error").isObject()) {
        String code = WikidataJson.str(json.get().getObj("error"), "code");
        if ("maxlag".equals(code) && attempt < config.maxRetries()
            && waitFor(retryAfter.orElse(Duration.ofSeconds(config.maxlag())))) {
          continue;
        }
        warnOnce("error-" + code, "wikidata: API error '" + code + "' for " + what);
        return Optional.empty();
      }
      try {
        cache.put(action, key, resp.body());
      } catch (java.io.UncheckedIOException e) {
        warnOnce("cache-write", "wikidata: " + e.getMessage() + "; answers will not be reused offline");
      }
      return json;
    }
  }

  private HttpResponse<String> send(URI uri) throws IOException, InterruptedException {
    synchronized (this) {
      long gap = config.minInterval().toNanos();
      long now = System.nanoTime();
      long wait = lastRequestNanos == 0 ? 0 : lastRequestNanos + gap - now;
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      lastRequestNanos = System.nanoTime();
      requests++;
    }
    HttpRequest req =
        HttpRequest.newBuilder(uri)
            .timeout(config.timeout())
            .header("User-Agent", config.userAgent())
            .header("Accept", "application/json")
            .GET()
            .build();
    return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private Optional<Duration> retryAfter(HttpResponse<?> resp) {
    return resp.headers()
        .firstValue("Retry-After")
        .flatMap(
            v -> {
              try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v.strip())));
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            });
  }

  /** Waits unless the wait is longer than allowed; false when it refused to wait. */
  private boolean waitFor(Duration d) {
    if (d.compareTo(config.maxRetryWait()) > 0) {
      return false;
    }
    try {
      Thread.sleep(d.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private Optional<JsonObject> parse(String body, String what) {
    try {
      return Optional.of(JSON.parse(body));
    } catch (JsonException | ClassCastException e) {
      warnOnce("json", "wikidata: unreadable JSON for " + what + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private void goOffline(String why) {
    synchronized (this) {
      networkDown = true;
    }
    warnOnce("offline", "wikidata: " + why + "; continuing offline (gazetteer and cache only)");
  }

  private synchronized void warnOnce(String kind, String line) {
    failures++;
    if (warned.add(kind)) {
      warnings.accept(line);
    }
  }

}
