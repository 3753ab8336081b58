package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RiotException;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --store DIR | --data FILE}: where a command reads the graph from (use it as an exclusive
 * {@code @ArgGroup}). {@link #open} gives the article graphs as stored: one named graph per article.
 */
public final class GraphSource {
  @Option(names = "--store", paramLabel = "DIR", description = "A TDB2 store (as made by serve or load --store).")
  Path store;

  @Option(names = "--data", paramLabel = "FILE", description = "A graph file (.nq, .trig, .ttl, .jsonld, .nt).")
  Path data;

  /** The open graph; closing it releases the store. */
  public record Opened(Dataset dataset, AutoCloseable closer) implements AutoCloseable {
    @Override
    public void close() {
      try {
        closer.close();
      } catch (Exception e) {
        throw new IllegalStateException("cannot close " + e.getMessage(), e);
      }
    }
  }

  /**
   * Opens the store (its default graph is the union of the article graphs) or reads the file into
   * memory (named graphs as in the file). A missing or unreadable directory or file is a usage
   * error naming it.
   *
   * @throws org.newsgraph.store.StoreLockedException when another process holds the store
   */
  public Opened open(CommandLine cl) {
    if (store != null) {
      // a folder without a store is not read as an empty one (TDB2 would make one there)
      if (!Files.isDirectory(store) || !TdbStore.exists(store)) {
        throw new ParameterException(cl, "no store at " + store
            + " (make one with: newsgraph serve --store " + store + ")");
      }
      TdbStore tdb = TdbStore.open(store);
      return new Opened(tdb.dataset(), tdb);
    }
    if (!Files.isReadable(data)) {
      throw new ParameterException(cl, "cannot read graph file " + data);
    }
    try {
      Dataset ds = GraphFiles.read(data);
      return new Opened(ds, ds::close);
    } catch (RiotException e) {
      throw new ParameterException(cl, data + ": cannot parse: " + e.getMessage());
    }
  }

  /** What was given, for messages. */
  public Path path() {
    return store != null ? store : data;
  }
}
