package org.newsgraph.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * One file of the input folder read into memory, within bounds: at most a size limit, counted as
 * the bytes are read (a file that says it is empty, as {@code /proc} files do, or grows while it is
 * read, is cut there and refused), only a regular file (not a device or a pipe), and, unless links
 * may be followed out of the folder, only a file that is really inside the folder: a link to
 * anywhere else is refused, naming where it points, so that a link planted in the folder cannot put
 * another file's text into the graph.
 */
final class InputFile {
  private InputFile() {}

  /**
   * The bytes of {@code file}.
   *
   * @param folder the input folder (its real path is taken), or null to read {@code file} wherever
   *     it is
   * @param followLinks whether a link may lead out of {@code folder}
   * @param hint what to tell about raising the limit or following links (e.g. the option)
   * @throws CorpusException naming the file: too large, not a regular file, a link out of the
   *     folder, or not readable
   */
  static byte[] read(Path file, Path folder, boolean followLinks, long maxBytes, String hint)
      throws CorpusException {
    String name = file.getFileName().toString();
    try {
      Path target = file;
      if (Files.isSymbolicLink(file)) {
        target = file.toRealPath();
        if (folder != null && !followLinks && !target.startsWith(folder.toRealPath())) {
          throw new CorpusException(name, "is a link to " + target + ", outside the input folder: not read"
              + (hint.isEmpty() ? "" : " (" + hint + " --follow-links reads it)"));
        }
      }
      if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new CorpusException(name, "not a regular file (a device, a pipe or a folder): not read");
      }
      long size = Files.size(target);
      if (size > maxBytes) {
        throw tooLarge(name, size, maxBytes, hint);
      }
      // opened without following links: what was checked above is what is read
      try (InputStream in = Channels.newInputStream(Files.newByteChannel(target, StandardOpenOption.READ,
          LinkOption.NOFOLLOW_LINKS))) {
        byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
        if (bytes.length > maxBytes) { // it said it was smaller, or grew: the limit counts what is read
          throw new CorpusException(name, "file reads as more than " + human(maxBytes) + " (its size said "
              + human(size) + "), over the limit for one input file"
              + (hint.isEmpty() ? "" : " (raise it with " + hint + " --max-file-size)"));
        }
        return bytes;
      }
    } catch (IOException e) {
      throw new CorpusException(name, "cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }
  }

  private static CorpusException tooLarge(String name, long size, long maxBytes, String hint) {
    return new CorpusException(name, "file is " + human(size) + ", over the limit of " + human(maxBytes)
        + " for one input file"
        + (hint.isEmpty() ? "" : " (raise it with " + hint + " --max-file-size)"));
  }

  /** 50.0 MB, 2.1 KB, 300 bytes. */
  static String human(long bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
    return bytes >= 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0) : bytes + " bytes";
  }
}
