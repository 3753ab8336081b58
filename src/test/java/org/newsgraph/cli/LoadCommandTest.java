package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ArticleSource;
import org.newsgraph.store.Fixtures;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine;

class LoadCommandTest {
  @TempDir Path tmp;

  /** Hands the fixture's graphs over one at a time; gathering them in a dataset is a failure. */
  private static final ArticleSource STREAMING_ONLY = new ArticleSource() {
    @Override
    public Built build(Path inputDir) {
      throw new AssertionError("load --input --store must not gather the corpus in a dataset");
    }

    @Override
    public List<String> build(Path inputDir, GraphSink sink) {
      Dataset ds = Fixtures.dataset();
      DatasetGraph dsg = ds.asDatasetGraph();
      for (String g : List.of(Fixtures.ONE, Fixtures.TWO, Fixtures.THREE)) {
        sink.accept(g, dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(g)));
      }
      return List.of("broken.txt: not UTF-8 (left out)");
    }
  };

  private record Run(int code, String out, String err) {}

  private Run load(Path store, Path input) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new LoadCommand(STREAMING_ONLY));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("--store", store.toString(), "--input", input.toString());
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void loadingAFolderIntoAStoreStreamsTheGraphsAndReportsTheProblems() throws Exception {
    Path input = Files.createDirectories(tmp.resolve("articles"));
    Path store = tmp.resolve("store");
    Run r = load(store, input);
    assertEquals(Main.INPUT_FAILED, r.code(), r.err());
    assertTrue(r.err().contains("broken.txt: not UTF-8"), r.err());
    assertTrue(r.out().contains("stored " + Fixtures.ONE + " (18 triples, added)"), r.out());
    assertTrue(r.out().contains("3 graph(s) added, 0 replaced, 0 unchanged"), r.out());
    try (TdbStore s = TdbStore.open(store)) {
      assertEquals(Fixtures.QUADS, s.quadCount());
      assertEquals(3, s.graphCount());
    }
    Run again = load(store, input);

    assertTrue(again.out().contains("0 graph(s) added, 0 replaced, 3 unchanged"), again.out());
    try (TdbStore s = TdbStore.open(store)) {
      assertEquals(Fixtures.QUADS, s.quadCount());
    }
  }
}
