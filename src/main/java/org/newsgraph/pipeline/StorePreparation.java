package org.newsgraph.pipeline;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.corpus.ArticleMeta;
import org.newsgraph.corpus.MetadataReader;
import org.newsgraph.store.ArticleSource;
import org.newsgraph.store.ContentHash;
import org.newsgraph.store.InputChanges;
import org.newsgraph.store.InputState;
import org.newsgraph.store.SyncReport;
import org.newsgraph.rdf.NamedGraphFile;
import org.newsgraph.store.TdbStore;

/**
 * Brings a store up to date before it is served: from a built file ({@code --data}), or from an
 * article directory ({@code --input}) when the store is empty or the directory holds new or changed
 * files (by content hash, or a changed {@code articles.tsv} row). Only graphs whose content changed
 * are written. A file that failed and has not changed since is reported again, not built again
 * ({@link InputState}, kept in the store directory).
 */
public final class StorePreparation {
  public static final Path DEFAULT_INPUT = Path.of("data", "articles");

  private StorePreparation() {}

  /**
   * Stores the named graphs of {@code file} one at a time, with {@link TdbStore#replaceAll}'s rules
   * (new added, changed replaced, identical left alone, other stored graphs kept).
   */
  public static SyncReport store(NamedGraphFile file, TdbStore store, int batch, TdbStore.Progress progress) {
    TdbStore.Sync sync = store.sync(batch, TdbStore.BULK_MIN_TRIPLES, progress);
    try {
      while (file.hasNext()) {
        NamedGraphFile.Named n = file.next();
        sync.add(n.iri(), n.graph());
      }
      return sync.finish(file.outsideNamedGraphs());
    } catch (RuntimeException e) {
      sync.abort(e);
      throw e;
    }
  }

  /**
   * Said before the store is opened (so nothing is made or changed): why the article folder gives
   * nothing to store ("no article in DIR: it is empty"…), or null. A folder the user named ({@code
   * input}) is refused when it holds no article; the default folder only when {@code newStore} (a
   * store that has its graphs already is served as it is). A missing folder is left to the caller.
   *
   * @param input the article directory given by the user, or null for the default
   */
  public static String nothingToStore(Path input, boolean newStore) {
    Path dir = input != null ? input : DEFAULT_INPUT;
    if (input == null && !newStore || !Files.isDirectory(dir)) {
      return null;
    }
    return BuildChecks.noArticle(dir);
  }

  /**
   * @param input the article directory given by the user, or null for the default
   * @param data a built RDF file, or null
   * @return an exit code: OK, INPUT_FAILED (some articles failed; the rest is stored) or USAGE
   */
  public static int prepare(
      TdbStore store,
      Path input,
      Path data,
      ArticleSource source,
      PrintWriter out,
      PrintWriter err) {
    if (data != null) {
      if (!Files.isRegularFile(data)) {
        err.println("No such file: " + data);
        return ExitCodes.USAGE;
      }
      NamedGraphFile file = NamedGraphFile.readOrSay(data, err);
      if (file == null) {
        return ExitCodes.INPUT_FAILED;
      }
      try (file) {
        SyncReport r = store(file, store, TdbStore.BATCH_TRIPLES, TdbStore.Progress.NONE);
        out.println("Stored " + data + " in " + store.directory() + ": " + r.summary());
      }
      return ExitCodes.OK;
    }
    Path dir = input != null ? input : DEFAULT_INPUT;
    if (!Files.isDirectory(dir)) {
      if (input != null) {
        err.println("No such directory: " + dir);
        return ExitCodes.USAGE;
      }
      if (store.isEmpty()) {
        err.println(
            "The store "
                + store.directory()
                + " is empty and there is no "
                + DEFAULT_INPUT
                + " here: give --input DIR (a directory of articles) or --data FILE (a built"
                + " graph).");
        return ExitCodes.USAGE;
      }
      return ExitCodes.OK;
    }
    boolean empty = store.isEmpty();
    InputState state = InputState.load(store.directory());
    Map<String, String> metaKeys = metaKeys(dir);
    InputChanges changes = InputChanges.scan(dir, store.articles().values(), metaKeys, state);
    if (!changes.missing().isEmpty()) {
      out.println(
          changes.missing().size()
              + " stored article(s) have no file in "
              + dir
              + " any more; their graphs are kept: "
              + String.join(", ", changes.missing()));
    }
    for (String f : changes.failed()) {
      err.println(changes.problems().get(f) + " (unchanged since the last build; not built again)");
    }
    if (changes.upToDate() && (!empty || !changes.failed().isEmpty())) {
      out.println(
          "The store is up to date with "
              + dir
              + " ("
              + changes.unchanged().size()
              + " articles"
              + (changes.failed().isEmpty()
                  ? ""
                  : "; " + changes.failed().size() + " file(s) that failed before, unchanged")
              + ").");
      return changes.failed().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }
    out.printf(
        "Building from %s: %d new, %d changed, %d unchanged file(s)%s%n",
        dir,
        changes.added().size(),
        changes.changed().size(),
        changes.unchanged().size(),
        changes.failed().isEmpty() ? "" : ", " + changes.failed().size() + " failed before");
    out.flush();
    // the graphs go into the store as they are built: no dataset of the whole directory in memory
    ArticleSource.Stored stored = source.buildInto(dir, store.sync(TdbStore.Progress.NONE));
    List<String> problems = stored.problems();
    SyncReport r = stored.report();
    for (String problem : problems) {
      err.println(problem);
    }
    // after the graphs are committed: a process killed in between leaves the old state, which
    // only makes the next start build again
    InputChanges.stateAfterBuild(dir, store.articles().values(), metaKeys, problems)
        .save(store.directory());
    out.println("Stored in " + store.directory() + ": " + r.summary());
    return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
  }

  /**
   * A key of each file's row in {@code articles.tsv} (absent: no row, or no readable file): when
   * it changes, the article's graph is built again.
   */
  static Map<String, String> metaKeys(Path dir) {
    Map<String, String> keys = new TreeMap<>();
    Path tsv = dir.resolve(MetadataReader.FILE_NAME);
    if (!Files.isRegularFile(tsv)) {
      return keys;
    }
    for (Map.Entry<String, ArticleMeta> e : new MetadataReader().read(tsv).rows().entrySet()) {
      keys.put(
          e.getKey(), ContentHash.sha256Hex(e.getValue().toString().getBytes(StandardCharsets.UTF_8)));
    }
    return keys;
  }
}
