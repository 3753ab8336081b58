package org.newsgraph.link;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A local stand-in for the Wikidata action API (a real HTTP server on a free port) answering {@code
 * wbsearchentities} and {@code wbgetentities} in the formats documented in
 * shared/research/wikidata.md §2.1–2.2: search hits with {@code id, concepturi, url, title, pageid,
 * label, description, match{type, language, text}} (+ {@code aliases} on an alias hit), {@code
 * "search":[]} when nothing matches, entities with labels/descriptions/aliases/claims in the
 * statement/mainsnak/datavalue shape, {@code "missing":""} for absent items and the HTTP-200
 * {@code no-such-entity} error for malformed ids.
 *
 * <p>Search matches like the real prefix search, a little more greedily (any word of a label or
 * alias starting with the text), so the linker must do its own exact comparison. Scripted failures
 * (status codes, Retry-After, maxlag errors) and a response delay can be set per test.
 *
 * <p>People in the fixtures have synthetic ids from Q900000000 up, far above any real item; they
 * are not real Wikidata items.
 */
final class FakeWikidata implements AutoCloseable {
  /** One item of the fake world. */
  record Item(
      String id, String label, String description, List<String> aliases,
      Map<String, List<String>> claims, boolean coordinates) {}

  /** A scripted answer instead of the normal one. */
  record Failure(int status, String retryAfter, boolean maxlagError) {}

  /** A request as the server saw it. */
  record Seen(Map<String, String> params, String userAgent, long nanos) {}

  private final HttpServer server;
  private final Map<String, Item> items = new LinkedHashMap<>();
  private final Deque<Failure> failures = new ArrayDeque<>();
  private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
  private volatile long delayMillis;
  private volatile Failure always;

