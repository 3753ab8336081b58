package org.newsgraph.nlp.syntax;

/**
 * The hashing behind the tagger's and parser's features. A feature is a template number and a few
 * values (hashes of words, tag numbers, label sets...), folded into one 32-bit key that the
 * weights are stored under: no feature strings are built, stored or compared. Two different
 * features with the same key share a weight; with a few million features among 2^32 keys that
 * happens to a handful, which does not change the accuracy measurably. Same input, same key, on
 * every machine (no {@link String#hashCode()} seeds or object identities are involved).
 */
public final class FeatureHash {
  private static final long M1 = 0x9E3779B97F4A7C15L;
  private static final long M2 = 0xC2B2AE3D27D4EB4FL;

  private FeatureHash() {}

  /** A 64-bit hash of the characters of {@code s} (FNV-1a, then mixed). */
  public static long of(CharSequence s) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001B3L;
    }
    return mix64(h);
  }

  /** A 64-bit hash of {@code s.substring(from, to)} without building the substring. */
  public static long of(String s, int from, int to) {
    long h = 0xCBF29CE484222325L;
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001B3L;
    }
    return mix64(h ^ (to - from));
  }

  /** The key of template {@code t} with one value. */
  public static int key(int t, long a) {
    return fold(step(step(M2 * (t + 1), a), 1));
  }

  /** The key of template {@code t} with two values. */
  public static int key(int t, long a, long b) {
    return fold(step(step(step(M2 * (t + 1), a), b), 2));
  }

  /** The key of template {@code t} with three values. */
  public static int key(int t, long a, long b, long c) {
    return fold(step(step(step(step(M2 * (t + 1), a), b), c), 3));
  }

  private static long step(long h, long v) {
    return Long.rotateLeft(h ^ (v * M1), 29) * M2 + 0x165667B19E3779F9L;
  }

  private static int fold(long h) {
    h = mix64(h);
    return (int) (h ^ (h >>> 32));
  }

  /** Murmur3's 64-bit finaliser. */
  static long mix64(long h) {
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }
}
