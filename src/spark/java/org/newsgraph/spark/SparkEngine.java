package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newsgraph.corpus.AtomicWrite;
import org.newsgraph.corpus.CorpusException;
import org.newsgraph.pipeline.BenchRun;
import org.newsgraph.pipeline.BuildChecks;
import org.newsgraph.pipeline.BuildRequest;
import org.newsgraph.pipeline.Engine;
import org.newsgraph.pipeline.ExitCodes;
import org.newsgraph.pipeline.StageTimes;
import org.newsgraph.rdf.GraphFiles;
import org.newsgraph.store.Credentials;
import org.newsgraph.store.GraphPusher;
import org.newsgraph.store.TdbStore;

/**
 * {@code build --engine spark}: the {@link SparkBuild} on {@code --master} ({@code local[N]}, or a
 * cluster's {@code spark://HOST:PORT}), written as sorted N-Quads shards into the {@code --output}
 * folder, or put end to end into an {@code --output FILE.nq}; with {@code --store}, the shards
 * loaded into a new TDB2 store by TDB2's bulk loader; with {@code --endpoint}, each article graph
 * sent to a Fuseki dataset by the executors (as many at once as there are executor cores).
 */
public final class SparkEngine implements Engine {
  @Override
  public String name() {
    return "spark";
  }

  @Override
  public String refuse(BuildRequest r) {
    if (r.threads() != null || r.spillAbove() != null) {
      return "--threads and --spill-above are for --engine local; Spark's parallelism is --master local[N] and"
          + " --partitions";
    }
    if (r.linker() != null) {
      return "--link-online is for --engine local: Spark's executors link with the offline gazetteer";
    }
    if (!isFolder(r.output()) && !GraphFiles.extension(r.output()).equals("nq")) {
      return "--engine spark writes N-Quads: --output DIR (sorted shards part-NNNNN.nq) or --output FILE.nq, not "
          + r.output();
    }
    if (r.partitions() != null && r.partitions() < 1) {
      return "--partitions must be at least 1";
    }
    if (r.credentials() != null && r.endpoint() == null) {
      return "--user and --password-file go with --endpoint";
    }
    if (r.store() != null && Files.isDirectory(r.store()) && !isEmptyFolder(r.store())) {
      return "--store " + r.store() + " is not empty: the Spark build loads a new store with TDB2's bulk loader"
          + " (to update a store graph by graph: load --store DIR --data FILE.nq)";
    }
    return null;
  }

  /** An output with no extension, or an existing folder, is a folder of shards. */
  private static boolean isFolder(Path output) {
    return Files.isDirectory(output) || GraphFiles.extension(output).isEmpty();
  }

