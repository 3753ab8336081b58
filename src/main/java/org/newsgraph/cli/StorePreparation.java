package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.newsgraph.store.ArticleSource;
import org.newsgraph.store.InputChanges;
import org.newsgraph.store.SyncReport;
import org.newsgraph.store.TdbStore;

/**
 * Brings a store up to date before it is served: from a built file ({@code --data}), or from an
 * article directory ({@code --input}) when the store is empty or the directory holds new or changed
 * files (by content hash). Only graphs whose content changed are written.
 */
final class StorePreparation {
  static final Path DEFAULT_INPUT = Path.of("data", "articles");

  private StorePreparation() {}

  /**
   * @param input the article directory given by the user, or null for the default
   * @param data a built RDF file, or null
   * @return an exit code: OK, INPUT_FAILED (some articles failed; the rest is stored) or USAGE
   */
  static int prepare(
      TdbStore store,
      Path input,
      Path data,
      ArticleSource source,
      PrintWriter out,
      PrintWriter err) {
    if (data != null) {
      if (!Files.isRegularFile(data)) {
        err.println("No such file: " + data);
        return Main.USAGE;
      }
      Dataset ds;
      try {
        ds = RDFDataMgr.loadDataset(data.toString());
      } catch (RiotException e) {
        err.println(data + ": not readable as RDF: " + e.getMessage());
        return Main.INPUT_FAILED;
      }
      SyncReport r = store.replaceAll(ds, TdbStore.Progress.NONE);
      out.println("Stored " + data + " in " + store.directory() + ": " + r.summary());
      return Main.OK;
    }
    Path dir = input != null ? input : DEFAULT_INPUT;
    if (!Files.isDirectory(dir)) {
      if (input != null) {
        err.println("No such directory: " + dir);
        return Main.USAGE;
      }
      if (store.isEmpty()) {
        err.println(
            "The store "
                + store.directory()
                + " is empty and there is no "
                + DEFAULT_INPUT
                + " here: give --input DIR (a directory of articles) or --data FILE (a built"
                + " graph).");
        return Main.USAGE;
      }
      return Main.OK;
    }
    boolean empty = store.isEmpty();
    InputChanges changes = InputChanges.scan(dir, store.articles().values());
    if (!changes.missing().isEmpty()) {
      out.println(
          changes.missing().size()
              + " stored article(s) have no file in "
              + dir
              + " any more; their graphs are kept: "
              + String.join(", ", changes.missing()));
    }
    if (!empty && changes.upToDate()) {
      out.println(
          "The store is up to date with "
              + dir
              + " ("
              + changes.unchanged().size()
              + " articles).");
      return Main.OK;
    }
    out.printf(
        "Building from %s: %d new, %d changed, %d unchanged file(s)%n",
        dir, changes.added().size(), changes.changed().size(), changes.unchanged().size());
    out.flush();
    ArticleSource.Built built = source.build(dir);
    for (String problem : built.problems()) {
      err.println(problem);
    }
    SyncReport r = store.replaceAll(built.dataset(), TdbStore.Progress.NONE);
    out.println("Stored in " + store.directory() + ": " + r.summary());
    return built.problems().isEmpty() ? Main.OK : Main.INPUT_FAILED;
  }
}
