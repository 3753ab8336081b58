package org.newsgraph.nlp.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The weights of a trained linear classifier over hashed features ({@link FeatureHash}): for each
 * feature key, the classes it has a weight for and those weights (sparse: a perceptron only ever
 * touches the classes it confused). Weights are kept with 8 bits of mantissa (bfloat16), which is
 * what the model file stores, so a model scores the same before and after it is saved. At most 255
 * classes and 2^23 weights. Immutable
 * and thread-safe.
 */
public final class Weights {
  private final int classes;
  private final int[] keys; // sorted, unsigned order
  private final int[] offsets; // entries of feature i: offsets[i] .. offsets[i + 1]
  /**
   * Open addressing, two ints a slot: the key, then (first entry << 8 | entry count), 0 = empty.
   * The entries of a feature are packed one int each (bfloat16 weight << 16 | class), so scoring a
   * feature reads two places in memory.
   */
  private final int[] table;
  private final int[] packed;
  private final int mask;

  /**
   * @param keys feature keys in ascending unsigned order, no repeats
   * @param offsets {@code keys.length + 1} entry offsets
   */
  public Weights(int classes, int[] keys, int[] offsets, short[] entryClass, float[] entryWeight) {
    if (classes > 255) {
      throw new IllegalArgumentException("at most 255 classes, got " + classes);
    }
    if (entryWeight.length >= 1 << 23) {
      throw new IllegalArgumentException("at most 2^23 weights, got " + entryWeight.length);
    }
    this.classes = classes;
    this.keys = keys;
    this.offsets = offsets;
    this.packed = new int[entryWeight.length];
    for (int i = 0; i < entryWeight.length; i++) {
      packed[i] = (toBf16(entryWeight[i]) << 16) | entryClass[i];
    }
    int slots = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
    this.table = new int[2 * slots];
    this.mask = slots - 1;
    for (int i = 0; i < keys.length; i++) {
      int slot = spread(keys[i]) & mask;
      while (table[2 * slot + 1] != 0) {
        slot = (slot + 1) & mask;
      }
      table[2 * slot] = keys[i];
      table[2 * slot + 1] = (offsets[i] << 8) | (offsets[i + 1] - offsets[i]);
    }
  }

  public int classes() {
    return classes;
  }

  /** Number of features with at least one weight. */
  public int features() {
    return keys.length;
  }

  /** Number of (feature, class) weights. */
  public int entries() {
    return packed.length;
  }

  /**
   * Adds the weights of the first {@code n} features of {@code features} to {@code scores}. The
   * features are first all looked up, then their weights added in order: the lookups do not wait
   * for each other, so the processor overlaps their cache misses (a table of several MB is mostly
   * outside the caches), and the sums are the same, to the bit, as adding feature by feature.
   */
  public void score(int[] features, int n, float[] scores) {
    int[] t = table;
    int[] p = packed;
    int[] found = new int[n];
    int m = 0;
    for (int f = 0; f < n; f++) {
      int key = features[f];
      int slot = spread(key) & mask;
      int where;
      while ((where = t[2 * slot + 1]) != 0) {
        if (t[2 * slot] == key) {
          found[m++] = where;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    for (int i = 0; i < m; i++) {
      int where = found[i];
      for (int e = where >>> 8, end = e + (where & 0xFF); e < end; e++) {
        int v = p[e];
        scores[v & 0xFF] += Float.intBitsToFloat(v & 0xFFFF0000);
      }
    }
  }

  /** These weights without those whose magnitude is below {@code minAbs}. */
  public Weights pruned(double minAbs) {
    int[] outKeys = new int[keys.length];
    int[] outOffsets = new int[keys.length + 1];
    short[] cls = new short[packed.length];
    float[] w = new float[packed.length];
    int kept = 0;
    int entries = 0;
    for (int i = 0; i < keys.length; i++) {
      int before = entries;
      for (int e = offsets[i]; e < offsets[i + 1]; e++) {
        float v = Float.intBitsToFloat(packed[e] & 0xFFFF0000);
        if (Math.abs(v) >= minAbs) {
          cls[entries] = (short) (packed[e] & 0xFF);
          w[entries++] = v;
        }
      }
      if (entries > before) {
        outKeys[kept] = keys[i];
        outOffsets[++kept] = entries;
      }
    }
    return new Weights(classes, Arrays.copyOf(outKeys, kept), Arrays.copyOf(outOffsets, kept + 1),
        Arrays.copyOf(cls, entries), Arrays.copyOf(w, entries));
  }

  private static int spread(int key) {
    int h = key * 0x9E3779B1;
    return h ^ (h >>> 15);
  }

  /** Writes the weights column by column (keys as gaps, then counts, classes, weights). */
  public void write(DataOutputStream out) throws IOException {
    out.writeInt(classes);
    out.writeInt(keys.length);
    out.writeInt(packed.length);
    long previous = 0;
    for (int k : keys) {
      long u = Integer.toUnsignedLong(k);
      varint(out, u - previous);
      previous = u;
    }
    for (int i = 0; i < keys.length; i++) {
      varint(out, offsets[i + 1] - offsets[i]);
    }
    for (int v : packed) {
      varint(out, v & 0xFF);
    }
    for (int v : packed) {
      out.writeShort(v >>> 16);
    }
  }

  /** Reads what {@link #write} wrote. */
  public static Weights read(DataInputStream in) throws IOException {
    int classes = in.readInt();
    int n = in.readInt();
    int entries = in.readInt();
    if (classes <= 0 || n < 0 || entries < n) {
      throw new IOException("not a weights table (classes " + classes + ", features " + n + ")");
    }
    int[] keys = new int[n];
    long previous = 0;
    for (int i = 0; i < n; i++) {
      previous += readVarint(in);
      keys[i] = (int) previous;
    }
    int[] offsets = new int[n + 1];
    for (int i = 0; i < n; i++) {
      offsets[i + 1] = offsets[i] + (int) readVarint(in);
    }
    if (offsets[n] != entries) {
      throw new IOException("weights table: " + offsets[n] + " entries counted, " + entries + " announced");
    }
    short[] cls = new short[entries];
    for (int e = 0; e < entries; e++) {
      long c = readVarint(in);
      if (c >= classes) {
        throw new IOException("weights table: class " + c + " of " + classes);
      }
      cls[e] = (short) c;
    }
    float[] w = new float[entries];
    for (int e = 0; e < entries; e++) {
      w[e] = fromBf16(in.readShort());
    }
    return new Weights(classes, keys, offsets, cls, w);
  }

  static short toBf16(float f) {
    int bits = Float.floatToIntBits(f);
    bits += 0x7FFF + ((bits >>> 16) & 1); // round to nearest, ties to even
    return (short) (bits >>> 16);
  }

  static float fromBf16(short s) {
    return Float.intBitsToFloat((s & 0xFFFF) << 16);
  }

  static void varint(DataOutputStream out, long v) throws IOException {
    while ((v & ~0x7FL) != 0) {
      out.writeByte((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.writeByte((int) v);
  }

  static long readVarint(DataInputStream in) throws IOException {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("weights table: malformed number");
  }
}