  FakeWikidata() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/w/api.php", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php");
  }

  FakeWikidata add(String id, String label, String description, List<String> aliases,
      Map<String, List<String>> claims) {
    items.put(id, new Item(id, label, description, aliases, claims, false));
    return this;
  }

  FakeWikidata addPlace(String id, String label, String description, List<String> aliases,
      Map<String, List<String>> claims) {
    items.put(id, new Item(id, label, description, aliases, claims, true));
    return this;
  }

  synchronized void failNext(int status, String retryAfter) {
    failures.add(new Failure(status, retryAfter, false));
  }

  synchronized void maxlagNext(String retryAfter) {
    failures.add(new Failure(200, retryAfter, true));
  }

  void failAlways(int status, String retryAfter) {
    always = new Failure(status, retryAfter, false);
  }

  void delay(long millis) {
    delayMillis = millis;
  }

  List<Seen> seen() {
    synchronized (seen) {
      return List.copyOf(seen);
    }
  }

  int requests() {
    return seen.size();
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      Map<String, String> p = params(ex.getRequestURI().getRawQuery());
      seen.add(new Seen(p, ex.getRequestHeaders().getFirst("User-Agent"), System.nanoTime()));
      if (delayMillis > 0) {
        try {
          Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      Failure f;
      synchronized (this) {
        f = failures.poll();
      }
      if (f == null) {
        f = always;
      }
      if (f != null) {
        if (f.retryAfter() != null) {
          ex.getResponseHeaders().add("Retry-After", f.retryAfter());
        }
        if (f.maxlagError()) {
          send(ex, 200, "{\"error\":{\"code\":\"maxlag\",\"info\":\"Waiting for all: 6 seconds lagged.\","
              + "\"host\":\"all\",\"lag\":6,\"type\":\"wikibase\",\"*\":\"See"
              + " https://www.wikidata.org/w/api.php for API usage\"},\"servedby\":\"mw1\"}");
        } else {
          send(ex, f.status(), "<!DOCTYPE html><html><body>Error " + f.status() + "</body></html>");
        }
        return;
      }
      String action = p.getOrDefault("action", "");
      switch (action) {
        case "wbsearchentities" -> send(ex, 200, search(p.getOrDefault("search", ""),
            Integer.parseInt(p.getOrDefault("limit", "7"))));
        case "wbgetentities" -> send(ex, 200, entities(p.getOrDefault("ids", "")));
        default -> send(ex, 200, "{\"error\":{\"code\":\"unknown_action\",\"info\":\"Unrecognized"
            + " value for parameter \\\"action\\\": " + action + ".\"},\"servedby\":\"mw1\"}");
      }
    }
  }

  private String search(String text, int limit) {
    String q = fold(text);
    List<String> hits = new ArrayList<>();
    for (Item it : items.values()) {
      if (hits.size() >= limit) {
        break;
      }
      if (wordPrefix(fold(it.label()), q)) {
        hits.add(hit(it, "label", it.label()));
        continue;
      }
      for (String a : it.aliases()) {
        if (wordPrefix(fold(a), q)) {
          hits.add(hit(it, "alias", a));
          break;
        }
      }
    }
    return "{\"searchinfo\":{\"search\":" + str(text) + "},\"search\":[" + String.join(",", hits)
        + "],\"success\":1}";
  }

  private static boolean wordPrefix(String name, String q) {
    if (q.isEmpty()) {
      return false;
    }
    if (name.startsWith(q)) {
      return true;
    }
    for (String w : name.split(" ")) {
      if (w.startsWith(q)) {
        return true;
      }
    }
    return false;
  }

  private static String fold(String s) {
    String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "");
    return n.toLowerCase(Locale.ROOT).strip();
  }

  private static String hit(Item it, String matchType, String matchText) {
    int num = Integer.parseInt(it.id().substring(1));
    StringBuilder sb = new StringBuilder("{");
    sb.append("\"id\":").append(str(it.id()))
        .append(",\"concepturi\":").append(str("http://www.wikidata.org/entity/" + it.id()))
        .append(",\"url\":").append(str("//www.wikidata.org/wiki/" + it.id()))
        .append(",\"title\":").append(str(it.id()))
        .append(",\"pageid\":").append(num % 100000000)
        .append(",\"repository\":\"wikidata\"")
        .append(",\"label\":").append(str(it.label()));
    if (!it.description().isEmpty()) {
      sb.append(",\"description\":").append(str(it.description()));
    }
    sb.append(",\"match\":{\"type\":").append(str(matchType))
        .append(",\"language\":\"en\",\"text\":").append(str(matchText)).append("}");
    if (matchType.equals("alias")) {
      sb.append(",\"aliases\":[").append(str(matchText)).append("]");
    }
    return sb.append("}").toString();
  }

  private String entities(String ids) {
    List<String> parts = new ArrayList<>();
    for (String id : ids.split("\\|")) {
      if (!id.matches("[QPL][1-9][0-9]*")) {
        return "{\"servedby\":\"mw1193\",\"error\":{\"code\":\"no-such-entity\",\"info\":\"Could not"
            + " find such an entity. (Invalid id: " + id + ")\",\"id\":" + str(id)
            + ",\"messages\":[],\"*\":\"See https://www.wikidata.org/w/api.php for API usage\"}}";
      }
      Item it = items.get(id);
      parts.add(str(id) + ":" + (it == null
          ? "{\"id\":" + str(id) + ",\"missing\":\"\"}" : entity(it)));
    }
    return "{\"entities\":{" + String.join(",", parts) + "},\"success\":1}";
  }

  private static String entity(Item it) {
    StringBuilder sb = new StringBuilder("{");
    sb.append("\"pageid\":").append(Integer.parseInt(it.id().substring(1)) % 100000000)
        .append(",\"ns\":0,\"title\":").append(str(it.id()))
        .append(",\"lastrevid\":2000000000,\"modified\":\"2024-06-01T00:00:00Z\",\"type\":\"item\"")
        .append(",\"id\":").append(str(it.id()))
        .append(",\"labels\":{\"en\":{\"language\":\"en\",\"value\":").append(str(it.label()))
        .append("}}");
    if (!it.description().isEmpty()) {
      sb.append(",\"descriptions\":{\"en\":{\"language\":\"en\",\"value\":")
          .append(str(it.description())).append("}}");
    } else {
      sb.append(",\"descriptions\":{}");
    }
    List<String> al = new ArrayList<>();
    for (String a : it.aliases()) {
      al.add("{\"language\":\"en\",\"value\":" + str(a) + "}");
    }
    sb.append(",\"aliases\":").append(al.isEmpty() ? "{}" : "{\"en\":[" + String.join(",", al) + "]}");
    List<String> claims = new ArrayList<>();
    int n = 0;
    for (var e : it.claims().entrySet()) {
      List<String> sts = new ArrayList<>();
      for (String v : e.getValue()) {
        sts.add("{\"mainsnak\":{\"snaktype\":\"value\",\"property\":" + str(e.getKey())
            + ",\"hash\":\"" + String.format("%040x", ++n) + "\",\"datavalue\":{\"value\":{"
            + "\"entity-type\":\"item\",\"numeric-id\":" + v.substring(1) + ",\"id\":" + str(v)
            + "},\"type\":\"wikibase-entityid\"},\"datatype\":\"wikibase-item\"},\"type\":"
            + "\"statement\",\"id\":\"" + it.id() + "$0000-" + n + "\",\"rank\":\"normal\"}");
      }
      claims.add(str(e.getKey()) + ":[" + String.join(",", sts) + "]");
    }
    if (it.coordinates()) {
      claims.add("\"P625\":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P625\","
          + "\"datavalue\":{\"value\":{\"latitude\":34.1,\"longitude\":-118.1,\"altitude\":null,"
          + "\"precision\":0.0001,\"globe\":\"http://www.wikidata.org/entity/Q2\"},"
          + "\"type\":\"globecoordinate\"},\"datatype\":\"globe-coordinate\"},\"type\":"
          + "\"statement\",\"rank\":\"normal\"}]");
    }
    sb.append(",\"claims\":{").append(String.join(",", claims)).append("}");
    sb.append(",\"sitelinks\":{}}");
    return sb.toString();
  }

  private static String str(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", body.startsWith("<")
        ? "text/html; charset=utf-8" : "application/json; charset=utf-8");
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(b);
    } catch (IOException e) {
      // the client gave up (timeout test): nothing to do
    }
  }

  private static Map<String, String> params(String raw) {
    Map<String, String> m = new LinkedHashMap<>();
    if (raw == null) {
      return m;
    }
    for (String kv : raw.split("&")) {
      int i = kv.indexOf('=');
      String k = URLDecoder.decode(i < 0 ? kv : kv.substring(0, i), StandardCharsets.UTF_8);
      String v = i < 0 ? "" : URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8);
      m.put(k, v);
    }
    return m;
  }

  /** The fake world used by the linker tests: real verified items plus synthetic people. */
  static FakeWikidata world() throws IOException {
    FakeWikidata w = new FakeWikidata();
    Map<String, List<String>> none = Map.of();
    w.addPlace("Q65", "Los Angeles", "largest city in California, United States",
            List.of("L.A.", "City of Angels"), Map.of("P31", List.of("Q1093829"), "P131", List.of("Q104994"), "P17", List.of("Q30")))
        .addPlace("Q104994", "Los Angeles County", "county in California, United States",
            List.of("LA County"), Map.of("P31", List.of("Q13212489"), "P131", List.of("Q99"), "P17", List.of("Q30")))
        .addPlace("Q485176", "Pasadena", "city in Los Angeles County, California, United States",
            List.of(), Map.of("P31", List.of("Q1093829"), "P131", List.of("Q104994"), "P17", List.of("Q30")))
        .addPlace("Q51695", "Pasadena", "city in Harris County, Texas, United States",
            List.of(), Map.of("P31", List.of("Q1093829"), "P131", List.of("Q1439"), "P17", List.of("Q30")))
        .add("Q900000060", "Pasadena", "Wikimedia disambiguation page", List.of(), none)
        .add("Q900000001", "Rachael Rollins", "American lawyer, district attorney of Suffolk County",
            List.of("Rachael S. Rollins"), Map.of("P31", List.of("Q5")))
        .add("Q900000002", "Brooke Rollins", "American attorney and government official from Texas",
            List.of(), Map.of("P31", List.of("Q5")))
        .add("Q900000003", "Rollins", "family name", List.of(), Map.of("P31", List.of("Q900000099")))
        .add("Q900000010", "George Gascón", "American lawyer and politician, Los Angeles County District Attorney",
            List.of("George Gascon"), Map.of("P31", List.of("Q5")))
        .add("Q900000011", "Gascón", "family name", List.of(), Map.of("P31", List.of("Q900000099")))
        .add("Q900000012", "Juan Gascón", "Spanish footballer", List.of(), Map.of("P31", List.of("Q5")))
        .add("Q900000013", "Gascón", "Spanish painter", List.of(), Map.of("P31", List.of("Q5")))
        .add("Q900000014", "Gascón", "Spanish cyclist", List.of(), Map.of("P31", List.of("Q5")))
        .add("Q900000015", "Paul Gascoigne", "English footballer", List.of("Gascoigne"), Map.of("P31", List.of("Q5")))
        .add("Q900000020", "Alex Villanueva", "American law enforcement officer, Sheriff of Los Angeles County",
            List.of(), Map.of("P31", List.of("Q5"), "P39", List.of("Q900000029")))
        .add("Q900000021", "Alex Villanueva", "Mexican footballer", List.of(), Map.of("P31", List.of("Q5")))
        .add("Q900000022", "Alex Villanueva", "Filipino musician", List.of(), Map.of("P31", List.of("Q5")))
        .add("Q900000029", "Sheriff of Los Angeles County", "public office",
            List.of(), Map.of("P31", List.of("Q4164871"), "P1001", List.of("Q104994")))
        .add("Q900000070", "Miriam Example", "American lawyer",
            List.of(), Map.of("P31", List.of("Q5"), "P39", List.of("Q900000071")))
        .add("Q900000071", "Executive director of an example nonprofit", "position",
            List.of(), Map.of("P31", List.of("Q4164871"), "P1001", List.of("Q771")))
        .add("Q900000072", "Miriam Example", "American lawyer",
            List.of(), Map.of("P31", List.of("Q5"), "P39", List.of("Q900000073")))
        .add("Q900000073", "Mayor of an example town", "position",
            List.of(), Map.of("P31", List.of("Q4164871"), "P1001", List.of("Q1439")))
        .add("Q900000030", "Jackie Lacey", "American lawyer, Los Angeles County District Attorney",
            List.of(), Map.of("P31", List.of("Q5")))
        .add("Q434101", "Tiff Lacey", "British singer", List.of("Lacey"), Map.of("P31", List.of("Q5")))
        .add("Q186068", "Fox News", "American news channel", List.of("Fox News Channel"), Map.of("P31", List.of("Q1193236")))
        .add("Q900000040", "Fox Corporation", "American mass media company", List.of("Fox"), Map.of("P31", List.of("Q43229")))
        .add("Q21637", "American Civil Liberties Union", "American civil rights organization",
            List.of("ACLU"), Map.of("P31", List.of("Q43229")))
        .add("Q900000050", "ACLU of Southern California", "affiliate of the ACLU",
            List.of(), Map.of("P31", List.of("Q43229")))
        .add("Q50008", "The Times", "British daily newspaper", List.of("Times"), Map.of("P31", List.of("Q1110794")))
        .add("Q9684", "The New York Times", "American daily newspaper", List.of("NYT"), Map.of("P31", List.of("Q1110794")))
        .add("Q188515", "Los Angeles Times", "American daily newspaper", List.of("LA Times"), Map.of("P31", List.of("Q1110794")));
    return w;
  }
}
