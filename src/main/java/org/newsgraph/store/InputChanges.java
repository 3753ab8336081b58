package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * How the article files of an input directory compare with the articles a store holds, by file name
 * and SHA-256 of the bytes. {@code articles.tsv} and hidden files are not articles.
 *
 * @param added files the store has never seen
 * @param changed files whose bytes differ from the stored article's
 * @param unchanged files stored with the same bytes
 * @param missing stored source files that are no longer in the directory (kept in the store)
 */
public record InputChanges(
    List<String> added, List<String> changed, List<String> unchanged, List<String> missing) {

  public InputChanges {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    unchanged = List.copyOf(unchanged);
    missing = List.copyOf(missing);
  }

  public boolean upToDate() {
    return added.isEmpty() && changed.isEmpty();
  }

  public static InputChanges scan(Path inputDir, Collection<StoredArticle> stored) {
    Map<String, String> storedHash = new HashMap<>();
    for (StoredArticle a : stored) {
      if (a.sourceFile() != null) {
        storedHash.put(a.sourceFile(), a.contentHash());
      }
    }
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (Path file : articleFiles(inputDir)) {
      String name = file.getFileName().toString();
      seen.add(name);
      String before = storedHash.get(name);
      String now;
      try {
        now = ContentHash.sha256Hex(file);
      } catch (IOException e) {
        // unreadable: let the builder report it with its own message
        added.add(name);
        continue;
      }
      if (before == null) {
        added.add(name);
      } else if (before.equals(now)) {
        unchanged.add(name);
      } else {
        changed.add(name);
      }
    }
    List<String> missing = new ArrayList<>(new TreeSet<>(storedHash.keySet()));
    missing.removeAll(seen);
    return new InputChanges(added, changed, unchanged, missing);
  }

  static List<Path> articleFiles(Path inputDir) {
    try (Stream<Path> s = Files.list(inputDir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> !p.getFileName().toString().equals("articles.tsv"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the input directory " + inputDir, e);
    }
  }
}
