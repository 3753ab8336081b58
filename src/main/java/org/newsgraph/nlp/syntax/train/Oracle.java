package org.newsgraph.nlp.syntax.train;

import java.util.Arrays;
import org.newsgraph.nlp.syntax.ParseState;

/**
 * The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013, "Training deterministic
 * parsers with non-deterministic oracles"): the cost of each transition in any configuration, as
 * the number of gold arcs it makes unreachable, plus one for a gold arc with the wrong label.
 * Exact for projective gold trees; for the few non-projective ones it still ranks transitions
 * sensibly (the cheapest are taken as right).
 */
final class Oracle {
  private final ParseState state;
  private final int labels;
  private int[] heads;
  private int[] rels;

  Oracle(ParseState state, int labels) {
    this.state = state;
    this.labels = labels;
  }

  /** The gold tree of the sentence being parsed (heads: {@code n} for the root). */
  void gold(int[] heads, int[] rels) {
    this.heads = heads;
    this.rels = rels;
  }

  /** Fills {@code costs} (-1: illegal) and returns the smallest cost of a legal transition. */
  int costs(int[] costs) {
    Arrays.fill(costs, -1);
    int n = state.size();
    int s0 = state.stack(0);
    int s1 = state.stack(1);
    int b0 = state.buffer(0);
    int depth = state.depth();
    int min = Integer.MAX_VALUE;
    if (state.legal(0)) {
      int c = 0;
      for (int i = 0; i < depth; i++) {
        int x = state.stack(i);
        if (heads[x] == b0) {
          c++; // a dependent of b0 left on the stack
        }
        if (i > 0 && heads[b0] == x) {
          c++; // b0's head deeper in the stack than s0
        }
      }
      costs[0] = c;
      min = c;
    }
    int dependentsInBuffer = 0;
    for (int j = b0; j < n; j++) {
      if (heads[j] == s0) {
        dependentsInBuffer++;
      }
    }
    int h = heads[s0];
    int left = dependentsInBuffer + (h != b0 && (h == s1 || h > b0) ? 1 : 0);
    int right = dependentsInBuffer + (h >= b0 ? 1 : 0);
    for (int l = 0; l < labels; l++) {
      if (state.legal(1 + l)) {
        int c = left + (h == b0 && rels[s0] != l ? 1 : 0);
        costs[1 + l] = c;
        min = Math.min(min, c);
      }
      if (state.legal(1 + labels + l)) {
        int c = right + (h == s1 && rels[s0] != l ? 1 : 0);
        costs[1 + labels + l] = c;
        min = Math.min(min, c);
      }
    }
    return min;
  }
}
