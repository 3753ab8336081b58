package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.TxnType;
import org.newsgraph.rdf.RdfWriter;
import org.newsgraph.store.QueryParameters;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: builds a corpus of N articles (copies of real ones under distinct names, in a
 * temporary folder), times each stage of the build and the TDB2 load, and the queries of
 * {@code queries/} on the resulting store.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Throughput benchmark of the build (not a test). Makes a corpus of N articles",
      "by copying real ones under distinct names into a temporary folder (never into",
      "the project), builds it, loads the graph into a fresh TDB2 store and runs",
      "every queries/*.rq on it. Prints articles/s, tokens/s, triples/s, peak heap,",
      "the time of each stage (read+clean, OpenNLP, names, facts, RDF, SHACL, TDB2",
      "load) and p50/p95 latency per query, and writes the same figures as JSON.",
      "Sources, in order: every --input folder; by default data/articles and, when",
      "present, SHARED/corpus/polnear-train, where SHARED is --shared (default",
      "../shared: relative to the working directory, i.e. beside the project).",
      "The sources are repeated when N is larger than them, each repeat with a last",
      "line \"Benchmark copy N.\" (the reader builds a repeated text only once)."
    },
    footer = {
      "",
      "Stage times are summed over the threads that ran them (wall-clock and CPU time);",
      "the totals are wall-clock times of the whole build and load.",
      "",
      "Examples:",
      "  newsgraph bench --articles 100",
      "  newsgraph bench --articles 1000 --json bench-1000.json",
      "  newsgraph bench --articles 50 --input my-articles --threads 1"
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-n", "--articles"}, paramLabel = "N", defaultValue = "100",
      description = "Articles in the corpus (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = {"-i", "--input"}, paramLabel = "DIR",
      description = "Folder of articles to copy from (repeatable; default: data/articles and SHARED/corpus/polnear-train).")
  List<Path> inputs;

  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
      description = "The shared folder whose corpus/polnear-train is used when present (default: ${DEFAULT-VALUE}, relative to the working directory).")
  Path shared;

  @Option(names = "--json", paramLabel = "FILE", defaultValue = "bench.json",
      description = "Where the JSON figures go (default: ${DEFAULT-VALUE}).")
  Path json;

  @Option(names = "--threads", paramLabel = "T",
      description = "Threads of the build (default: one per core).")
  Integer threads;

  @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
      description = "Folder of .rq queries to time; queries with SERVICE (remote) are skipped (default: ${DEFAULT-VALUE}).")
  Path queries;

  @Option(names = "--query-runs", paramLabel = "R", defaultValue = "20",
      description = "Timed rounds after the warm-up: each round runs every query once, in turn, so each query"
          + " is timed R times (default: ${DEFAULT-VALUE}).")
  int queryRuns;

  @Option(names = "--query-warmup", paramLabel = "W", defaultValue = "10",
      description = "Untimed rounds of every query before the timed ones, so that the JIT has compiled the query"
          + " engine as in a server that has been answering for a while (on 2 cores about ten rounds);"
          + " the first round's times are reported apart as cold (default: ${DEFAULT-VALUE}).")
  int queryWarmup;

  @Option(names = "--loader", paramLabel = "KIND", defaultValue = "bulk",
      description = "How the graph goes into TDB2: bulk (TDB2's sequential bulk loader) or sync (the transactions"
          + " serve uses, graph by graph) (default: ${DEFAULT-VALUE}).")
  String loader;

  @Option(names = "--keep", description = "Keep the temporary corpus and store (their folder is printed).")
  boolean keep;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (articles < 1) {
      throw new ParameterException(spec.commandLine(), "--articles must be at least 1");
    }
    if (queryRuns < 1 || queryWarmup < 0) {
      throw new ParameterException(spec.commandLine(),
          "--query-runs must be at least 1 and --query-warmup at least 0, not " + queryRuns + " and " + queryWarmup);
    }
    if (!loader.equals("bulk") && !loader.equals("sync")) {
      throw new ParameterException(spec.commandLine(), "--loader is bulk or sync, not " + loader);
    }
    List<Path> sources = new ArrayList<>();
    if (inputs != null) {
      sources.addAll(inputs);
    } else {
      sources.add(Path.of("data", "articles"));
      Path polnear = shared.resolve("corpus").resolve("polnear-train");
      if (Files.isDirectory(polnear)) {
        sources.add(polnear);
      }
    }
    List<Path> files = new ArrayList<>();
    for (Path dir : sources) {
      if (!Files.isDirectory(dir)) {
        throw new ParameterException(spec.commandLine(), "no folder of articles at " + dir);
      }
      files.addAll(articleFiles(dir));
    }
    if (files.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no articles in " + sources);
    }
    Path tmp = Files.createTempDirectory("newsgraph-bench");
    try {
      Path corpus = Files.createDirectory(tmp.resolve("articles"));
      for (int i = 0; i < articles; i++) {
        Path f = files.get(i % files.size());
        Path copy = corpus.resolve(String.format(Locale.ROOT, "b%05d-%s", i, f.getFileName()));
        if (i < files.size()) {
          Files.copy(f, copy);
        } else { // the reader builds a repeated text once: a last line makes each repeat distinct
          byte[] text = Files.readAllBytes(f);
          byte[] mark = String.format(Locale.ROOT, "%n%nBenchmark copy %d.%n", i).getBytes(StandardCharsets.UTF_8);
          byte[] both = Arrays.copyOf(text, text.length + mark.length);
          System.arraycopy(mark, 0, both, text.length, mark.length);
          Files.write(copy, both);
        }
      }
      err.printf("bench: %d articles from %d source files in %s%n", articles, files.size(), sources);
      err.flush();
      Map<String, Object> report = run(corpus, tmp.resolve("store"), err);
      report.put("sources", sources.stream().map(Path::toString).toList());
      print(report, out);
      Files.writeString(json, Json.write(report) + "\n", StandardCharsets.UTF_8);
      out.println("JSON: " + json);
      if (keep) {
        out.println("kept: " + tmp);
      }
    } finally {
      if (!keep) {
        deleteTree(tmp);
      }
    }
    out.flush();
    return Main.OK;
  }

  private Map<String, Object> run(Path corpus, Path storeDir, PrintWriter err) throws IOException {
    StageTimes times = new StageTimes();
    Pipeline p = Pipeline.standard().times(times).progress(line -> {
      err.println(line);
      err.flush();
    });
    if (threads != null) {
      p.threads(threads);
    }
    HeapSampler heap = new HeapSampler();
    double cpuBefore = processCpuSeconds();
    long t0 = System.nanoTime();
    List<String> problems = new ArrayList<>();
    int graphsBuilt;
    long quads;
    long stored;
    long tLoaded;
    try (TdbStore store = TdbStore.open(storeDir)) {
      // the graphs stream into the store as they come out of the build: bulk goes to TDB2's bulk
      // loader from the first triple, sync writes them in serve's batched transactions
      long bulkMin = loader.equals("bulk") ? 0 : TdbStore.NEVER_BULK;
      TdbStore.Sync sync = store.sync(TdbStore.BATCH_TRIPLES, bulkMin, TdbStore.Progress.NONE);
      RdfWriter writer = new RdfWriter();
      try {
        graphsBuilt = p.build(corpus, problems, (g, graph) -> {
          long s = times.start();
          sync.add(writer.graphName(g.article()).getURI(), graph);
          times.since(StageTimes.Stage.LOAD, s);
        });
        long s = times.start();
        quads = sync.finish(0).triplesWritten();
        times.since(StageTimes.Stage.LOAD, s);
      } catch (RuntimeException e) {
        sync.abort(e);
        throw e;
      }
      tLoaded = System.nanoTime();
      stored = store.quadCount(); // a check of the load, not part of it: after the clock stops
    }
    for (String problem : problems) {
      err.println("problem: " + problem);
    }
    double totalSeconds = (tLoaded - t0) / 1e9;
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("articles", articles);
    report.put("articlesBuilt", graphsBuilt);
    report.put("problems", problems.size());
    report.put("threads", threads != null ? threads : Runtime.getRuntime().availableProcessors());
    report.put("cores", Runtime.getRuntime().availableProcessors());
    report.put("loader", loader);
    report.put("tokens", times.tokens());
    report.put("quads", quads);
    report.put("storedQuads", stored);
    report.put("buildAndLoadSeconds", round(totalSeconds));
    report.put("articlesPerSecond", round(articles / totalSeconds));
    report.put("tokensPerSecond", round(times.tokens() / totalSeconds));
    report.put("triplesPerSecond", round(quads / totalSeconds));
    report.put("loadTriplesPerSecond", round(stored / (times.nanos(StageTimes.Stage.LOAD) / 1e9)));
    Map<String, Object> stages = new LinkedHashMap<>();
    Map<String, Object> stagesCpu = new LinkedHashMap<>();
    for (StageTimes.Stage s : StageTimes.Stage.values()) {
      stages.put(s.label(), round(times.nanos(s) / 1e9));
      stagesCpu.put(s.label(), round(times.cpuNanos(s) / 1e9));
    }
    report.put("stageSeconds", stages);
    report.put("stageCpuSeconds", stagesCpu);
    report.put("buildCpuSeconds", round(processCpuSeconds() - cpuBefore));
    report.put("peakHeapUsedMiB", round(heap.peak() / 1048576.0));
    report.put("peakHeapAfterGcMiB", round(heap.peakAfterGc() / 1048576.0));
    // the build's garbage is collected before the timed queries, not during them
    System.gc();
    report.put("queryRuns", queryRuns);
    report.put("queryWarmup", queryWarmup);
    report.put("queries", timeQueries(storeDir, err));
    heap.stop();
    report.put("peakHeapUsedWithQueriesMiB", round(heap.peak() / 1048576.0));
    report.put("peakHeapPoolsMiB", round(peakHeap() / 1048576.0));
    report.put("maxHeapMiB", round(Runtime.getRuntime().maxMemory() / 1048576.0));
    report.put("processCpuSeconds", round(processCpuSeconds()));
    report.put("processUptimeSeconds", round(ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0));
    return report;
  }

  private Map<String, Object> timeQueries(Path storeDir, PrintWriter err) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    if (!Files.isDirectory(queries)) {
      err.println("bench: no folder " + queries + ", no query times");
      return out;
    }
    List<Path> rq;
    try (Stream<Path> s = Files.list(queries)) {
      rq = s.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList();
    }
    try (TdbStore store = TdbStore.open(storeDir)) {
      // a query about one article (a ?article parameter) asks about the store's first article:
      // its default names a bundled article, which the bench's copies do not keep
      String article = store.articles().keySet().stream().findFirst().orElse(null);
      record Timed(String name, Query query, boolean aboutArticle) {}
      List<Timed> timed = new ArrayList<>();
      for (Path f : rq) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        if (text.contains("SERVICE")) {
          continue; // needs the network
        }
        boolean about = article != null && QueryParameters.declared(text).contains("article");
        Query q = about ? QueryParameters.fill(text, Map.of("article", List.of(article))) : QueryFactory.create(text);
        timed.add(new Timed(f.getFileName().toString(), q, about));
      }
      int n = timed.size();
      long[][] nanos = new long[n][queryRuns];
      long[] rows = new long[n];
      long[] cold = new long[n];
      // the queries in turn, round after round, as a server answering a mix of them: warm-up rounds
      // first (the first one's times reported apart as cold), then the timed rounds
      for (int round = -queryWarmup; round < queryRuns; round++) {
        for (int k = 0; k < n; k++) {
          long s = System.nanoTime();
          rows[k] = run(store, timed.get(k).query());
          long took = System.nanoTime() - s;
          if (round == -queryWarmup) {
            cold[k] = took;
          }
          if (round >= 0) {
            nanos[k][round] = took;
          }
        }
      }
      for (int k = 0; k < n; k++) {
        Arrays.sort(nanos[k]);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", rows[k]);
        m.put("coldMs", round(cold[k] / 1e6));
        m.put("p50ms", round(percentile(nanos[k], 50) / 1e6));
        m.put("p95ms", round(percentile(nanos[k], 95) / 1e6));
        if (timed.get(k).aboutArticle()) {
          m.put("article", article);
        }
        out.put(timed.get(k).name(), m);
      }
    }
    return out;
  }

  /** Runs a query to the end; the number of rows (SELECT), triples (CONSTRUCT/DESCRIBE) or 1 (ASK). */
  private static long run(TdbStore store, Query q) {
    var ds = store.dataset();
    ds.begin(TxnType.READ);
    try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
      if (q.isSelectType()) {
        ResultSet rs = qe.execSelect();
        long n = 0;
        while (rs.hasNext()) {
          rs.next();
          n++;
        }
        return n;
      }
      if (q.isAskType()) {
        qe.execAsk();
        return 1;
      }
      return q.isConstructType() ? qe.execConstruct().size() : qe.execDescribe().size();
    } finally {
      ds.end();
    }
  }

  static long percentile(long[] sorted, int pct) {
    int i = (int) Math.ceil(pct / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static void print(Map<String, Object> r, PrintWriter out) {
    out.printf("articles            %s (built %s, %s problems), %s threads on %s cores%n", r.get("articles"),
        r.get("articlesBuilt"), r.get("problems"), r.get("threads"), r.get("cores"));
    out.printf("build + TDB2 load   %s s (%s loader)%n", r.get("buildAndLoadSeconds"), r.get("loader"));
    out.printf("throughput          %s articles/s, %s tokens/s, %s triples/s (build + load)%n",
        r.get("articlesPerSecond"), r.get("tokensPerSecond"), r.get("triplesPerSecond"));
    out.printf("graph               %s quads (%s in the store), %s tokens%n", r.get("quads"), r.get("storedQuads"),
        r.get("tokens"));
    out.printf("TDB2 load           %s triples/s%n", r.get("loadTriplesPerSecond"));
    out.printf("peak heap           %s MiB used (sampled every 50 ms; sum of pool peaks %s MiB; max %s MiB)%n",
        r.get("peakHeapUsedMiB"), r.get("peakHeapPoolsMiB"), r.get("maxHeapMiB"));
    out.printf("heap after GC       %s MiB at most (in use right after a collection: held, not garbage)%n",
        r.get("peakHeapAfterGcMiB"));
    out.printf("build + load CPU    %s s (the whole process, all threads)%n", r.get("buildCpuSeconds"));
    out.printf("process             %s s CPU, %s s since JVM start%n", r.get("processCpuSeconds"),
        r.get("processUptimeSeconds"));
    out.println("stage seconds, summed over threads (wall / CPU):");
    @SuppressWarnings("unchecked")
    Map<String, Object> stages = (Map<String, Object>) r.get("stageSeconds");
    @SuppressWarnings("unchecked")
    Map<String, Object> cpu = (Map<String, Object>) r.get("stageCpuSeconds");
    stages.forEach((k, v) -> out.printf("  %-18s %10s %10s%n", k, v, cpu.get(k)));
    out.printf("queries (p50 / p95 ms of %s rounds after %s warm-up rounds, rows, first run ms):%n", r.get("queryRuns"),
        r.get("queryWarmup"));
    @SuppressWarnings("unchecked")
    Map<String, Object> qs = (Map<String, Object>) r.get("queries");
    qs.forEach((k, v) -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> m = (Map<String, Object>) v;
      out.printf("  %-26s %8s %8s %8s %8s%s%n", k, m.get("p50ms"), m.get("p95ms"), m.get("rows"), m.get("coldMs"),
          m.containsKey("article") ? "  (?article " + m.get("article") + ")" : "");
    });
  }

  /**
   * The largest heap in use seen by a thread that looks every 50 ms (garbage not yet collected
   * included: the collector lets it grow towards the maximum), and the largest heap in use just
   * after a collection (what the build holds, plus old garbage a young collection leaves).
   */
  static final class HeapSampler {
    private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong peakAfterGc = new java.util.concurrent.atomic.AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;
    private final List<Runnable> unlisten = new ArrayList<>();

    HeapSampler() {
      java.util.Set<String> heapPools = new java.util.HashSet<>();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          heapPools.add(pool.getName());
        }
      }
      for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof javax.management.NotificationEmitter emitter) {
          javax.management.NotificationListener listener = (n, handback) -> {
            if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
              return;
            }
            var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                (javax.management.openmbean.CompositeData) n.getUserData());
            long used = 0;
            for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
              if (heapPools.contains(e.getKey())) {
                used += e.getValue().getUsed();
              }
            }
            peakAfterGc.accumulateAndGet(used, Math::max);
          };
          emitter.addNotificationListener(listener, null, null);
          unlisten.add(() -> {
            try {
              emitter.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException e) {
              // already gone
            }
          });
        }
      }
      var memory = ManagementFactory.getMemoryMXBean();
      thread = new Thread(() -> {
        while (running) {
          peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    void stop() {
      running = false;
      thread.interrupt();
      unlisten.forEach(Runnable::run);
    }

    long peak() {
      return peak.get();
    }

    /** The most heap in use right after a collection; 0 when none ran. */
    long peakAfterGc() {
      return peakAfterGc.get();
    }
  }

  /** The sum of the peak use of each heap memory pool since the JVM started (an upper bound). */
  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static double processCpuSeconds() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime() / 1e9;
    }
    return Double.NaN;
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  static List<Path> articleFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).filter(f -> {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && !n.startsWith("readme") && !n.equals("articles.tsv") && !n.startsWith("notice")
            && !n.startsWith("license") && !n.endsWith("~");
      }).sorted().toList();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Just enough JSON for the report: maps, lists, strings and numbers. */
  static final class Json {
    private Json() {}

    static String write(Object o) {
      StringBuilder sb = new StringBuilder();
      write(o, sb, "");
      return sb.toString();
    }

    private static void write(Object o, StringBuilder sb, String indent) {
      if (o instanceof Map<?, ?> m) {
        sb.append("{");
        String inner = indent + "  ";
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          sb.append(first ? "\n" : ",\n").append(inner);
          string(String.valueOf(e.getKey()), sb);
          sb.append(": ");
          write(e.getValue(), sb, inner);
          first = false;
        }
        sb.append(first ? "}" : "\n" + indent + "}");
      } else if (o instanceof List<?> l) {
        sb.append("[");
        for (int i = 0; i < l.size(); i++) {
          sb.append(i == 0 ? "" : ", ");
          write(l.get(i), sb, indent);
        }
        sb.append("]");
      } else if (o instanceof Double d) {
        sb.append(d.isNaN() || d.isInfinite() ? "null" : d.toString());
      } else if (o instanceof Number || o instanceof Boolean) {
        sb.append(o);
      } else {
        string(String.valueOf(o), sb);
      }
    }

    private static void string(String s, StringBuilder sb) {
      sb.append('"');
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          case '\t' -> sb.append("\\t");
          default -> {
            if (c < 0x20) {
              sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
              sb.append(c);
            }
          }
        }
      }
      sb.append('"');
    }
  }
}