  private static boolean isEmptyFolder(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public int build(BuildRequest r) throws IOException {
    PrintWriter err = r.err();
    try (SparkContexts.Handle h = SparkContexts.open(r.master())) {
      int partitions = r.partitions() != null ? r.partitions() : 4 * h.context().defaultParallelism();
      r.progress("spark: " + h.context().master() + ", " + partitions + " partitions");
      SparkBuild.Built b;
      try {
        b = new SparkBuild(h.context(), r.stages(), r.maxFileSize(), r.followLinks(), partitions, r::progress)
            .run(r.input());
      } catch (CorpusException e) {
        err.println("problem: " + e.getMessage());
        err.flush();
        return ExitCodes.INPUT_FAILED;
      }
      for (String problem : b.problems()) {
        err.println("problem: " + problem);
      }
      err.flush();
      if (b.articles() == 0) {
        // no shard, no store, nothing sent: as the local engine, no output at all
        b.release();
        return BuildChecks.nothingBuilt(r, b.problems());
      }
      boolean folder = isFolder(r.output());
      // an .nq file: its shards go to a new folder beside it, named so that no one can plant a link there
      Path shards = folder ? r.output() : AtomicWrite.newFolderBeside(r.output());
      r.progress("writing " + (folder ? shards : r.output()) + " (sorting " + b.quads() + " quads)");
      long lines;
      try {
        lines = Shards.write(b.lines(), shards, partitions);
        if (!folder) {
          Shards.concatenate(shards, r.output());
        }
      } finally {
        if (!folder) {
          deleteTree(shards);
        }
      }
      if (r.endpoint() != null) {
        try {
          push(b, r);
        } catch (Exception e) { // a failed task comes as Spark's SparkException, a checked exception Java does not see
          Throwable cause = e;
          while (cause.getCause() != null) {
            cause = cause.getCause();
          }
          err.println("sending to " + r.endpoint() + " failed: " + cause.getMessage()
              + " (the graph is written to " + r.output() + "; load --endpoint URL --data FILE.nq sends a built file)");
          err.flush();
          return ExitCodes.INPUT_FAILED;
        }
      }
      b.release();
      if (r.store() != null) {
        load(folder ? Shards.of(shards) : List.of(r.output()), r);
      }
      r.out().printf("wrote %s: %d articles, %d quads (%d lines)%s%n", r.output(), b.articles(), b.quads(), lines,
          b.problems().isEmpty() ? "" : ", " + b.problems().size() + " problems (see above)");
      r.out().flush();
      return b.problems().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }
  }

  @Override
  public BenchRun bench(BuildRequest r, boolean bulk, StageTimes times) throws IOException {
    // each executor's heap polled between its heartbeats, for the peak per JVM
    System.setProperty("spark.executor.metrics.pollingInterval",
        System.getProperty("spark.executor.metrics.pollingInterval", "500ms"));
    try (SparkContexts.Handle h = SparkContexts.open(r.master())) {
      int partitions = r.partitions() != null ? r.partitions() : 4 * h.context().defaultParallelism();
      BenchListener listener = new BenchListener();
      h.context().sc().addSparkListener(listener);
      try {
        long t0 = System.nanoTime();
        SparkBuild.Built b;
        try {
          b = new SparkBuild(h.context(), r.stages(), r.maxFileSize(), r.followLinks(), partitions, r::progress)
              .run(r.input());
        } catch (CorpusException e) {
          throw new IllegalArgumentException(e.getMessage(), e);
        }
        times.add(b.times().toArray());
        long t1 = System.nanoTime();
        Shards.write(b.lines(), r.output(), partitions);
        b.release();
        long t2 = System.nanoTime();
        long s = times.start();
        load(Shards.of(r.output()), r);
        times.since(StageTimes.Stage.LOAD, s);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("sparkMaster", h.context().master());
        extra.put("sparkPartitions", partitions);
        extra.put("sparkBuildSeconds", Math.round((t1 - t0) / 1e6) / 1e3);
        extra.put("sparkResolveSeconds", Math.round(b.resolveSeconds() * 1e3) / 1e3);
        extra.put("sparkResolveBlocks", b.resolution().blocks());
        extra.put("sparkResolveLargestBlockNames", b.resolution().largestBlock());
        extra.put("sparkResolveRounds", b.resolution().rounds());
        extra.put("sparkSortAndWriteSeconds", Math.round((t2 - t1) / 1e6) / 1e3);
        extra.putAll(listener.figures());
        return new BenchRun((int) b.articles(), b.quads(), b.problems(), extra);
      } finally {
        h.context().sc().removeSparkListener(listener);
      }
    }
  }

  /**
   * The shards into a new store, through TDB2's sequential bulk loader (one transaction), read as
   * one N-Quads document: the lines are sorted across the shards, so a reifier ({@code _:r…}) and
   * its evidence ({@code _:e…}) may sit in different shards, and a blank node label means one node
   * only within one document.
   */
  private static void load(List<Path> files, BuildRequest r) throws IOException {
    r.progress("loading " + files.size() + " N-Quads file(s) into " + r.store() + " (TDB2 bulk loader)");
    try (TdbStore store = TdbStore.open(r.store()); InputStream in = Shards.endToEnd(files)) {
      DataLoader loader = LoaderFactory.sequentialLoader(store.datasetGraph(), (format, args) -> {});
      loader.startBulk();
      try {
        loader.loadFromInputStream(null, in, Lang.NQUADS);
        loader.finishBulk();
      } catch (RuntimeException e) {
        loader.finishException(e);
        throw e;
      }
      r.out().printf("stored in %s: %d triples in %d named graph(s)%n", store.directory(), store.quadCount(),
          store.graphCount());
    }
  }

  /** Each article graph to the endpoint from the executors, one partition's graphs after the other. */
  private static long push(SparkBuild.Built b, BuildRequest r) {
    String endpoint = r.endpoint().toString();
    Credentials credentials = r.credentials();
    r.progress("sending the article graphs to " + endpoint);
    long sent = b.graphs().mapPartitions(it -> {
      GraphPusher.Sending sending = new GraphPusher(endpoint, credentials).sending((g, t) -> {});
      long n = 0;
      while (it.hasNext()) {
        SparkBuild.Checked c = it.next();
        sending.accept(c.graph(), graphOf(c));
        n++;
      }
      return List.of(n).iterator();
    }).collect().stream().mapToLong(Long::longValue).sum();
    r.out().printf("sent %d graph(s) to %s%n", sent, endpoint);
    return sent;
  }

  /** A checked graph read back from its N-Quads lines. */
  private static Graph graphOf(SparkBuild.Checked c) {
    DatasetGraph dsg = DatasetGraphFactory.createGeneral();
    RDFParser.fromString(String.join("\n", c.lines()), Lang.NQUADS).parse(dsg);
    return dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(c.graph()));
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
