package org.newsgraph.corpus;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * An {@code --input} that is a glob rather than a folder ({@code 'archive/2016-*}{@code /*.txt'},
 * {@code 'feeds/**}{@code .html'}): the files it matches, found under its root (the folders before
 * the first name holding {@code * ? [ {}), in the order of their paths below the root. The root's
 * {@code articles.tsv}, if any, gives the files' metadata by file name, as for a folder. A path that
 * exists is never a glob: a folder named with a star is read as a folder.
 */
public final class InputGlob {
  private InputGlob() {}

  /** Whether {@code input} is a glob: it does not exist and a name in it holds a glob character. */
  public static boolean is(Path input) {
    return !Files.exists(input) && hasGlob(input.toString());
  }

  /** The folder the glob is matched under: its names before the first that holds a glob character. */
  public static Path root(Path glob) {
    int k = firstGlobName(glob);
    Path names = k == 0 ? Path.of("") : glob.subpath(0, k);
    Path root = glob.isAbsolute() ? glob.getRoot().resolve(names) : names;
    return root.toString().isEmpty() ? Path.of(".") : root;
  }

  /** The regular files under the root that the glob matches, sorted by their path below the root. */
  public static List<Path> files(Path glob) throws IOException {
    Path root = root(glob);
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:"
        + glob.subpath(firstGlobName(glob), glob.getNameCount()));
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).filter(p -> matcher.matches(root.relativize(p)))
          .sorted((a, b) -> root.relativize(a).toString().compareTo(root.relativize(b).toString())).toList();
    }
  }

  /** The place of the first name of {@code glob} that holds a glob character. */
  private static int firstGlobName(Path glob) {
    int k = 0;
    while (k < glob.getNameCount() && !hasGlob(glob.getName(k).toString())) {
      k++;
    }
    return k;
  }

  private static boolean hasGlob(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
  }
}
