package org.newsgraph.nlp.syntax;

import java.util.Locale;
import java.util.Set;

/**
 * Corrections of one parser error the fact rules meet often, made after parsing (the parser's own
 * evaluation never sees them): a description set off by a comma right after a name, "Ann Roe, a
 * detective with the county police", that the greedy parser hung as a {@code conj} of something
 * else instead of an {@code appos} of the name. Whatever a rule reads from "X, a ROLE of Y" then
 * reads the same whichever attachment the parser chose.
 */
public final class Repairs {
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  private Repairs() {}

  /**
   * Re-attaches, in place, every noun that is a {@code conj} with no coordinating word, whose
   * phrase opens with a comma and an article right after a proper name, to that name's head as
   * {@code appos}; only where the result stays projective.
   */
  public static void appositions(String[] words, String[] tags, int[] heads, String[] labels) {
    for (int j = 0; j < words.length; j++) {
      if (!"conj".equals(labels[j]) || !"NOUN".equals(tags[j]) || hasChild(heads, labels, j, "cc")
          || hasChild(heads, labels, j, "nsubj") || hasChild(heads, labels, j, "cop")) {
        continue;
      }
      int first = leftmost(heads, j);
      int comma = ",".equals(words[first]) ? first : first - 1;
      if (comma < 1 || !",".equals(words[comma]) || comma + 1 >= j
          || !ARTICLES.contains(words[comma + 1].toLowerCase(Locale.ROOT))) {
        continue;
      }
      int name = nameHead(tags, heads, labels, comma - 1);
      if (name < 0 || name == heads[j] || dominates(heads, j, name) || !projective(heads, name, j)) {
        continue;
      }
      heads[j] = name;
      labels[j] = "appos";
      if (comma != first && heads[comma] != j) {
        heads[comma] = j;
        labels[comma] = "punct";
      }
    }
  }

  /** The head of the proper name whose last word is {@code end} (its flat/compound chain), or -1. */
  private static int nameHead(String[] tags, int[] heads, String[] labels, int end) {
    if (end < 0 || !"PROPN".equals(tags[end])) {
      return -1;
    }
    int h = end;
    while (("flat".equals(labels[h]) || "compound".equals(labels[h])) && heads[h] >= 0 && heads[h] < h
        && "PROPN".equals(tags[heads[h]])) {
      h = heads[h];
    }
    // "Ann Roe" hung as compound of the noun after it is a modifier, not a name to describe
    if ("compound".equals(labels[h]) && heads[h] > end) {
      return -1;
    }
    return h;
  }

  private static boolean hasChild(int[] heads, String[] labels, int h, String label) {
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] == h && labels[i].equals(label)) {
        return true;
      }
    }
    return false;
  }

  private static int leftmost(int[] heads, int h) {
    int min = h;
    for (int i = 0; i < heads.length; i++) {
      if (i < min && dominates(heads, h, i)) {
        min = i;
      }
    }
    return min;
  }

  /** Whether {@code a} is {@code b} or above it. */
  private static boolean dominates(int[] heads, int a, int b) {
    for (int k = b, steps = 0; k >= 0 && steps <= heads.length; k = heads[k], steps++) {
      if (k == a) {
        return true;
      }
    }
    return false;
  }

  /** Whether every word between {@code name} and {@code j} hangs under one of the two. */
  private static boolean projective(int[] heads, int name, int j) {
    for (int i = name + 1; i < j; i++) {
      if (!dominates(heads, name, i) && !dominates(heads, j, i)) {
        return false;
      }
    }
    return true;
  }
}
