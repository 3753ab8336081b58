package org.newsgraph.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The store directory is held by another process (TDB2 allows one process per directory). The
 * message is one line that says what to do: when a {@code newsgraph serve} holds it, query that
 * server over HTTP at its address; else stop the other process.
 */
public final class StoreLockedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Path directory;

  StoreLockedException(Path directory, Throwable cause) {
    super(message(directory), cause);
    this.directory = directory;
  }

  private static String message(Path directory) {
    Optional<Long> holder = StoreDirectory.lockHolder(directory);
    Optional<String> server = StoreDirectory.serverUrl(directory, holder);
    String pid = holder.map(p -> " (pid " + p + ")").orElse("");
    if (server.isPresent()) {
      String url = server.get();
      return "The store " + directory + " is in use by another process: the newsgraph serve" + pid + " at " + url
          + ". Query it over HTTP there (SPARQL at " + url + NewsgraphServer.DATASET + "/query, the query page at "
          + url + "/), or stop that server first: a TDB2 store opens in one process at a time.";
    }
    return "The store " + directory + " is in use by another process" + pid + ": stop that process (a running"
        + " newsgraph serve or Fuseki server), or query that server over HTTP at its address (and send it articles"
        + " with newsgraph load --endpoint URL); a TDB2 store opens in one process at a time.";
  }

  public Path directory() {
    return directory;
  }
}
