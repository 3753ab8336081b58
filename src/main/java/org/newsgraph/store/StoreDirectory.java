package org.newsgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a store directory says about itself without opening it: whether it holds a TDB2 database,
 * which process holds its lock, and where the {@code newsgraph serve} holding it answers (a note
 * the server writes while it runs), so that a command refused the store can say where to ask.
 */
public final class StoreDirectory {
  /** The note a running server keeps in its store directory: its process id and address. */
  static final String SERVER_NOTE = "newsgraph-server.tsv";

  private StoreDirectory() {}

  /** Whether {@code dir} holds a TDB2 database (a {@code Data-NNNN} folder), so opening it creates nothing. */
  public static boolean isStore(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d+"));
    } catch (IOException e) {
      return false;
    }
  }

  /** Deletes a store directory this process made and did not use (nothing else may be in it). */
  public static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // what is left is an empty store, which the next run uses
    }
  }

  /** Notes that this process serves the store in {@code dir} at {@code baseUrl} (http://host:port). */
  public static void noteServer(Path dir, String baseUrl) {
    try {
      Files.writeString(dir.resolve(SERVER_NOTE), ProcessHandle.current().pid() + "\t" + baseUrl + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      // only a hint for other commands' messages: serving goes on without it
    }
  }

  /** Removes the note of {@link #noteServer}. */
  public static void forgetServer(Path dir) {
    try {
      Files.deleteIfExists(dir.resolve(SERVER_NOTE));
    } catch (IOException e) {
      // a stale note is ignored: it names a process that no longer holds the lock
    }
  }

  /** The process id in the TDB2 lock file, if there is one. */
  static Optional<Long> lockHolder(Path dir) {
    try {
      String text = Files.readString(dir.resolve("tdb.lock"), StandardCharsets.UTF_8).strip();
      return Optional.of(Long.parseLong(text));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The address of the newsgraph server that holds the store, when its note names the lock's holder. */
  static Optional<String> serverUrl(Path dir, Optional<Long> holder) {
    try {
      String[] note = Files.readString(dir.resolve(SERVER_NOTE), StandardCharsets.UTF_8).strip().split("\t");
      if (note.length == 2 && holder.isPresent() && Long.parseLong(note[0]) == holder.get()) {
        return Optional.of(note[1]);
      }
    } catch (IOException | NumberFormatException e) {
      // no note, or not one of ours
    }
    return Optional.empty();
  }
}
