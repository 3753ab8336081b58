package org.newsgraph.corpus;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file written whole or not at all: the content goes to a new temporary file beside the target,
 * {@code .NAME.<pid>-<random>.tmp}, created new (never an existing file, never through a link:
 * {@code CREATE_NEW} fails on anything already there, a planted link included), then renamed onto
 * the target. A rename replaces what is at the target, a link included, and never writes through
 * it. A failed write leaves the old file as it was and removes the temporary file; a killed process
 * leaves it, named with its process id, for {@link #removeStale} to remove at the next write. The
 * file gets the permissions any new file of the user gets (not owner-only, as
 * Files.createTempFile would make it).
 */
public final class AtomicWrite {
  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicWrite() {}

  /** What writes a file's content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream os) throws IOException;
  }

  /** Writes {@code target} as described above. */
  public static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = sibling(target, "tmp");
    try {
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), 1 << 16)) {
        content.writeTo(os);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) { // "No space left on device" names no file: this does
      throw new IOException("cannot write " + target + " (through " + tmp.getFileName() + "; the old file, if"
          + " any, is unchanged): " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** {@code .NAME.<pid>-<random>.SUFFIX} beside {@code target}: a name no one can foresee. */
  private static Path sibling(Path target, String suffix) {
    byte[] r = new byte[8];
    RANDOM.nextBytes(r);
    return target.toAbsolutePath().getParent().resolve("." + target.getFileName() + "."
        + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(r) + "." + suffix);
  }

  /**
   * A new, empty temporary folder beside {@code target}, {@code .NAME.<pid>-<random>.tmp}, for
   * what is written there before it becomes the target (e.g. shards put end to end): made new,
   * so never an existing folder or a link planted there; a killed process's is removed by {@link
   * #removeStale}, as its temporary files are.
   */
  public static Path newFolderBeside(Path target) throws IOException {
    Files.createDirectories(target.toAbsolutePath().getParent());
    return Files.createDirectory(sibling(target, "tmp"));
  }

  /**
   * Removes the temporary files (and folders) of {@code target} that processes now gone left
   * beside it; the line to say about it, if any was removed.
   */
  public static Optional<String> removeStale(Path target) {
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      return Optional.empty();
    }
    Pattern mine = Pattern.compile(Pattern.quote("." + target.getFileName() + ".") + "(\\d+)-[0-9a-f]+\\.tmp");
    List<String> removed = new ArrayList<>();
    long bytes = 0;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "." + target.getFileName() + ".*.tmp")) {
      for (Path p : ds) {
        Matcher m = mine.matcher(p.getFileName().toString());
        if (!m.matches() || ProcessHandle.of(Long.parseLong(m.group(1))).map(ProcessHandle::isAlive).orElse(false)) {
          continue;
        }
        bytes += deleteTree(p); // a link is removed, not followed
        removed.add(p.getFileName().toString());
      }
    } catch (IOException | NumberFormatException e) {
      return Optional.of("cannot remove the temporary files earlier runs left beside " + target + ": " + e.getMessage());
    }
    return removed.isEmpty() ? Optional.empty()
        : Optional.of("removed " + removed.size() + " temporary file(s) that an earlier run writing " + target
            + " left behind (" + InputFile.human(bytes) + ")");
  }

  /** Deletes a file, a link or a folder and what it holds (links in it not followed); the bytes freed. */
  private static long deleteTree(Path p) throws IOException {
    long bytes = 0;
    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
        for (Path q : ds) {
          bytes += deleteTree(q);
        }
      }
    } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
      bytes = Files.size(p);
    }
    Files.delete(p);
    return bytes;
  }
}
