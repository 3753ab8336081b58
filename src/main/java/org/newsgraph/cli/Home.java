package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the files that come with newsgraph are (the bundled articles, the query files): the
 * folder the {@code newsgraph} launcher lives in (it passes {@value #PROPERTY}), which need not be
 * the current folder, since the launcher keeps the caller's. Without the launcher, the current
 * folder.
 */
final class Home {
  /** The system property the launcher sets to its folder. */
  static final String PROPERTY = "newsgraph.home";

  private Home() {}

  /**
   * The query files that come inside the jar ({@code queries/} is packed as {@code
   * org/newsgraph/queries}), as a folder to list; null when they cannot be reached.
   */
  static Path packedQueries() {
    java.net.URL url = Home.class.getResource("/org/newsgraph/queries/README.md");
    if (url == null) {
      return null;
    }
    try {
      java.net.URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try {
          java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of());
        } catch (java.nio.file.FileSystemAlreadyExistsException e) {
          // opened before: Path.of finds it
        }
      }
      return Path.of(uri).getParent();
    } catch (java.net.URISyntaxException | java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  /** {@code relative} in the current folder when it is there, else in newsgraph's own folder. */
  static Path bundled(String relative) {
    Path here = Path.of(relative);
    String home = System.getProperty(PROPERTY);
    if (Files.exists(here) || home == null || home.isBlank()) {
      return here;
    }
    return Path.of(home).resolve(relative);
  }
}
