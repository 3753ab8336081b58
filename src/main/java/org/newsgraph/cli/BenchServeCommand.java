package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.pipeline.PipelineArticleSource;
import org.newsgraph.pipeline.StorePreparation;
import org.newsgraph.store.ArticleSource;
import org.newsgraph.store.NewsgraphServer;
import org.newsgraph.store.ServeBenchmark;
import org.newsgraph.store.StoreLockedException;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench-serve}: N concurrent clients run every query of {@code queries/} against {@code
 * serve} for a fixed time; prints queries/s, latency percentiles and errors. Loopback only.
 */
@Command(
    name = "bench-serve",
    mixinStandardHelpOptions = true,
    description = {
      "Load benchmark of the SPARQL endpoint (not a test): N concurrent clients",
      "run every queries/*.rq for a fixed time against serve, started here on a",
      "free loopback port over --store, or a running one (--endpoint).",
      "Prints queries/s, p50/p95 latency and errors."
    })
public final class BenchServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--endpoint",
      description =
          "Query URL of a running server on this machine, e.g."
              + " http://127.0.0.1:3030/newsgraph/query (default: start one here).")
  String endpoint;

  @Option(
      names = "--store",
      defaultValue = "newsgraph-store",
      description = "Store to serve when no --endpoint is given (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(
      names = "--input",
      description = "Articles to build the store from (default: data/articles).")
  Path input;

  @Option(names = "--data", description = "A built graph to store instead of --input.")
  Path data;

  @Option(
      names = "--queries",
      defaultValue = "queries",
      description = "Directory of .rq files (default: ${DEFAULT-VALUE}).")
  Path queries;

  @Option(
      names = "--clients",
      defaultValue = "4",
      description =
          "Concurrent clients, 1-" + ServeBenchmark.MAX_CLIENTS + " (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(
      names = "--duration",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description = "Measured time, at most 5m (default: ${DEFAULT-VALUE}).")
  Duration duration;

  @Option(
      names = "--warmup",
      defaultValue = "3s",
      converter = DurationConverter.class,
      description = "Unmeasured run before it (default: ${DEFAULT-VALUE}).")
  Duration warmup;

  private final ArticleSource source;

  public BenchServeCommand() {
    this(new PipelineArticleSource());
  }

  BenchServeCommand(ArticleSource source) {
    this.source = source;
  }

  @Override
  public Integer call() throws Exception {
    // keep the request log of an embedded server quiet (it would measure the console); before
    // anything initialises Jena, which creates Fuseki's loggers
    System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Fuseki", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Request", "warn");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (clients < 1 || clients > ServeBenchmark.MAX_CLIENTS) {
      err.println("--clients must be 1-" + ServeBenchmark.MAX_CLIENTS);
      return Main.USAGE;
    }
    if (duration.isZero()
        || duration.compareTo(ServeBenchmark.MAX_DURATION) > 0
        || warmup.compareTo(ServeBenchmark.MAX_DURATION) > 0) {
      err.println("--duration must be positive and, like --warmup, at most 5m");
      return Main.USAGE;
    }
    List<ServeBenchmark.NamedQuery> qs;
    try {
      qs = readQueries(queries);
    } catch (IOException e) {
      err.println("Cannot read the queries in " + queries + ": " + e.getMessage());
      return Main.USAGE;
    }
    List<ServeBenchmark.NamedQuery> local = new ArrayList<>();
    for (ServeBenchmark.NamedQuery q : qs) {
      if (ServeBenchmark.callsRemoteService(q.sparql())) {
        out.println(
            "skipped " + q.name() + ": it calls a remote SERVICE (the benchmark stays on this machine)");
      } else {
        local.add(q);
      }
    }
    qs = local;
    if (qs.isEmpty()) {
      err.println("No .rq files to run in " + queries);
      return Main.USAGE;
    }
    if (endpoint != null) {
      return bench(endpoint, qs, "a running server", out, err);
    }
    try (TdbStore tdb = TdbStore.open(store)) {
      int prepared = StorePreparation.prepare(tdb, input, data, source, out, err);
      if (prepared == Main.USAGE) {
        return prepared;
      }
      try (NewsgraphServer server =
          NewsgraphServer.start(
              tdb.datasetGraph(),
              new NewsgraphServer.Options("127.0.0.1", 0, Duration.ofSeconds(10), null))) {
        String what =
            tdb.graphCount() + " graph(s), " + tdb.quadCount() + " triples in " + tdb.directory();
        return bench(server.queryUrl(), qs, what, out, err);
      }
    } catch (StoreLockedException e) {
      err.println(e.getMessage());
      return Main.INPUT_FAILED;
    }
  }

  private int bench(
      String url, List<ServeBenchmark.NamedQuery> qs, String what, PrintWriter out, PrintWriter err)
      throws IOException, InterruptedException {
    ServeBenchmark bench;
    try {
      bench = new ServeBenchmark(url, qs);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return Main.USAGE;
    }
    List<String> failures = bench.warmUp();
    failures.forEach(f -> err.println("warm-up: " + f));
    if (!warmup.isZero()) {
      bench.run(clients, warmup);
    }
    out.printf(
        "bench-serve: %d client(s) for %s against %s (%s); %d queries from %s%n",
        clients, DurationConverter.format(duration), url, what, qs.size(), queries);
    out.flush();
    ServeBenchmark.Result r = bench.run(clients, duration);
    out.printf(
        "queries: %d ok, %d errors, %.1f queries/s%n", r.ok(), r.errors(), r.queriesPerSecond());
    out.printf(
        "latency ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f%n",
        r.all().p50(), r.all().p95(), r.all().p99(), r.all().max());
    out.println("per query (count, p50 ms, p95 ms, p99 ms):");
    for (Map.Entry<String, ServeBenchmark.Latency> e : r.perQuery().entrySet()) {
      ServeBenchmark.Latency l = e.getValue();
      out.printf(
          "  %-40s %7d %8.2f %8.2f %8.2f%n", e.getKey(), l.count(), l.p50(), l.p95(), l.p99());
    }
    r.errorSamples().forEach(s -> err.println("error: " + s));
    out.flush();
    return r.errors() == 0 && failures.isEmpty() ? Main.OK : Main.INPUT_FAILED;
  }

  static List<ServeBenchmark.NamedQuery> readQueries(Path dir) throws IOException {
    List<ServeBenchmark.NamedQuery> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
        out.add(
            new ServeBenchmark.NamedQuery(
                p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    return out;
  }
}
