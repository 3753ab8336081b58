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

  /**
   * A folder the source's graphs stand for: it must hold an article file, since load refuses a
   * folder with none before it asks the source (the source here gives the fixture's graphs).
   */
  private Path articles() throws java.io.IOException {
    Path input = Files.createDirectories(tmp.resolve("articles"));
    Files.writeString(input.resolve("one.txt"), "An article.\n");
    return input;
  }

  @Test
  void loadingAFolderIntoAStoreStreamsTheGraphsAndReportsTheProblems() throws Exception {
    Path input = articles();
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

  @Test
  void loadingAFileStoresItsGraphsOneAtATimeAsReplaceAllWould() throws Exception {
    // the fixture's quads written in reverse line order: each graph's triples are scattered
    Dataset ds = Fixtures.dataset();
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    org.apache.jena.riot.RDFDataMgr.write(buf, ds, org.apache.jena.riot.RDFFormat.NQUADS);
    List<String> lines = new java.util.ArrayList<>(List.of(buf.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n")));
    java.util.Collections.reverse(lines);
    Path data = Files.writeString(tmp.resolve("graph.nq"), String.join("\n", lines) + "\n");
    Path store = tmp.resolve("store");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new LoadCommand(STREAMING_ONLY));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    assertEquals(Main.OK, cl.execute("--store", store.toString(), "--data", data.toString()), err.toString());
    assertTrue(out.toString().contains("3 graph(s) added, 0 replaced, 0 unchanged"), out.toString());
    Path reference = tmp.resolve("reference");
    try (TdbStore s = TdbStore.open(store); TdbStore r = TdbStore.open(reference)) {
      r.replaceAll(ds, TdbStore.Progress.NONE);
      assertEquals(r.quadCount(), s.quadCount());
      for (String g : List.of(Fixtures.ONE, Fixtures.TWO, Fixtures.THREE)) {
        assertTrue(r.copyOf(g).isIsomorphicWith(s.copyOf(g)), g);
      }
    }
    StringWriter again = new StringWriter();
    cl.setOut(new PrintWriter(again));
    assertEquals(Main.OK, cl.execute("--store", store.toString(), "--data", data.toString()));
    assertTrue(again.toString().contains("0 graph(s) added, 0 replaced, 3 unchanged"), again.toString());
  }

  @Test
  void aFileThatIsNotRdfLeavesTheStoreAsItWas() throws Exception {
    Path store = tmp.resolve("store");
    try (TdbStore s = TdbStore.open(store)) {
      s.replaceAll(Fixtures.dataset(), TdbStore.Progress.NONE);
    }
    Path data = Files.writeString(tmp.resolve("broken.nq"),
        "<http://ex/s> <http://ex/p> \"fine\" <" + Fixtures.ONE + "> .\n<http://ex/s> <http://ex/p> broken .\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new LoadCommand(STREAMING_ONLY));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    assertEquals(Main.INPUT_FAILED, cl.execute("--store", store.toString(), "--data", data.toString()));
    assertTrue(err.toString().contains("broken.nq: not readable as RDF"), err.toString());
    try (TdbStore s = TdbStore.open(store)) {
      assertEquals(Fixtures.QUADS, s.quadCount(), "the graph the file's first line names is untouched");
    }
  }

  @Test
  void loadingAFolderIntoAnEndpointSendsEachGraphAsItIsBuilt() throws Exception {
    Path input = articles();
    org.apache.jena.sparql.core.DatasetGraph served = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
    org.apache.jena.fuseki.main.FusekiServer server = org.apache.jena.fuseki.main.FusekiServer.create()
        .loopback(true).port(0).add("/ds", served).build().start();
    try {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine cl = new CommandLine(new LoadCommand(STREAMING_ONLY));
      cl.setOut(new PrintWriter(out));
      cl.setErr(new PrintWriter(err));
      String endpoint = "http://localhost:" + server.getHttpPort() + "/ds";
      assertEquals(Main.INPUT_FAILED, cl.execute("--endpoint", endpoint, "--input", input.toString()), err.toString());
      assertTrue(err.toString().contains("broken.txt: not UTF-8"), err.toString());
      assertTrue(out.toString().contains("loaded " + Fixtures.ONE + " (18 triples)"), out.toString());
      assertTrue(out.toString().contains("Sent 3 graph(s), " + Fixtures.QUADS + " triples"), out.toString());
      long quads = org.apache.jena.system.Txn.calculateRead(served, () -> {
        long n = 0;
        for (var it = served.find(); it.hasNext(); it.next()) {
          n++;
        }
        return n;
      });
      assertEquals(Fixtures.QUADS, quads);
    } finally {
      server.stop();
    }
  }
}
