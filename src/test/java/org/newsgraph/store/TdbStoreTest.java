package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbStoreTest {
  @TempDir Path dir;

  @Test
  void aNewStoreIsEmptyAndTheFixtureFillsItGraphByGraph() {
    try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
      assertTrue(store.isEmpty());
      List<String> events = new ArrayList<>();
      SyncReport r =
          store.replaceAll(Fixtures.dataset(), (g, n, k) -> events.add(k + " " + g + " " + n));
      assertEquals(List.of(Fixtures.ONE, Fixtures.THREE, Fixtures.TWO), r.added());
      assertEquals(Fixtures.QUADS, r.triplesWritten());
      assertEquals(
          List.of(
              "ADDED " + Fixtures.ONE + " 18",
              "ADDED " + Fixtures.THREE + " 7",
              "ADDED " + Fixtures.TWO + " 19"),
          events);
      assertFalse(store.isEmpty());
      assertEquals(Fixtures.QUADS, store.quadCount());
      assertEquals(3, store.graphCount());
    }
  }

  @Test
  void anEmptyStoreTakesALargeLoadThroughTheBulkLoaderWithTheSameContentAndReport() {
    Path synced = dir.resolve("synced");
    Path bulk = dir.resolve("bulk");
    List<String> syncEvents = new ArrayList<>();
    List<String> bulkEvents = new ArrayList<>();
    SyncReport a;
    SyncReport b;
    try (TdbStore store = TdbStore.open(synced)) {
      a = store.replaceAll(Fixtures.dataset(), TdbStore.BATCH_TRIPLES, Long.MAX_VALUE,
          (g, n, k) -> syncEvents.add(k + " " + g + " " + n));
    }
    try (TdbStore store = TdbStore.open(bulk)) {
      // a threshold of one triple sends the fixture through the bulk loader
      b = store.replaceAll(Fixtures.dataset(), TdbStore.BATCH_TRIPLES, 1, (g, n, k) -> bulkEvents.add(k + " " + g + " " + n));
      assertEquals(Fixtures.QUADS, store.quadCount());
      assertEquals(3, store.graphCount());
      // the bulk path is only for an empty store: a second load compares graph by graph
      SyncReport again = store.replaceAll(Fixtures.dataset(), TdbStore.BATCH_TRIPLES, 1, TdbStore.Progress.NONE);
      assertEquals(3, again.unchanged().size());
      assertEquals(0, again.triplesWritten());
    }
    assertEquals(a.added(), b.added());
    assertEquals(a.triplesWritten(), b.triplesWritten());
    assertEquals(syncEvents, bulkEvents);
    try (TdbStore s1 = TdbStore.open(synced); TdbStore s2 = TdbStore.open(bulk)) {
      for (String g : List.of(Fixtures.ONE, Fixtures.TWO, Fixtures.THREE)) {
        assertTrue(s1.copyOf(g).isIsomorphicWith(s2.copyOf(g)), g);
      }
    }
  }

  @Test
  void graphsFedOneByOneSwitchToTheBulkLoaderOnceEnoughHaveComeAndStoreTheSame() {
    Dataset fixture = Fixtures.dataset();
    List<String> events = new ArrayList<>();
    try (TdbStore store = TdbStore.open(dir.resolve("stream"))) {
      // 18 + 7 triples come before the switch (20), the third graph streams straight in
      TdbStore.Sync sync = store.sync(TdbStore.BATCH_TRIPLES, 20, (g, n, k) -> events.add(k + " " + g + " " + n));
      for (String g : List.of(Fixtures.ONE, Fixtures.THREE, Fixtures.TWO)) {
        sync.add(g, fixture.asDatasetGraph().getGraph(NodeFactory.createURI(g)));
        assertTrue(events.isEmpty(), "nothing is reported before the bulk load commits");
      }
      SyncReport r = sync.finish(0);
      assertEquals(List.of(Fixtures.ONE, Fixtures.THREE, Fixtures.TWO), r.added());
      assertEquals(Fixtures.QUADS, r.triplesWritten());
      assertEquals(Fixtures.QUADS, store.quadCount());
      for (String g : List.of(Fixtures.ONE, Fixtures.TWO, Fixtures.THREE)) {
        assertTrue(store.copyOf(g).isIsomorphicWith(fixture.asDatasetGraph().getGraph(NodeFactory.createURI(g))), g);
      }
      // a store that is not empty compares graph by graph: the same graphs again change nothing
      TdbStore.Sync again = store.sync(TdbStore.Progress.NONE);
      for (String g : List.of(Fixtures.ONE, Fixtures.THREE, Fixtures.TWO)) {
        again.add(g, fixture.asDatasetGraph().getGraph(NodeFactory.createURI(g)));
      }
      SyncReport same = again.finish(0);
      assertEquals(3, same.unchanged().size());
      assertEquals(0, same.triplesWritten());
    }
    assertEquals(List.of("ADDED " + Fixtures.ONE + " 18", "ADDED " + Fixtures.THREE + " 7", "ADDED " + Fixtures.TWO + " 19"),
        events);
  }

  @Test
  void withNeverBulkAnEmptyStoreGetsEachGraphAsItComesAndHoldsNone() {
    Dataset fixture = Fixtures.dataset();
    List<String> events = new ArrayList<>();
    try (TdbStore store = TdbStore.open(dir.resolve("never-bulk"))) {
      // batches of one triple: every graph is written (and reported) while it is added
      TdbStore.Sync sync = store.sync(1, TdbStore.NEVER_BULK, (g, n, k) -> events.add(k + " " + g + " " + n));
      int seen = 0;
      for (String g : List.of(Fixtures.ONE, Fixtures.THREE, Fixtures.TWO)) {
        sync.add(g, fixture.asDatasetGraph().getGraph(NodeFactory.createURI(g)));
        seen++;
        assertEquals(seen, events.size(), "written as it came: " + events);
      }
      SyncReport r = sync.finish(0);
      assertEquals(List.of(Fixtures.ONE, Fixtures.THREE, Fixtures.TWO), r.added());
      assertEquals(Fixtures.QUADS, r.triplesWritten());
      assertEquals(Fixtures.QUADS, store.quadCount());
    }
    assertEquals(List.of("ADDED " + Fixtures.ONE + " 18", "ADDED " + Fixtures.THREE + " 7", "ADDED " + Fixtures.TWO + " 19"),
        events);
  }

  @Test
  void loadingTheSameGraphsAgainWritesNothingAndNeverDuplicates() {
    try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
      store.replaceAll(Fixtures.dataset(), TdbStore.Progress.NONE);
      SyncReport again = store.replaceAll(Fixtures.dataset(), TdbStore.Progress.NONE);
      assertEquals(3, again.unchanged().size());
      assertTrue(again.added().isEmpty() && again.replaced().isEmpty());
      assertEquals(0, again.triplesWritten());
      assertEquals(Fixtures.QUADS, store.quadCount());
    }
  }

  @Test
  void aChangedGraphReplacesTheStoredOneAndOnlyThatOne() {
    try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
      store.replaceAll(Fixtures.dataset(), TdbStore.Progress.NONE);
      Dataset changed = Fixtures.dataset();
      Graph two = changed.asDatasetGraph().getGraph(NodeFactory.createURI(Fixtures.TWO));
      two.delete(
          two.find(
                  NodeFactory.createURI(Fixtures.TWO),
                  NodeFactory.createURI(StoreTerms.NG + "contentHash"),
                  null)
              .toList()
              .get(0));
      two.add(
          NodeFactory.createURI(Fixtures.TWO),
          NodeFactory.createURI(StoreTerms.NG + "contentHash"),
          NodeFactory.createLiteralString("ffff"));
      SyncReport r = store.replaceAll(changed, TdbStore.Progress.NONE);
      assertEquals(List.of(Fixtures.TWO), r.replaced());
      assertEquals(2, r.unchanged().size());
      assertEquals(19, r.triplesWritten());
      assertEquals(Fixtures.QUADS, store.quadCount());
      assertEquals("ffff", store.articles().get(Fixtures.TWO).contentHash());
    }
  }

  @Test
  void replaceArticleGraphReplacesTheWholeGraph() {
    try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
      store.replaceAll(Fixtures.dataset(), TdbStore.Progress.NONE);
      Graph small = GraphFactory.createDefaultGraph();
      small.add(
          NodeFactory.createURI(Fixtures.ONE),
          NodeFactory.createURI(StoreTerms.NG + "sourceFile"),
          NodeFactory.createLiteralString("fixture-one.txt"));
      assertEquals(1, store.replaceArticleGraph(Fixtures.ONE, small));
      assertEquals(1, store.copyOf(Fixtures.ONE).size());
      assertEquals(Fixtures.QUADS - 18 + 1, store.quadCount());
    }
  }

  @Test
  void theStoreKnowsItsArticlesWithFileAndHashAndKeepsThemAfterReopening() {
    Path db = dir.resolve("db");
    try (TdbStore store = TdbStore.open(db)) {
      store.replaceAll(Fixtures.dataset(), TdbStore.Progress.NONE);
    }
    try (TdbStore store = TdbStore.open(db)) {
      StoredArticle one = store.articles().get(Fixtures.ONE);
      assertEquals("fixture-one.txt", one.sourceFile());
      assertEquals("1".repeat(64), one.contentHash());
      assertEquals(3, store.articles().size());
      assertEquals(Fixtures.QUADS, store.quadCount());
    }
  }

  @Test
  void theDefaultGraphIsTheUnionOfTheArticleGraphsAndTripleTermsSurvive() {
    try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
      store.replaceAll(Fixtures.dataset(), TdbStore.Progress.NONE);
      Dataset ds = store.dataset();
      Txn.executeRead(
          ds,
          () -> {
            try (QueryExecution qe =
                QueryExecution.dataset(ds).query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").build()) {
              // 44 quads; two triples (a label and a type) are in two graphs: 42 distinct
              assertEquals(42, qe.execSelect().next().getLiteral("n").getLong());
            }
            try (QueryExecution qe =
                QueryExecution.dataset(ds)
                    .query(
                        "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?s ?sentence { ?r"
                            + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies> <<( ?s"
                            + " ng:holdsOffice ?o )>> ; ng:evidence/ng:sentence ?sentence } ORDER"
                            + " BY ?sentence")
                    .build()) {
              var rows = qe.execSelect();
              assertEquals(
                  "Mayor Ada Placeholder was sworn in on Monday.",
                  rows.next().getLiteral("sentence").getString());
              assertEquals(
                  "Sheriff Bo Dummy answered his critics.",
                  rows.next().getLiteral("sentence").getString());
              assertFalse(rows.hasNext());
            }
          });
    }
  }
}
