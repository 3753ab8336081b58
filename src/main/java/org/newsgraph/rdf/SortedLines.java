package org.newsgraph.rdf;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import org.newsgraph.corpus.TempFolder;

/**
 * Lines written in sorted order ({@link String#compareTo}), each distinct line once, without holding
 * them all: lines are gathered in memory up to a budget of characters, then sorted and written to
 * a temporary file (a run); {@link #writeTo} merges the runs and what is still in memory. Memory
 * is bounded by the budget plus one line per run. The runs are deleted on {@link #close()}; they
 * are in the process's {@link TempFolder}, which the next start removes if the process is killed.
 */
final class SortedLines implements AutoCloseable {
  /** Default budget: about 64 MiB of characters in memory (twice that in bytes at most). */
  static final long DEFAULT_BUDGET_CHARS = 32L << 20;

  private final long budgetChars;
  private final List<String> lines = new ArrayList<>();
  private long chars;
  private final List<Path> runs = new ArrayList<>();
  private final List<BufferedReader> readers = new ArrayList<>();
  private long added;

  SortedLines() {
    this(DEFAULT_BUDGET_CHARS);
  }

  /** At most about {@code budgetChars} characters of lines are held before a run is written. */
  SortedLines(long budgetChars) {
    if (budgetChars < 1) {
      throw new IllegalArgumentException("the budget must be at least one character, not " + budgetChars);
    }
    this.budgetChars = budgetChars;
  }

  /** Adds a line (without its line break; a line containing one is refused). */
  void add(String line) {
    if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a line must not contain a line break: " + line);
    }
    lines.add(line);
    chars += line.length();
    added++;
    if (chars >= budgetChars) {
      spill();
    }
  }

  /** How many lines were added (duplicates counted). */
  long added() {
    return added;
  }

  /** How many runs went to temporary files so far. */
  int runs() {
    return runs.size();
  }

  private void spill() {
    Collections.sort(lines);
    Path run = null;
    try {
      run = TempFolder.newFile("sorted-", ".txt");
      runs.add(run);
      try (Writer w = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
        String previous = null;
        for (String l : lines) {
          if (!l.equals(previous)) {
            w.write(l);
            w.write('\n');
          }
          previous = l;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a temporary file of sorted lines"
          + (run == null ? " in " + TempFolder.runs() : " (" + run + ")"), e);
    }
    lines.clear();
    chars = 0;
  }

  /** One source of the merge: a run, or the lines still in memory. */
  private interface Source {
    /** The next line, or null at the end. */
    String next() throws IOException;
  }

  private record Head(String line, Source source) {}

  /**
   * Writes every distinct line, sorted, each followed by a line feed, in UTF-8. Returns how many
   * lines were written. May be called once (or {@link #distinct} once instead).
   */
  long writeTo(OutputStream os) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    Merge m = distinct();
    long written = 0;
    for (String line = m.next(); line != null; line = m.next()) {
      w.write(line);
      w.write('\n');
      written++;
    }
    w.flush();
    return written;
  }

  /** The distinct lines in sorted order, read one at a time: {@link Merge#next}. */
  interface Merge {
    /** The next line, or null at the end (the runs are then closed). */
    String next() throws IOException;
  }

  /**
   * Every distinct line, sorted, merged from the runs and the lines in memory as they are asked
   * for. May be called once (or {@link #writeTo} once instead); {@link #close()} closes the runs.
   */
  Merge distinct() throws IOException {
    Collections.sort(lines);
    PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> a.line().compareTo(b.line()));
    for (Path run : runs) {
      BufferedReader r = Files.newBufferedReader(run, StandardCharsets.UTF_8);
      readers.add(r);
      push(heads, r::readLine);
    }
    var memory = lines.iterator();
    push(heads, () -> memory.hasNext() ? memory.next() : null);
    String[] previous = {null};
    return () -> {
      while (!heads.isEmpty()) {
        Head h = heads.poll();
        push(heads, h.source());
        if (!h.line().equals(previous[0])) {
          previous[0] = h.line();
          return h.line();
        }
      }
      closeReaders();
      return null;
    };
  }

  private static void push(PriorityQueue<Head> heads, Source s) throws IOException {
    String line = s.next();
    if (line != null) {
      heads.add(new Head(line, s));
    }
  }

  private void closeReaders() throws IOException {
    for (BufferedReader r : readers) {
      r.close();
    }
    readers.clear();
  }

  @Override
  public void close() {
    try {
      closeReaders();
    } catch (IOException e) {
      // a run's reader that will not close; its file is deleted below all the same
    }
    for (Path run : runs) {
      try {
        Files.deleteIfExists(run);
      } catch (IOException e) {
        // a temporary file left behind; nothing the caller can do about it
      }
    }
    runs.clear();
    lines.clear();
  }
}
