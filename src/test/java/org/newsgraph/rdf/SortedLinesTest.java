package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SortedLinesTest {
  /** Random lines with repeats, non-ASCII letters and characters outside the BMP. */
  private static List<String> randomLines(int n, long seed) {
    Random r = new Random(seed);
    String[] parts = {"a", "b", "Z", " ", "é", "ß", "\uD83D\uDE00", "<x>", "\"", "0", "~"};
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(6);
      for (int k = 0; k < len; k++) {
        sb.append(parts[r.nextInt(parts.length)]);
      }
      out.add(sb.toString());
    }
    return out;
  }

  private static String merged(SortedLines s) throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    s.writeTo(buf);
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void givesTheDistinctLinesInStringOrderWhateverTheBudget() throws Exception {
    List<String> lines = randomLines(3_000, 7);
    StringBuilder expected = new StringBuilder();
    for (String l : new TreeSet<>(lines)) {
      expected.append(l).append('\n');
    }
    for (long budget : new long[] {1, 7, 100, 5_000, Long.MAX_VALUE}) {
      try (SortedLines s = new SortedLines(budget)) {
        lines.forEach(s::add);
        assertEquals(lines.size(), s.added());
        if (budget == 1) {
          // a run at each line that reaches the budget: every line but the empty ones
          assertEquals(lines.stream().filter(l -> !l.isEmpty()).count(), s.runs(), "a run per line");
        }
        if (budget == Long.MAX_VALUE) {
          assertEquals(0, s.runs(), "all in memory");
        }
        assertEquals(expected.toString(), merged(s), "budget " + budget);
      }
    }
  }

  @Test
  void nothingAddedWritesNothing() throws Exception {
    try (SortedLines s = new SortedLines(10)) {
      assertEquals("", merged(s));
    }
  }

  @Test
  void refusesALineWithALineBreak() {
    try (SortedLines s = new SortedLines(10)) {
      assertThrows(IllegalArgumentException.class, () -> s.add("a\nb"));
      assertThrows(IllegalArgumentException.class, () -> s.add("a\rb"));
    }
  }

  @Test
  void closeDeletesTheRuns() throws Exception {
    java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
    List<java.nio.file.Path> before;
    try (var f = java.nio.file.Files.list(tmp)) {
      before = f.filter(p -> p.getFileName().toString().startsWith("newsgraph-sorted")).toList();
    }
    SortedLines s = new SortedLines(1);
    s.add("b");
    s.add("a");
    assertEquals(2, s.runs());
    s.close();
    try (var f = java.nio.file.Files.list(tmp)) {
      List<java.nio.file.Path> after = f.filter(p -> p.getFileName().toString().startsWith("newsgraph-sorted")).toList();
      assertTrue(before.containsAll(after), "runs left behind: " + after);
    }
  }
}
