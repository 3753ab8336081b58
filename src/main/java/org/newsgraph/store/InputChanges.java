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
 * and SHA-256 of the bytes, and, when the caller gives them, by their {@code articles.tsv} rows and
 * the {@link InputState} of the last build. {@code articles.tsv} and hidden files are not articles.
 *
 * @param added files the store has never seen
 * @param changed files whose bytes differ from the stored article's, or whose metadata row differs
 *     from the one the stored article was built with
 * @param unchanged files stored with the same bytes (and metadata)
 * @param missing stored source files that are no longer in the directory (kept in the store)
 * @param failed files that failed in the last build and are unchanged since (bytes and metadata):
 *     not worth a new build, reported with their problem from {@link #problems}
 * @param problems the problem each failed file had, by file name
 */
public record InputChanges(
    List<String> added,
    List<String> changed,
    List<String> unchanged,
    List<String> missing,
    List<String> failed,
    Map<String, String> problems) {

  public InputChanges {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    unchanged = List.copyOf(unchanged);
    missing = List.copyOf(missing);
    failed = List.copyOf(failed);
    problems = Map.copyOf(problems);
  }

  public InputChanges(
      List<String> added, List<String> changed, List<String> unchanged, List<String> missing) {
    this(added, changed, unchanged, missing, List.of(), Map.of());
  }

  public boolean upToDate() {
    return added.isEmpty() && changed.isEmpty();
  }

  /** Compares by file name and content hash only. */
  public static InputChanges scan(Path inputDir, Collection<StoredArticle> stored) {
    return scan(inputDir, stored, null, InputState.empty());
  }

  /**
   * Compares by file name, content hash, metadata row and the last build's state.
   *
   * @param metaKeys the key of each file's {@code articles.tsv} row (files without a row are
   *     absent); null to leave metadata out of the comparison
   * @param state what the last build saw of each file
   */
  public static InputChanges scan(
      Path inputDir,
      Collection<StoredArticle> stored,
      Map<String, String> metaKeys,
      InputState state) {
    Map<String, String> storedHash = new HashMap<>();
    for (StoredArticle a : stored) {
      if (a.sourceFile() != null) {
        storedHash.put(a.sourceFile(), a.contentHash());
      }
    }
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    Map<String, String> problems = new HashMap<>();
    Set<String> seen = new TreeSet<>();
    for (Path file : articleFiles(inputDir)) {
      String name = file.getFileName().toString();
      seen.add(name);
      String before = storedHash.get(name);
      String now = InputState.contentKey(file);
      String meta = metaKey(metaKeys, name);
      InputState.Entry last = state.get(name);
      boolean sameAsLast =
          last != null
              && last.contentKey().equals(now)
              && (metaKeys == null || last.metaKey().equals(meta));
      if (!now.equals(before) && sameAsLast && !last.stored()) {
        // failed last time, unchanged since: report it again rather than build again
        failed.add(name);
        problems.put(name, last.problem());
      } else if (before == null) {
        added.add(name);
      } else if (!before.equals(now)) {
        changed.add(name);
      } else if (metaKeys != null && !(sameAsLast && last.stored())) {
        // same bytes, but its articles.tsv row differs from the one it was built with (or that
        // row is not known): its graph must be built again
        changed.add(name);
      } else {
        unchanged.add(name);
      }
    }
    List<String> missing = new ArrayList<>(new TreeSet<>(storedHash.keySet()));
    missing.removeAll(seen);
    return new InputChanges(added, changed, unchanged, missing, failed, problems);
  }

  private static String metaKey(Map<String, String> metaKeys, String file) {
    return metaKeys == null ? "" : metaKeys.getOrDefault(file, "-");
  }

  /**
   * The state to keep after a build from {@code inputDir}: each file stored with the content the
   * store now holds, or failed with the problem lines that name it.
   */
  public static InputState stateAfterBuild(
      Path inputDir,
      Collection<StoredArticle> stored,
      Map<String, String> metaKeys,
      List<String> problemLines) {
    Map<String, String> storedHash = new HashMap<>();
    for (StoredArticle a : stored) {
      if (a.sourceFile() != null) {
        storedHash.put(a.sourceFile(), a.contentHash());
      }
    }
    List<InputState.Entry> entries = new ArrayList<>();
    for (Path file : articleFiles(inputDir)) {
      String name = file.getFileName().toString();
      String now = InputState.contentKey(file);
      String meta = metaKey(metaKeys, name);
      if (now.equals(storedHash.get(name))) {
        entries.add(new InputState.Entry(name, true, now, meta, ""));
      } else {
        List<String> mine = new ArrayList<>();
        for (String line : problemLines) {
          if (line.startsWith(name + ":") || line.startsWith(name + " ")) {
            mine.add(line);
          }
        }
        String problem =
            mine.isEmpty() ? name + ": no article graph was built from it" : String.join("; ", mine);
        entries.add(new InputState.Entry(name, false, now, meta, problem));
      }
    }
    return InputState.of(entries);
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
