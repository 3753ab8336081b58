package org.newsgraph.nlp;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * A perceptron model's features and their parameters packed into two arrays, for summing the
 * parameters of a context's features with a couple of cache misses per feature instead of the half
 * dozen of a {@code HashMap<String, Context>} (map table, node, key, its characters, the context,
 * its two arrays). The sums are those of the map, to the bit: each feature is found by comparing
 * its characters (not by a hash alone), and its parameters are added in the map's order.
 *
 * <p>{@code slots} is an open-addressing table of longs: the key's {@link String#hashCode} in the
 * high half, its record's index + 1 in the low half (0: empty). A record in {@code records} is one
 * long (key length, entry count), the key's characters four to a long, the outcomes four to a long,
 * then the parameters as double bits. Immutable and thread-safe.
 */
final class PerceptronTable {
  private final long[] slots;
  private final int mask;
  private final long[] records;

  /** @param predicates feature name to its outcomes and parameters (a PerceptronModel's map) */
  PerceptronTable(Map<String, Context> predicates) {
    long size = 0;
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      int n = e.getValue().getOutcomes().length;
      size += 1 + (e.getKey().length() + 3) / 4 + (n + 3) / 4 + n;
    }
    if (size >= Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too many parameters for one table: " + size);
    }
    records = new long[(int) size];
    int capacity = Integer.highestOneBit(Math.max(4, predicates.size() * 2 - 1)) << 1;
    slots = new long[capacity];
    mask = capacity - 1;
    int r = 0;
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      String key = e.getKey();
      int slot = spread(key.hashCode()) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = (long) key.hashCode() << 32 | (r + 1);
      r = write(r, key, e.getValue());
    }
  }

  /** Writes the record of {@code key} at {@code r}; returns where the next one starts. */
  private int write(int r, String key, Context c) {
    int[] outcomes = c.getOutcomes();
    double[] parameters = c.getParameters();
    int len = key.length();
    records[r++] = (long) len << 32 | outcomes.length;
    for (int i = 0; i < len; i++) {
      records[r + i / 4] |= (long) key.charAt(i) << (16 * (i % 4));
    }
    r += (len + 3) / 4;
    for (int i = 0; i < outcomes.length; i++) {
      if (outcomes[i] < 0 || outcomes[i] > 0xFFFF) {
        throw new IllegalArgumentException("outcome " + outcomes[i] + " out of range");
      }
      records[r + i / 4] |= (long) outcomes[i] << (16 * (i % 4));
    }
    r += (outcomes.length + 3) / 4;
    for (double p : parameters) {
      records[r++] = Double.doubleToRawLongBits(p);
    }
    return r;
  }

  /**
   * Adds to {@code sums} the parameters of the features {@code context[from..to)} that the model
   * knows, feature by feature in order, as {@code ArrayMath.sumFeatures} does with no values. The
   * slots of all features are read first, and each candidate record's first long with them: these
   * loads do not wait for each other, so their cache misses overlap. Only then are the keys compared
   * and the parameters added.
   */
  void add(String[] context, int from, int to, double[] sums) {
    int[] feature = new int[to - from];
    int[] record = new int[to - from];
    long[] head = new long[to - from];
    long[] rec = records;
    int m = 0;
    for (int ci = from; ci < to; ci++) {
      int r = candidate(context[ci].hashCode());
      if (r >= 0) {
        feature[m] = ci;
        record[m] = r;
        head[m++] = rec[r];
      }
    }
    for (int k = 0; k < m; k++) {
      int r = record[k];
      long h = head[k];
      if (!sameKey(r, context[feature[k]])) { // another key with the same hash code: look further
        r = find(context[feature[k]]);
        if (r < 0) {
          continue;
        }
        h = rec[r];
      }
      int len = (int) (h >>> 32);
      int n = (int) h;
      int outcomes = r + 1 + (len + 3) / 4;
      int parameters = outcomes + (n + 3) / 4;
      for (int i = 0; i < n; i++) {
        int outcome = (int) (rec[outcomes + i / 4] >>> (16 * (i % 4))) & 0xFFFF;
        sums[outcome] += Double.longBitsToDouble(rec[parameters + i]) * 1.0;
      }
    }
  }

  /**
   * The record of the first key with hash code {@code h}, or -1 when there is none (then the
   * model does not know the feature; otherwise it may be another key of the same hash code).
   */
  private int candidate(int h) {
    int slot = spread(h) & mask;
    long v;
    while ((v = slots[slot]) != 0) {
      if ((int) (v >>> 32) == h) {
        return (int) v - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** The record of feature {@code key}, or -1 when the model does not know it. */
  int find(String key) {
    int h = key.hashCode();
    int slot = spread(h) & mask;
    long v;
    while ((v = slots[slot]) != 0) {
      if ((int) (v >>> 32) == h) {
        int r = (int) v - 1;
        if (sameKey(r, key)) {
          return r;
        }
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private boolean sameKey(int r, String key) {
    int len = key.length();
    if ((int) (records[r] >>> 32) != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if ((char) (records[r + 1 + i / 4] >>> (16 * (i % 4))) != key.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    h *= 0x9E3779B1;
    return h ^ (h >>> 15);
  }
}
