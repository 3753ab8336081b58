package org.newsgraph.store;

import java.nio.file.Path;

/** The store directory holds a TDB2 store that cannot be read as one: files missing or damaged. */
public final class StoreDamagedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Path directory;

  StoreDamagedException(Path directory, String what, Throwable cause) {
    super("The store " + directory + " is damaged (" + what + "): nothing was read from it or written to it."
        + " Restore it from a copy, or remove the folder and build it again (serve --input, load --store).",
        cause);
    this.directory = directory;
  }

  public Path directory() {
    return directory;
  }
}
