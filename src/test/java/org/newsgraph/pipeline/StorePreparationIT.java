package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ArticleSource;
import org.newsgraph.store.InputState;
import org.newsgraph.store.StoredArticle;
import org.newsgraph.store.TdbStore;

/**
 * How serve brings a store up to date with the real pipeline: a file that fails is reported again
 * on the next start without a new build until it changes, and a changed articles.tsv row rebuilds
 * and replaces its article's graph.
 */
class StorePreparationIT {
  @TempDir Path work;

  private final AtomicInteger builds = new AtomicInteger();
  private final ArticleSource pipeline = new PipelineArticleSource();
  private final ArticleSource counting =
      dir -> {
        builds.incrementAndGet();
        return pipeline.build(dir);
      };

  private record Run(int status, String out, String err) {}

  private Run prepare(TdbStore store, Path input) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        StorePreparation.prepare(
            store, input, null, counting, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  private static void tsv(Path dir, String publisherOfA) throws Exception {
    Files.writeString(
        dir.resolve("articles.tsv"),
        "file\tpublisher\tpublished\theadline\n"
            + "a.txt\t" + publisherOfA + "\t2021-12-08\tCouncil meets\n"
            + "b.txt\tExample Daily\t2021-12-09\tSheriff speaks\n");
  }

  private static Graph graphOf(TdbStore store, String file) {
    for (StoredArticle a : store.articles().values()) {
      if (file.equals(a.sourceFile())) {
        return store.copyOf(a.graphIri());
      }
    }
    throw new AssertionError("no graph for " + file + " in " + store.articles());
  }

  private static boolean hasLiteral(Graph g, String text) {
    return g.find()
        .filterKeep(t -> t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equals(text))
        .hasNext();
  }

  @Test
  void failedFilesAreNotRebuiltAndMetadataChangesReplaceTheirGraphs() throws Exception {
    Path in = Files.createDirectories(work.resolve("articles"));
    Files.writeString(
        in.resolve("a.txt"),
        "Mayor Ada Placeholder of Exampleton spoke at the council meeting on Monday.\n\n"
            + "\"We will fix the roads,\" Placeholder said.\n");
    Files.writeString(
        in.resolve("b.txt"),
        "Sheriff Bo Dummy of Sample County criticized the mayor on Tuesday.\n");
    Files.write(in.resolve("bad.txt"), new byte[0]); // empty: fails to read
    tsv(in, "Example News");

    try (TdbStore store = TdbStore.open(work.resolve("store"))) {
      Run first = prepare(store, in);
      assertEquals(ExitCodes.INPUT_FAILED, first.status(), first.err());
      assertTrue(first.err().contains("bad.txt"), first.err());
      assertEquals(1, builds.get());
      assertEquals(2, store.graphCount(), first.out());
      assertTrue(hasLiteral(graphOf(store, "a.txt"), "Example News"));
      assertTrue(Files.isRegularFile(store.directory().resolve(InputState.FILE_NAME)));

      // the failing file, unchanged: reported again (exit 1), not built again
      Run second = prepare(store, in);
      assertEquals(1, builds.get(), second.out());
      assertEquals(ExitCodes.INPUT_FAILED, second.status());
      assertTrue(second.out().contains("up to date"), second.out());
      assertTrue(second.err().contains("bad.txt"), second.err());
      assertTrue(second.err().contains("not built again"), second.err());

      // a new publisher for a.txt in articles.tsv: a.txt is built again and its graph replaced
      tsv(in, "Another Paper");
      Run third = prepare(store, in);
      assertEquals(2, builds.get(), third.out());
      assertTrue(third.out().contains("0 new, 1 changed, 1 unchanged"), third.out());
      Graph a = graphOf(store, "a.txt");
      assertTrue(hasLiteral(a, "Another Paper"), "the new publisher is not in the graph");
      assertFalse(hasLiteral(a, "Example News"), "the old publisher is still in the graph");
      assertEquals(2, store.graphCount());

      Run fourth = prepare(store, in);
      assertEquals(2, builds.get(), fourth.out());
      assertTrue(fourth.out().contains("up to date"), fourth.out());

      // the failing file fixed: built, stored, and no longer reported
      Files.writeString(in.resolve("bad.txt"), "Judge Cy Sample of Exampleton retired on Friday.\n");
      Run fifth = prepare(store, in);
      assertEquals(3, builds.get(), fifth.out());
      assertEquals(ExitCodes.OK, fifth.status(), fifth.err());
      assertEquals(3, store.graphCount());
      Run sixth = prepare(store, in);
      assertEquals(3, builds.get(), sixth.out());
      assertEquals(ExitCodes.OK, sixth.status(), sixth.err());
      assertEquals("", sixth.err());
    }
  }
}
