package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A load test of a SPARQL query endpoint on this machine: N clients, each sending the queries one
 * after the other (each client starting at a different one) for a fixed time, reading every answer
 * in full. Loopback only, bounded in clients and time. Not a test: it measures.
 */
public final class ServeBenchmark {
  public static final int MAX_CLIENTS = 64;
  public static final Duration MAX_DURATION = Duration.ofMinutes(5);

  /** One query to send, named after its file. */
  public record NamedQuery(String name, String sparql) {}

  /** Latency figures in milliseconds. */
  public record Latency(long count, double p50, double p95, double p99, double max) {
    static Latency of(long[] nanos, int n) {
      if (n == 0) {
        return new Latency(0, 0, 0, 0, 0);
      }
      long[] s = Arrays.copyOf(nanos, n);
      Arrays.sort(s);
      return new Latency(n, ms(pct(s, 50)), ms(pct(s, 95)), ms(pct(s, 99)), ms(s[n - 1]));
    }

    private static long pct(long[] sorted, int p) {
      int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
      return nanos / 1e6;
    }
  }

  /** The figures of one run. */
  public record Result(
      int clients,
      Duration duration,
      long ok,
      long errors,
      double queriesPerSecond,
      Latency all,
      Map<String, Latency> perQuery,
      List<String> errorSamples) {}

  private final URI endpoint;
  private final List<NamedQuery> queries;
  private final HttpClient http;

  public ServeBenchmark(String queryEndpoint, List<NamedQuery> queries) throws IOException {
    this.endpoint = URI.create(queryEndpoint);
    if (endpoint.getHost() == null
        || !InetAddress.getByName(endpoint.getHost()).isLoopbackAddress()) {
      throw new IllegalArgumentException(
          "The benchmark only runs against this machine (a loopback address), not "
              + queryEndpoint);
    }
    if (queries.isEmpty()) {
      throw new IllegalArgumentException("No queries to run");
    }
    for (NamedQuery q : queries) {
      if (callsRemoteService(q.sparql())) {
        throw new IllegalArgumentException(
            q.name() + " calls a remote SERVICE: the benchmark stays on this machine");
      }
    }
    this.queries = List.copyOf(queries);
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /**
   * Whether the query asks the server to call another SPARQL service ({@code SERVICE}): such a
   * query leaves this machine, so the benchmark does not send it. A query that does not parse is
   * not remote (the server will report it).
   */
  public static boolean callsRemoteService(String sparql) {
    org.apache.jena.sparql.algebra.Op op;
    try {
      op =
          org.apache.jena.sparql.algebra.Algebra.compile(
              org.apache.jena.query.QueryFactory.create(sparql));
    } catch (org.apache.jena.query.QueryException e) {
      return false;
    }
    boolean[] found = {false};
    org.apache.jena.sparql.algebra.OpWalker.walk(
        op,
        new org.apache.jena.sparql.algebra.OpVisitorBase() {
          @Override
          public void visit(org.apache.jena.sparql.algebra.op.OpService service) {
            found[0] = true;
          }
        });
    return found[0];
  }

  /** Sends each query once and returns the failures (query name: reason); nothing is timed. */
  public List<String> warmUp() {
    List<String> failures = new ArrayList<>();
    for (NamedQuery q : queries) {
      String err = send(q);
      if (err != null) {
        failures.add(q.name() + ": " + err);
      }
    }
    return failures;
  }

  public Result run(int clients, Duration duration) throws InterruptedException {
    if (clients < 1 || clients > MAX_CLIENTS) {
      throw new IllegalArgumentException("Clients must be 1-" + MAX_CLIENTS + ": " + clients);
    }
    if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
      throw new IllegalArgumentException(
          "Duration must be positive and at most 5 min: " + duration);
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    List<Future<Client>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int first = c;
      futures.add(pool.submit(() -> new Client(first).runUntil(end)));
    }
    List<Client> done = new ArrayList<>();
    try {
      for (Future<Client> f : futures) {
        done.add(f.get());
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("A benchmark client failed", e.getCause());
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long ok = 0;
    long errors = 0;
    List<String> samples = new ArrayList<>();
    Map<String, long[]> perQueryNanos = new LinkedHashMap<>();
    Map<String, Integer> perQueryN = new LinkedHashMap<>();
    long[] allNanos = new long[0];
    int allN = 0;
    for (Client c : done) {
      errors += c.errors;
      for (String s : c.errorSamples) {
        if (samples.size() < 5) {
          samples.add(s);
        }
      }
      ok += c.n;
      allNanos = append(allNanos, allN, c.nanos, c.n);
      allN += c.n;
      for (int i = 0; i < c.n; i++) {
        String name = queries.get(c.which[i]).name();
        long[] arr = perQueryNanos.getOrDefault(name, new long[16]);
        int k = perQueryN.getOrDefault(name, 0);
        if (k == arr.length) {
          arr = Arrays.copyOf(arr, arr.length * 2);
        }
        arr[k] = c.nanos[i];
        perQueryNanos.put(name, arr);
        perQueryN.put(name, k + 1);
      }
    }
    Map<String, Latency> perQuery = new LinkedHashMap<>();
    for (NamedQuery q : queries) {
      long[] arr = perQueryNanos.get(q.name());
      perQuery.put(
          q.name(),
          arr == null ? Latency.of(new long[0], 0) : Latency.of(arr, perQueryN.get(q.name())));
    }
    return new Result(
        clients,
        duration,
        ok,
        errors,
        ok / seconds,
        Latency.of(allNanos, allN),
        Collections.unmodifiableMap(perQuery),
        samples);
  }

  private static long[] append(long[] a, int n, long[] b, int m) {
    long[] out = Arrays.copyOf(a, n + m);
    System.arraycopy(b, 0, out, n, m);
    return out;
  }

  /** Sends one query and reads the whole answer; returns null when it succeeded, else why not. */
  private String send(NamedQuery q) {
    HttpRequest req =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/sparql-results+json, text/turtle;q=0.9")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "query=" + URLEncoder.encode(q.sparql(), StandardCharsets.UTF_8)))
            .build();
    try {
      HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = resp.body()) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return resp.statusCode() == 200 ? null : "HTTP " + resp.statusCode();
    } catch (IOException e) {
      return e.toString();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private final class Client {
    private final int first;
    long[] nanos = new long[1024];
    int[] which = new int[1024];
    int n;
    long errors;
    final List<String> errorSamples = new ArrayList<>();

    Client(int first) {
      this.first = first;
    }

    Client runUntil(long endNanos) {
      int i = first % queries.size();
      while (System.nanoTime() < endNanos && !Thread.currentThread().isInterrupted()) {
        NamedQuery q = queries.get(i);
        long t0 = System.nanoTime();
        String err = send(q);
        long t = System.nanoTime() - t0;
        if (err == null) {
          if (n == nanos.length) {
            nanos = Arrays.copyOf(nanos, n * 2);
            which = Arrays.copyOf(which, n * 2);
          }
          nanos[n] = t;
          which[n] = i;
          n++;
        } else {
          errors++;
          if (errorSamples.size() < 5) {
            errorSamples.add(q.name() + ": " + err);
          }
        }
        i = (i + 1) % queries.size();
      }
      return this;
    }
  }
}
