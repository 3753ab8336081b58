package org.newsgraph.nlp.syntax;

import java.util.Arrays;

/**
 * A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011)
 * with the root after the last word (Ballesteros and Nivre 2013): a stack, a buffer (word
 * {@code b} up to the root, index {@code n}), and the arcs made so far.
 *
 * <ul>
 *   <li>SHIFT moves the first buffer word onto the stack;
 *   <li>LEFT-l makes the first buffer word (or the root) the head of the stack top, and pops it;
 *   <li>RIGHT-l makes the word under the stack top its head, and pops the top.
 * </ul>
 *
 * The root takes a dependent only when that is the last word on the stack, so every parse is one
 * projective tree with exactly one word under the root. Transitions are numbered as the
 * classifier's classes: 0 SHIFT, {@code 1 + l} LEFT with label l, {@code 1 + L + l} RIGHT.
 */
public final class ParseState {
  /** Value of a missing word (no such stack/buffer position, no such child). */
  public static final int NONE = -1;

  final int labels;
  final int rootLabel;
  int n;
  int[] stack = new int[0];
  int sp;
  int b;
  int[] heads = new int[0];
  int[] rels = new int[0];
  int[] left1 = new int[0];
  int[] left2 = new int[0];
  int[] right1 = new int[0];
  int[] right2 = new int[0];
  int[] leftCount = new int[0];
  int[] rightCount = new int[0];
  long[] leftSet = new long[0];
  long[] rightSet = new long[0];

  /**
   * @param labels number of relation labels
   * @param rootLabel the label of the word under the root (only the last LEFT to the root has it)
   */
  public ParseState(int labels, int rootLabel) {
    this.labels = labels;
    this.rootLabel = rootLabel;
  }

  /** Starts a sentence of {@code n} words: empty stack, every word in the buffer. */
  public void start(int n) {
    this.n = n;
    if (heads.length < n + 1) {
      int size = n + 1;
      stack = new int[size];
      heads = new int[size];
      rels = new int[size];
      left1 = new int[size];
      left2 = new int[size];
      right1 = new int[size];
      right2 = new int[size];
      leftCount = new int[size];
      rightCount = new int[size];
      leftSet = new long[size];
      rightSet = new long[size];
    }
    sp = 0;
    b = 0;
    Arrays.fill(heads, 0, n + 1, NONE);
    Arrays.fill(rels, 0, n + 1, NONE);
    Arrays.fill(left1, 0, n + 1, NONE);
    Arrays.fill(left2, 0, n + 1, NONE);
    Arrays.fill(right1, 0, n + 1, NONE);
    Arrays.fill(right2, 0, n + 1, NONE);
    Arrays.fill(leftCount, 0, n + 1, 0);
    Arrays.fill(rightCount, 0, n + 1, 0);
    Arrays.fill(leftSet, 0, n + 1, 0);
    Arrays.fill(rightSet, 0, n + 1, 0);
  }

  public int classes() {
    return 1 + 2 * labels;
  }

  public boolean terminal() {
    return sp == 0 && b == n;
  }

  /** Whether transition {@code c} can be taken now. */
  public boolean legal(int c) {
    if (c == 0) {
      return b < n;
    }
    if (c <= labels) {
      boolean toRoot = b == n;
      return sp >= 1 && (toRoot ? sp == 1 && c - 1 == rootLabel : c - 1 != rootLabel);
    }
    return sp >= 2 && c - 1 - labels != rootLabel;
  }

  /** Takes transition {@code c} (which must be {@link #legal}). */
  public void apply(int c) {
    if (c == 0) {
      stack[sp++] = b++;
    } else if (c <= labels) {
      arc(b, stack[--sp], c - 1);
    } else {
      int dep = stack[--sp];
      arc(stack[sp - 1], dep, c - 1 - labels);
    }
  }

  private void arc(int head, int dep, int label) {
    heads[dep] = head;
    rels[dep] = label;
    long bit = 1L << (label & 63);
    if (dep < head) {
      leftCount[head]++;
      leftSet[head] |= bit;
      if (left1[head] == NONE || dep < left1[head]) {
        left2[head] = left1[head];
        left1[head] = dep;
      } else if (left2[head] == NONE || dep < left2[head]) {
        left2[head] = dep;
      }
    } else {
      rightCount[head]++;
      rightSet[head] |= bit;
      if (right1[head] == NONE || dep > right1[head]) {
        right2[head] = right1[head];
        right1[head] = dep;
      } else if (right2[head] == NONE || dep > right2[head]) {
        right2[head] = dep;
      }
    }
  }

  /** The i-th word from the top of the stack (0 = top), or {@link #NONE}. */
  public int stack(int i) {
    return i < sp ? stack[sp - 1 - i] : NONE;
  }

  /** The i-th buffer position (0 = first; {@code n} is the root), or {@link #NONE}. */
  public int buffer(int i) {
    int k = b + i;
    return k <= n ? k : NONE;
  }

  /** Number of words in the sentence (the root is {@code n}). */
  public int size() {
    return n;
  }

  /** Number of words on the stack. */
  public int depth() {
    return sp;
  }

  /** Head of word {@code i} so far ({@code n}: the root; {@link #NONE}: none yet). */
  public int head(int i) {
    return heads[i];
  }

  /** Label number of word {@code i}'s arc, or {@link #NONE}. */
  public int label(int i) {
    return rels[i];
  }
}
