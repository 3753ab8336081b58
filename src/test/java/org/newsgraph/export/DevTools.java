package org.newsgraph.export;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.store.ChildProcess;

/**
 * Headless Chromium driven over the Chrome DevTools Protocol (a WebSocket): evaluate JavaScript in
 * the page and press the mouse like a user, for the tests that click.
 */
public final class DevTools implements AutoCloseable {
  private final ChildProcess chromium;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();

  private DevTools(ChildProcess chromium, Path profile, WebSocket socket) {
    this.chromium = chromium;
    this.profile = profile;
    this.socket = socket;
  }

  /** Starts Chromium on {@code url} and connects to its page. */
  public static DevTools open(Path chromiumBin, Path profile, String url) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ChildProcess chromium = ChildProcess.start(List.of(chromiumBin.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--window-size=1400,900",
        "--remote-debugging-port=" + port, url), profile, Map.of());
    try {
      HttpClient http = HttpClient.newHttpClient();
      String ws = null;
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120); // a guard against a hung browser
      while (ws == null) {
        if (System.nanoTime() > end || !chromium.isAlive()) {
          throw new AssertionError("Chromium's DevTools did not answer on port " + port + ": " + chromium.stderr());
        }
        try {
          HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
              .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
          for (JsonValue v : JSON.parseAny(r.body()).getAsArray()) {
            JsonObject t = v.getAsObject();
            if (t.get("type").getAsString().value().equals("page")) {
              ws = t.get("webSocketDebuggerUrl").getAsString().value();
            }
          }
        } catch (java.io.IOException e) {
          // not listening yet
        }
        if (ws == null) {
          Thread.sleep(100);
        }
      }
      DevTools[] self = new DevTools[1];
      StringBuilder partial = new StringBuilder();
      WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), new WebSocket.Listener() {
        @Override
        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
          partial.append(data);
          if (last) {
            JsonObject msg = JSON.parse(partial.toString());
            partial.setLength(0);
            if (msg.hasKey("id")) {
              CompletableFuture<JsonObject> f = self[0].pending.remove(msg.get("id").getAsNumber().value().intValue());
              if (f != null) {
                f.complete(msg);
              }
            }
          }
          w.request(1);
          return null;
        }
      }).get(30, TimeUnit.SECONDS);
      self[0] = new DevTools(chromium, profile, socket);
      return self[0];
    } catch (Exception | AssertionError e) {
      chromium.close();
      throw e;
    }
  }

  /** Sends one command and waits for its answer (guard: 60 s). */
  public JsonObject send(String method, JsonObject params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonObject> f = new CompletableFuture<>();
    pending.put(id, f);
    JsonObject msg = new JsonObject();
    msg.put("id", id);
    msg.put("method", method);
    msg.put("params", params);
    socket.sendText(msg.toString(), true).get(30, TimeUnit.SECONDS);
    JsonObject answer = f.get(60, TimeUnit.SECONDS);
    if (answer.hasKey("error")) {
      throw new AssertionError(method + " failed: " + answer);
    }
    return answer.get("result").getAsObject();
  }

  /** The value of a JavaScript expression in the page, as a string (null for undefined or null). */
  public String evaluate(String expression) throws Exception {
    JsonObject p = new JsonObject();
    p.put("expression", expression);
    p.put("returnByValue", true);
    JsonObject r = send("Runtime.evaluate", p).get("result").getAsObject();
    if (!r.hasKey("value") || r.get("value").isNull()) {
      return null;
    }
    JsonValue v = r.get("value");
    return v.isString() ? v.getAsString().value() : v.toString();
  }

  /** Waits until the expression is true (guard: 120 s of polling). */
  public void await(String condition) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!"true".equals(evaluate("String(" + condition + ")"))) {
      if (System.nanoTime() > end) {
        throw new AssertionError("the page never reached " + condition);
      }
      Thread.sleep(100);
    }
  }

  /** A left click at page coordinates, as the mouse gives it: pressed, then released. */
  public void click(double x, double y) throws Exception {
    for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
      JsonObject p = new JsonObject();
      p.put("type", type);
      p.put("x", org.apache.jena.atlas.json.JsonNumber.value(x));
      p.put("y", org.apache.jena.atlas.json.JsonNumber.value(y));
      if (!type.equals("mouseMoved")) {
        p.put("button", "left");
        p.put("clickCount", 1);
      }
      send("Input.dispatchMouseEvent", p);
    }
  }

  @Override
  public void close() {
    try {
      socket.abort();
    } finally {
      chromium.close();
      // the killed browser leaves its Singleton* links (to its socket outside the profile), which
      // JUnit would warn about when it deletes the temporary folder
      try (java.util.stream.Stream<Path> links = java.nio.file.Files.list(profile)) {
        for (Path link : links.filter(p -> p.getFileName().toString().startsWith("Singleton")).toList()) {
          java.nio.file.Files.deleteIfExists(link);
        }
      } catch (java.io.IOException e) {
        // JUnit removes what is left
      }
    }
  }
}
