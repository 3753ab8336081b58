package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
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
import org.newsgraph.bench.HeapSampler;
import org.newsgraph.bench.Json;
import org.newsgraph.bench.QueryTimes;
import org.newsgraph.corpus.ArticleReader;
import org.newsgraph.pipeline.BenchRun;
import org.newsgraph.pipeline.BuildRequest;
import org.newsgraph.pipeline.Engine;
import org.newsgraph.pipeline.StageTimes;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
      "  newsgraph bench --articles 50 --input my-articles --threads 1",
      "  newsgraph bench --articles 1000 --engine spark --master local[2]"
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

  @Mixin EngineOptions engine;

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
    Engine runner = engine.pick(spec.commandLine());
    if (!runner.name().equals("local") && threads != null
        || runner.name().equals("local") && (engine.master != null || engine.partitions != null)) {
      throw new ParameterException(spec.commandLine(), "--threads is for --engine local, --master and --partitions for"
          + " --engine spark");
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
      Map<String, Object> report = run(runner, corpus, tmp.resolve("store"), err);
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

  private Map<String, Object> run(Engine runner, Path corpus, Path storeDir, PrintWriter err) throws IOException {
    StageTimes times = new StageTimes();
    HeapSampler heap = new HeapSampler();
    double cpuBefore = processCpuSeconds();
    long t0 = System.nanoTime();
    BuildRequest request = new BuildRequest(corpus, storeDir.resolveSibling("shards"), ArticleReader.DEFAULT_MAX_BYTES,
        false, org.newsgraph.nlp.Budget.DEFAULT, threads, null, null, false, engine.master, engine.partitions, storeDir,
        null, null, new PrintWriter(Writer.nullWriter()), err);
    BenchRun built = runner.bench(request, loader.equals("bulk"), times);
    long tLoaded = System.nanoTime();
    long stored;
    try (TdbStore store = TdbStore.open(storeDir)) {
      stored = store.quadCount(); // a check of the load, not part of it: after the clock stops
    }
    for (String problem : built.problems()) {
      err.println("problem: " + problem);
    }
    double totalSeconds = (tLoaded - t0) / 1e9;
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("engine", runner.name());
    report.put("articles", articles);
    report.put("articlesBuilt", built.articles());
    report.put("problems", built.problems().size());
    report.put("threads", threads != null ? threads : Runtime.getRuntime().availableProcessors());
    report.put("cores", Runtime.getRuntime().availableProcessors());
    report.put("loader", loader);
    report.put("tokens", times.tokens());
    report.put("quads", built.quads());
    report.put("storedQuads", stored);
    report.put("buildAndLoadSeconds", round(totalSeconds));
    report.put("articlesPerSecond", round(articles / totalSeconds));
    report.put("tokensPerSecond", round(times.tokens() / totalSeconds));
    report.put("triplesPerSecond", round(built.quads() / totalSeconds));
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
    report.put("jvmOptions", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    report.put("peakHeapUsedMiB", round(heap.peak() / 1048576.0));
    report.put("peakHeapAfterGcMiB", round(heap.peakAfterGc() / 1048576.0));
    report.putAll(built.extra());
    // the build's garbage is collected before the timed queries, not during them
    System.gc();
    report.put("queryRuns", queryRuns);
    report.put("queryWarmup", queryWarmup);
    report.put("queries", QueryTimes.time(queries, queryRuns, queryWarmup, storeDir, err));
    heap.stop();
    report.put("peakHeapUsedWithQueriesMiB", round(heap.peak() / 1048576.0));
    report.put("peakHeapPoolsMiB", round(HeapSampler.peakHeap() / 1048576.0));
    report.put("maxHeapMiB", round(Runtime.getRuntime().maxMemory() / 1048576.0));
    report.put("processCpuSeconds", round(processCpuSeconds()));
    report.put("processUptimeSeconds", round(ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0));
    return report;
  }

  private static void print(Map<String, Object> r, PrintWriter out) {
    out.printf("articles            %s (built %s, %s problems), %s engine, %s threads on %s cores%n", r.get("articles"),
        r.get("articlesBuilt"), r.get("problems"), r.get("engine"), r.get("threads"), r.get("cores"));
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
    out.printf("JVM options         %s%n", r.get("jvmOptions"));
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
}
