package org.newsgraph.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one folder that holds this process's temporary files (the build's spills and sorted runs):
 * {@code <java.io.tmpdir>/newsgraph-runs/<pid>-<random>}, made on first use, removed when the
 * process ends normally. A process that is killed cannot remove it; the folder's lock file is
 * locked for the life of the process (the operating system drops the lock when the process dies,
 * however it dies), so {@link #removeStale()} at the next start finds the folders whose lock is
 * free and removes them.
 */
public final class TempFolder {
  static final String RUNS = "newsgraph-runs";
  private static final String LOCK = ".lock";
  /** A folder without its lock file is left alone this long: it may be being made. */
  private static final Duration GRACE = Duration.ofMinutes(10);

  private static Path folder;
  private static FileChannel lockChannel;
  private static FileLock lock;

  private TempFolder() {}

  /** Where the run folders are: {@code <java.io.tmpdir>/newsgraph-runs}. */
  public static Path runs() {
    return Path.of(System.getProperty("java.io.tmpdir"), RUNS);
  }

  /** This process's folder, made (and locked) on first use. */
  public static synchronized Path get() {
    if (folder == null) {
      try {
        Path runs = Files.createDirectories(runs());
        Path f = Files.createTempDirectory(runs, ProcessHandle.current().pid() + "-");
        lockChannel = FileChannel.open(f.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        lock = lockChannel.lock();
        folder = f;
        Runtime.getRuntime().addShutdownHook(new Thread(TempFolder::removeOwn, "newsgraph-temp-cleanup"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot make a folder for temporary files under " + runs(), e);
      }
    }
    return folder;
  }

  /** A new empty file in this process's folder, {@code prefix}…{@code suffix}. */
  public static Path newFile(String prefix, String suffix) throws IOException {
    return Files.createTempFile(get(), prefix, suffix);
  }

  /**
   * Removes the folders that processes now gone left in {@link #runs()}; the line to say about it,
   * if anything was removed (or could not be).
   */
  public static Optional<String> removeStale() {
    Path runs = runs();
    if (!Files.isDirectory(runs, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    int removed = 0;
    long bytes = 0;
    List<String> failed = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(runs)) {
      for (Path f : ds) {
        if (f.equals(folder) || !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS) || !stale(f)) {
          continue;
        }
        try {
          bytes += deleteTree(f);
          removed++;
        } catch (IOException | UncheckedIOException e) {
          failed.add(f.getFileName().toString());
        }
      }
    } catch (IOException e) {
      return Optional.of("cannot look for temporary files of earlier runs in " + runs + ": " + e.getMessage());
    }
    if (removed == 0 && failed.isEmpty()) {
      return Optional.empty();
    }
    String line = "removed the temporary files of " + removed + " earlier run(s) that did not end normally ("
        + InputFile.human(bytes) + ", in " + runs + ")";
    return Optional.of(failed.isEmpty() ? line : line + "; could not remove " + String.join(", ", failed));
  }

  /** Whether no living process holds the folder's lock (an old folder without a lock is stale too). */
  private static boolean stale(Path f) {
    Path lockFile = f.resolve(LOCK);
    if (!Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) {
      try {
        return Files.getLastModifiedTime(f).toInstant().isBefore(Instant.now().minus(GRACE));
      } catch (IOException e) {
        return false;
      }
    }
    try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock l = ch.tryLock();
      if (l == null) {
        return false;
      }
      l.release();
      return true;
    } catch (OverlappingFileLockException e) {
      return false; // this process holds it
    } catch (IOException e) {
      return false;
    }
  }

  /** Deletes a folder and what it holds (links are removed, never followed); returns the bytes freed. */
  static long deleteTree(Path root) throws IOException {
    long[] bytes = {0};
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        bytes[0] += attrs.isRegularFile() ? attrs.size() : 0;
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
    return bytes[0];
  }

  private static synchronized void removeOwn() {
    if (folder == null) {
      return;
    }
    try {
      lock.release();
      lockChannel.close();
      deleteTree(folder);
    } catch (IOException | RuntimeException e) {
      // left for the next start to remove
    }
  }
}
