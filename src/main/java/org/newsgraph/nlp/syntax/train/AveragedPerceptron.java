package org.newsgraph.nlp.syntax.train;

import java.util.Arrays;
import org.newsgraph.nlp.syntax.Weights;

/**
 * A multi-class averaged perceptron over hashed features (Collins 2002), with integer weights,
 * so that training is exact and deterministic. Each update moves the right class up by one and the
 * wrong one down by one; the average over all steps is kept lazily (each weight remembers when it
 * last changed). Only the classes an update touched get a weight for a feature, so the table stays
 * sparse. {@link #average(double)} turns it into the {@link Weights} a model stores.
 */
public final class AveragedPerceptron {
  // a cell is one (feature, class) weight: class, weight, next cell + 1 of the same feature, stamp
  private static final int CLASS = 0;
  private static final int WEIGHT = 1;
  private static final int NEXT = 2;
  private static final int STAMP = 3;
  private static final int CELL = 4;

  private final int classes;
  // features: open addressing, two ints a slot: key, first cell + 1 (0 = empty)
  private int[] table = new int[2 << 16];
  private int features;
  private int[] cell = new int[CELL << 16];
  private long[] total = new long[1 << 16];
  private int cells;
  private int now;

  public AveragedPerceptron(int classes) {
    this.classes = classes;
  }

  public int classes() {
    return classes;
  }

  /** Counts one training example (call once per decision, before or after its update). */
  public void tick() {
    now++;
  }

  /** Adds the current (not averaged) weights of the first {@code n} features to {@code scores}. */
  public void score(int[] feats, int n, float[] scores) {
    for (int f = 0; f < n; f++) {
      int slot = find(feats[f]);
      for (int c = table[slot + 1] - 1; c >= 0; c = cell[c * CELL + NEXT] - 1) {
        scores[cell[c * CELL + CLASS]] += cell[c * CELL + WEIGHT];
      }
    }
  }

  /** Rewards class {@code good} and penalises class {@code bad} on these features. */
  public void update(int[] feats, int n, int good, int bad) {
    if (good == bad) {
      return;
    }
    for (int f = 0; f < n; f++) {
      if ((features + 1) * 2 > table.length / 2) {
        grow();
      }
      int slot = find(feats[f]);
      if (table[slot + 1] == 0) {
        table[slot] = feats[f];
        features++;
      }
      add(slot, good, 1);
      add(slot, bad, -1);
    }
  }

  private void add(int slot, int cls, int delta) {
    int last = -1;
    int c = table[slot + 1] - 1;
    while (c >= 0 && cell[c * CELL + CLASS] != cls) {
      last = c;
      c = cell[c * CELL + NEXT] - 1;
    }
    if (c < 0) {
      c = newCell(cls);
      if (last < 0) {
        table[slot + 1] = c + 1;
      } else {
        cell[last * CELL + NEXT] = c + 1;
      }
    }
    int at = c * CELL;
    total[c] += (long) (now - cell[at + STAMP]) * cell[at + WEIGHT];
    cell[at + STAMP] = now;
    cell[at + WEIGHT] += delta;
  }

  private int newCell(int cls) {
    if (cells == total.length) {
      cell = Arrays.copyOf(cell, cell.length * 2);
      total = Arrays.copyOf(total, total.length * 2);
    }
    int c = cells++;
    int at = c * CELL;
    cell[at + CLASS] = cls;
    cell[at + WEIGHT] = 0;
    cell[at + NEXT] = 0;
    cell[at + STAMP] = now;
    total[c] = 0;
    return c;
  }

  /** The table index of {@code key}'s slot: where it is, or the empty slot where it would go. */
  private int find(int key) {
    int mask = table.length / 2 - 1;
    int slot = spread(key) & mask;
    while (table[2 * slot + 1] != 0 && table[2 * slot] != key) {
      slot = (slot + 1) & mask;
    }
    return 2 * slot;
  }

  private void grow() {
    int[] old = table;
    table = new int[old.length * 2];
    for (int i = 0; i < old.length; i += 2) {
      if (old[i + 1] != 0) {
        int slot = find(old[i]);
        table[slot] = old[i];
        table[slot + 1] = old[i + 1];
      }
    }
  }

  private static int spread(int key) {
    int h = key * 0x9E3779B1;
    return h ^ (h >>> 15);
  }

  /** Number of (feature, class) weights so far. */
  public int cells() {
    return cells;
  }

  /**
   * The averaged weights, leaving out those whose average magnitude is below {@code minAbs}
   * (they hardly change any decision and would only make the model file larger).
   */
  public Weights average(double minAbs) {
    long[] order = new long[features];
    int n = 0;
    for (int i = 0; i < table.length; i += 2) {
      if (table[i + 1] != 0) {
        order[n++] = (Integer.toUnsignedLong(table[i]) << 32) | i;
      }
    }
    Arrays.sort(order, 0, n);
    double steps = Math.max(1, now);
    int[] outKeys = new int[n];
    int[] offsets = new int[n + 1];
    short[] cls = new short[cells];
    float[] w = new float[cells];
    int kept = 0;
    int entries = 0;
    long[] byClass = new long[classes];
    for (int k = 0; k < n; k++) {
      int slot = (int) order[k];
      int m = 0;
      for (int c = table[slot + 1] - 1; c >= 0; c = cell[c * CELL + NEXT] - 1) {
        byClass[m++] = ((long) cell[c * CELL + CLASS] << 32) | c;
      }
      Arrays.sort(byClass, 0, m);
      int before = entries;
      for (int j = 0; j < m; j++) {
        int c = (int) byClass[j];
        int at = c * CELL;
        double sum = total[c] + (double) (now - cell[at + STAMP]) * cell[at + WEIGHT];
        double avg = sum / steps;
        if (avg != 0 && Math.abs(avg) >= minAbs) {
          cls[entries] = (short) cell[at + CLASS];
          w[entries] = (float) avg;
          entries++;
        }
      }
      if (entries > before) {
        outKeys[kept] = table[slot];
        offsets[++kept] = entries;
      }
    }
    return new Weights(classes, Arrays.copyOf(outKeys, kept), Arrays.copyOf(offsets, kept + 1),
        Arrays.copyOf(cls, entries), Arrays.copyOf(w, entries));
  }
}
