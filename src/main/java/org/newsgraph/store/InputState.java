package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.corpus.AtomicWrite;

/**
 * What the last build from an article directory saw of each file, kept next to the database in the
 * store directory ({@value #FILE_NAME}, tab-separated, file names escaped: {@link #escape}): the
 * file's content key, the key of its
 * {@code articles.tsv} row, and whether it was stored or failed (with the problem reported). The
 * store's graphs stay the authority on content (their {@code ng:contentHash}); this file only adds
 * what the graphs cannot say: which metadata row a stored article was built with, and which files
 * failed, so that an unchanged failing file is reported again instead of re-running the build on
 * every start. A missing or unreadable state file means "nothing known": the next scan rebuilds.
 */
public final class InputState {
  public static final String FILE_NAME = "newsgraph-inputs.tsv";
  private static final String HEADER = "# newsgraph input state v2: file\tstatus\tcontent\tmetadata\tproblem";
  private static final String V1 = "# newsgraph input state v1:";

  /** One file as the last build left it. */
  public record Entry(String file, boolean stored, String contentKey, String metaKey, String problem) {
    public Entry {
      problem = problem == null ? "" : problem.replaceAll("[\\t\\r\\n]+", " ");
    }
  }

  private final Map<String, Entry> entries;

  private InputState(Map<String, Entry> entries) {
    this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
  }

  public static InputState empty() {
    return new InputState(Map.of());
  }

  public static InputState of(List<Entry> entries) {
    Map<String, Entry> m = new TreeMap<>();
    for (Entry e : entries) {
      m.put(e.file(), e);
    }
    return new InputState(m);
  }

  public Map<String, Entry> entries() {
    return entries;
  }

  public Entry get(String file) {
    return entries.get(file);
  }

  /** The state kept in {@code storeDir}; empty when there is none or it cannot be read. */
  public static InputState load(Path storeDir) {
    Path f = storeDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(f)) {
      return empty();
    }
    List<Entry> out = new ArrayList<>();
    try {
      boolean escaped = true;
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.startsWith(V1)) {
          escaped = false; // written before file names were escaped
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length != 5 || !(c[1].equals("stored") || c[1].equals("failed"))) {
          return empty();
        }
        out.add(new Entry(escaped ? unescape(c[0]) : c[0], c[1].equals("stored"), c[2], c[3], c[4]));
      }
    } catch (IOException | UncheckedIOException e) {
      return empty();
    }
    return of(out);
  }

  /** Writes the state into {@code storeDir}, replacing the old one in one move. */
  public void save(Path storeDir) {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (Entry e : entries.values()) {
      sb.append(escape(e.file()))
          .append('\t')
          .append(e.stored() ? "stored" : "failed")
          .append('\t')
          .append(e.contentKey())
          .append('\t')
          .append(e.metaKey())
          .append('\t')
          .append(e.problem())
          .append('\n');
    }
    Path target = storeDir.resolve(FILE_NAME);
    try {
      AtomicWrite.write(target, os -> os.write(sb.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target, e);
    }
  }

  /**
   * A file name as one field of a line: a backslash, tab, line feed or carriage return (all
   * allowed in file names) as {@code \\}, {@code \t}, {@code \n}, {@code \r}.
   */
  static String escape(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** The file name {@link #escape} wrote. */
  static String unescape(String field) {
    StringBuilder b = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && i + 1 < field.length()) {
        char n = field.charAt(++i);
        b.append(switch (n) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> n;
        });
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The key of a file's content: its SHA-256 (as {@code ng:contentHash}), or, when the file cannot
   * be read or is a link out of its folder (which the build does not read), its size and
   * modification time (so that such a file is known again until it changes).
   */
  public static String contentKey(Path file) {
    try {
      if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(file.toAbsolutePath().getParent().toRealPath())) {
        // a link out of the folder is not read by the build: its key does not read it either
        return "outside:" + file.toRealPath() + ":" + Files.size(file) + ":"
            + Files.getLastModifiedTime(file).toMillis();
      }
      return ContentHash.sha256Hex(file);
    } catch (IOException | UncheckedIOException e) {
      try {
        return "unreadable:" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
      } catch (IOException e2) {
        return "unreadable";
      }
    }
  }
}
