package org.newsgraph.nlp.syntax;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Questions about the dependency tree of a {@link Sentence}: heads, relations, children, subtree
 * spans and short paths. Words are token indexes within the sentence. A relation asked for
 * without a subtype also matches its subtypes where the method says "like": "nsubj" matches
 * "nsubj" and "nsubj:pass", while "nsubj:pass" matches only itself. Immutable.
 */
public final class Tree {
  private final List<Token> tokens;
  private final int[][] children;

  public Tree(Sentence sentence) {
    this.tokens = sentence.tokens();
    int n = tokens.size();
    int[] count = new int[n];
    for (Token t : tokens) {
      if (t.head() >= 0 && t.head() < n) {
        count[t.head()]++;
      }
    }
    children = new int[n][];
    for (int i = 0; i < n; i++) {
      children[i] = new int[count[i]];
      count[i] = 0;
    }
    for (int i = 0; i < n; i++) {
      int h = tokens.get(i).head();
      if (h >= 0 && h < n) {
        children[h][count[h]++] = i;
      }
    }
  }

  /** Number of words. */
  public int size() {
    return tokens.size();
  }

  /** The head of word {@code i}, -1 for the root word. */
  public int head(int i) {
    return tokens.get(i).head();
  }

  /** The relation of word {@code i} to its head ("nsubj:pass"; "root" for the root word). */
  public String rel(int i) {
    return tokens.get(i).deprel();
  }

  /** The root word (the first word without a head), or -1 for an empty sentence. */
  public int root() {
    for (int i = 0; i < tokens.size(); i++) {
      if (head(i) < 0) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code rel} is {@code wanted}, or one of its subtypes when {@code wanted} has none. */
  public static boolean like(String rel, String wanted) {
    return rel.equals(wanted)
        || rel.length() > wanted.length() && rel.startsWith(wanted) && rel.charAt(wanted.length()) == ':' && wanted.indexOf(':') < 0;
  }

  /** Whether word {@code i}'s relation is like {@code wanted}. */
  public boolean isLike(int i, String wanted) {
    return like(rel(i), wanted);
  }

  /** The dependents of word {@code i}, left to right. */
  public List<Integer> children(int i) {
    List<Integer> out = new ArrayList<>(children[i].length);
    for (int c : children[i]) {
      out.add(c);
    }
    return out;
  }

  /** The dependents of word {@code i} whose relation is exactly {@code rel}, left to right. */
  public List<Integer> children(int i, String rel) {
    List<Integer> out = new ArrayList<>(2);
    for (int c : children[i]) {
      if (rel(c).equals(rel)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The dependents of word {@code i} whose relation is like {@code rel}, left to right. */
  public List<Integer> childrenLike(int i, String rel) {
    List<Integer> out = new ArrayList<>(2);
    for (int c : children[i]) {
      if (like(rel(c), rel)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The first dependent of word {@code i} whose relation is like {@code rel}, or -1. */
  public int child(int i, String rel) {
    for (int c : children[i]) {
      if (like(rel(c), rel)) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The words of the subtree of {@code i} (it and everything under it) as a token range
   * {@code [start, end)}: from its leftmost to its rightmost descendant.
   */
  public int[] span(int i) {
    int start = i;
    int end = i + 1;
    int[] stack = new int[tokens.size()];
    int sp = 0;
    stack[sp++] = i;
    while (sp > 0) {
      int w = stack[--sp];
      start = Math.min(start, w);
      end = Math.max(end, w + 1);
      for (int c : children[w]) {
        stack[sp++] = c;
      }
    }
    return new int[] {start, end};
  }

  /**
   * Walks down from {@code i}: at each step to the first dependent whose relation is like the next
   * of {@code rels}. The word reached, or -1 if a step finds none ({@code down(v, "obj", "nmod")}:
   * the nmod of the object of v).
   */
  public int down(int i, String... rels) {
    int w = i;
    for (String r : rels) {
      w = child(w, r);
      if (w < 0) {
        return -1;
      }
    }
    return w;
  }

  /**
   * Walks up from {@code i}: at each step, if the word's relation is like the next of {@code
   * rels}, to its head. The word reached, or -1 if a relation does not match ({@code up(n,
   * "nsubj")}: the predicate n is the subject of).
   */
  public int up(int i, String... rels) {
    int w = i;
    for (String r : rels) {
      if (w < 0 || !like(rel(w), r) || head(w) < 0) {
        return -1;
      }
      w = head(w);
    }
    return w;
  }

  /** Whether {@code ancestor} dominates {@code i} (is {@code i} or above it). */
  public boolean dominates(int ancestor, int i) {
    int steps = 0;
    for (int w = i; w >= 0 && steps <= tokens.size(); w = head(w), steps++) {
      if (w == ancestor) {
        return true;
      }
    }
    return false;
  }
}
