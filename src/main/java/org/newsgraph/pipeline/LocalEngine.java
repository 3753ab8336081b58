package org.newsgraph.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.rdf.GraphFiles;
import org.newsgraph.rdf.RdfWriter;
import org.newsgraph.store.TdbStore;

/** {@code build --engine local}: the {@link Pipeline} on this JVM's threads, writing one graph file. */
final class LocalEngine implements Engine {
  @Override
  public String name() {
    return "local";
  }

  @Override
  public String refuse(BuildRequest r) {
    try {
      GraphFiles.formatFor(r.output());
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    if (Files.isDirectory(r.output())) {
      return r.output() + " is a folder: --output wants a file name";
    }
    if (r.master() != null || r.partitions() != null || r.store() != null || r.endpoint() != null
        || r.credentials() != null) {
      return "--master, --partitions, --store, --endpoint and --user are for --engine spark"
          + " (load --store and load --endpoint build into a store or a server on this machine)";
    }
    return null;
  }

  @Override
  public int build(BuildRequest r) throws IOException {
    Pipeline p = new Pipeline(r.reader(), r.stages()).progress(r::progress);
    if (r.linker() != null) {
      p.linker(r.linker());
    }
    if (r.threads() != null) {
      p.threads(r.threads());
    }
    if (r.spillAbove() != null) {
      p.spillAbove(r.spillAbove());
    }
    PrintWriter out = r.out();
    PrintWriter err = r.err();
    if (GraphFiles.streams(r.output())) {
      return streamTo(p, r);
    }
    Pipeline.BuildResult b = p.build(r.input());
    for (String problem : b.problems()) {
      err.println("problem: " + problem);
    }
    if (b.graphs().isEmpty()) {
      return BuildChecks.nothingBuilt(r, b.problems());
    }
    GraphFiles.write(b.dataset(), r.output());
    out.printf("wrote %s: %d articles, %d quads%s%n", r.output(), b.graphs().size(),
        b.dataset().asDatasetGraph().stream().count(),
        b.problems().isEmpty() ? "" : ", " + b.problems().size() + " problems (see above)");
    err.flush();
    return b.ok() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
  }

  /**
   * N-Quads and N-Triples: each graph goes to the file's sorted runs as the pipeline checks it,
   * so no dataset of the whole corpus is held (the other formats need it for their layout).
   */
  private static int streamTo(Pipeline p, BuildRequest r) throws IOException {
    PrintWriter err = r.err();
    List<String> problems = new ArrayList<>();
    RdfWriter writer = new RdfWriter();
    try (GraphFiles.Streaming file = new GraphFiles.Streaming(r.output())) {
      int articles = p.build(r.input(), problems, (g, graph) -> file.add(writer.graphName(g.article()), graph));
      for (String problem : problems) {
        err.println("problem: " + problem);
      }
      if (articles == 0) {
        return BuildChecks.nothingBuilt(r, problems);
      }
      r.progress("writing " + r.output() + " (sorting " + file.quads() + " quads)");
      file.finish();
      r.out().printf("wrote %s: %d articles, %d quads%s%n", r.output(), articles, file.quads(),
          problems.isEmpty() ? "" : ", " + problems.size() + " problems (see above)");
    }
    err.flush();
    return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
  }

  @Override
  public BenchRun bench(BuildRequest r, boolean bulk, StageTimes times) {
    Pipeline p = Pipeline.standard().times(times).progress(r::progress);
    if (r.threads() != null) {
      p.threads(r.threads());
    }
    List<String> problems = new ArrayList<>();
    try (TdbStore store = TdbStore.open(r.store())) {
      // the graphs stream into the store as they come out of the build: bulk goes to TDB2's bulk
      // loader from the first triple, sync writes them in serve's batched transactions
      TdbStore.Sync sync = store.sync(TdbStore.BATCH_TRIPLES, bulk ? 0 : TdbStore.NEVER_BULK, TdbStore.Progress.NONE);
      RdfWriter writer = new RdfWriter();
      try {
        int built = p.build(r.input(), problems, (g, graph) -> {
          long s = times.start();
          sync.add(writer.graphName(g.article()).getURI(), graph);
          times.since(StageTimes.Stage.LOAD, s);
        });
        long s = times.start();
        long quads = sync.finish(0).triplesWritten();
        times.since(StageTimes.Stage.LOAD, s);
        return new BenchRun(built, quads, problems, java.util.Map.of());
      } catch (RuntimeException e) {
        sync.abort(e);
        throw e;
      }
    }
  }
}
