package org.newsgraph.nlp.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

/** Checks that a parse is one dependency tree. */
public final class TreeAssertions {
  private TreeAssertions() {}

  /** Exactly one root, every head a word of the sentence, no cycles, a label on every word. */
  public static void assertTree(Parser.Result r) {
    int n = r.heads().length;
    assertEquals(n, r.labels().length);
    assertEquals(n == 0 ? 0 : 1, Arrays.stream(r.heads()).filter(h -> h == -1).count(), Arrays.toString(r.heads()));
    for (int i = 0; i < n; i++) {
      int h = r.heads()[i];
      assertTrue(h >= -1 && h < n && h != i, "head of " + i + ": " + h);
      assertEquals(h == -1, r.labels()[i].equals("root"), "word " + i + " has label " + r.labels()[i] + " and head " + h);
      int steps = 0;
      for (int w = i; w != -1; w = r.heads()[w]) {
        assertTrue(++steps <= n, "a cycle through word " + i + ": " + Arrays.toString(r.heads()));
      }
    }
  }
}
