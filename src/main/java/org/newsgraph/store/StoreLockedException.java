package org.newsgraph.store;

import java.nio.file.Path;

/** The store directory is held by another process (TDB2 allows one process per directory). */
public final class StoreLockedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Path directory;

  StoreLockedException(Path directory, Throwable cause) {
    super(
        "The store "
            + directory
            + " is in use by another process ("
            + cause.getMessage()
            + "). A TDB2 store can be opened by one process at a time: stop the other process"
            + " (a running `newsgraph serve` or Fuseki server), or send the articles to that"
            + " server with `newsgraph load --endpoint URL`, or use another --store directory.",
        cause);
    this.directory = directory;
  }

  public Path directory() {
    return directory;
  }
}
