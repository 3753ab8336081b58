package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code load} into a TDB2 store killed with SIGKILL half-way: the store opens, every graph in it
 * is complete (one transaction per article graph), and the next run completes the load.
 */
class KilledLoadIT {
  static final int GRAPHS = 60;
  static final int TRIPLES = 200;

  @TempDir Path work;

  @Test
  void aLoadKilledHalfWayLeavesWholeGraphsAndTheNextRunCompletesIt() throws Exception {
    Path data = SyntheticArticles.write(work.resolve("synthetic.nq"), GRAPHS, TRIPLES);
    Path db = work.resolve("store");

    int before;
    try (ChildProcess load =
        ChildProcess.newsgraph(
            work,
            Map.of(),
            "load",
            "--store",
            db.toString(),
            "--data",
            data.toString(),
            "--batch",
            "1")) {
      load.awaitLine(l -> l.startsWith("stored "), 15, 300);
      load.kill();
      before = (int) load.stdoutLines().stream().filter(l -> l.startsWith("stored ")).count();
    }
    assertTrue(before < GRAPHS, "the load ended before it was killed; the test proves nothing");

    try (TdbStore store = TdbStore.open(db)) {
      int graphs = store.graphCount();
      assertTrue(graphs >= 15 && graphs < GRAPHS, "graphs after the kill: " + graphs);
      for (String iri : store.articles().keySet()) {
        assertEquals(TRIPLES, store.copyOf(iri).size(), "graph " + iri + " is incomplete");
      }
      assertEquals((long) graphs * TRIPLES, store.quadCount());
    }

    try (ChildProcess again =
        ChildProcess.newsgraph(
            work, Map.of(), "load", "--store", db.toString(), "--data", data.toString())) {
      assertEquals(0, again.waitFor(300), again.stderr());
      assertTrue(
          again.stdout().contains("unchanged;") && again.stdout().contains("0 replaced"),
          again.stdout());
    }
    try (TdbStore store = TdbStore.open(db)) {
      assertEquals(GRAPHS, store.graphCount());
      assertEquals((long) GRAPHS * TRIPLES, store.quadCount());
      var graph = store.copyOf(SyntheticArticles.graphIri(GRAPHS - 1));
      assertTrue(
          graph.isIsomorphicWith(
              SyntheticArticles.build(GRAPHS, TRIPLES)
                  .getGraph(
                      org.apache.jena.graph.NodeFactory.createURI(
                          SyntheticArticles.graphIri(GRAPHS - 1)))));
    }
  }
}
