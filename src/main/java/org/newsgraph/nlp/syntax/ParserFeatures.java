package org.newsgraph.nlp.syntax;

import org.newsgraph.nlp.ner.NerLexicon;

/**
 * The parser's features (after Zhang and Nivre 2011, adapted to arc-hybrid): words, tags and news
 * word clusters of the top three stack words and first three buffer words, their pairs and
 * triples, the leftmost and rightmost children made so far and their labels, distances, the
 * number of children on each side and the sets of their labels. {@link #prepare} computes what each
 * word contributes once per sentence; {@link #extract} builds the keys of one configuration.
 * Not thread-safe: one per parser.
 */
public final class ParserFeatures {
  /** Largest number of features {@link #extract} gives. */
  public static final int MAX = 112;

  private static final long NONE_WORD = FeatureHash.of("<none>");
  private static final long ROOT_WORD = FeatureHash.of("<root>");

  private final NerLexicon clusters = NerLexicon.standard();
  private final int tagCount;
  // index = word + 1: 0 is "no word", n + 1 the root
  private long[] word = new long[0];
  private long[] tag = new long[0];
  private long[] wordTag = new long[0];
  private long[] cluster = new long[0];

  /** @param tagCount number of tags (tag ids are 0 .. tagCount - 1; others mean "unknown") */
  public ParserFeatures(int tagCount) {
    this.tagCount = tagCount;
  }

  /** Computes the per-word parts of the features of a sentence. */
  public void prepare(String[] words, int[] tags) {
    int n = words.length;
    if (word.length < n + 2) {
      word = new long[n + 2];
      tag = new long[n + 2];
      wordTag = new long[n + 2];
      cluster = new long[n + 2];
    }
    set(0, NONE_WORD, tagCount + 1, NONE_WORD);
    set(n + 1, ROOT_WORD, tagCount + 2, ROOT_WORD);
    for (int i = 0; i < n; i++) {
      String norm = TaggerFeatures.normalise(words[i]);
      String c = clusters.cluster(norm);
      int t = tags[i] < 0 || tags[i] >= tagCount ? tagCount : tags[i];
      set(i + 1, FeatureHash.of(TaggerFeatures.lower(norm)), t, c == null ? NONE_WORD : FeatureHash.of(c, 0, Math.min(6, c.length())));
    }
  }

  private void set(int k, long w, int t, long c) {
    word[k] = w;
    tag[k] = t;
    wordTag[k] = FeatureHash.mix64(w * 31 + t);
    cluster[k] = c;
  }

  private static int distance(int a, int b) {
    if (a < 0 || b < 0) {
      return 0;
    }
    int d = Math.abs(b - a);
    return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
  }

  private static long label(ParseState s, int i) {
    return i < 0 ? 1000 : s.rels[i] + 2000L;
  }

  /** The feature keys of configuration {@code s} into {@code out}; returns how many. */
  public int extract(ParseState s, int[] out) {
    int s0i = s.stack(0);
    int s1i = s.stack(1);
    int s2i = s.stack(2);
    int b0i = s.buffer(0);
    int b1i = s.buffer(1);
    int b2i = s.buffer(2);
    int s0l = s0i < 0 ? -1 : s.left1[s0i];
    int s0l2 = s0i < 0 ? -1 : s.left2[s0i];
    int s0r = s0i < 0 ? -1 : s.right1[s0i];
    int s0r2 = s0i < 0 ? -1 : s.right2[s0i];
    int s1l = s1i < 0 ? -1 : s.left1[s1i];
    int s1r = s1i < 0 ? -1 : s.right1[s1i];
    int s1r2 = s1i < 0 ? -1 : s.right2[s1i];
    int b0l = b0i < 0 ? -1 : s.left1[b0i];
    int b0l2 = b0i < 0 ? -1 : s.left2[b0i];
    // array indexes (+1): 0 is "none"
    int s0 = s0i + 1;
    int s1 = s1i + 1;
    int s2 = s2i + 1;
    int b0 = b0i + 1;
    int b1 = b1i + 1;
    int b2 = b2i + 1;
    long d = distance(s0i, b0i);
    long d2 = distance(s1i, s0i);
    long s0vl = s0i < 0 ? 0 : s.leftCount[s0i];
    long s0vr = s0i < 0 ? 0 : s.rightCount[s0i];
    long b0vl = b0i < 0 ? 0 : s.leftCount[b0i];
    long s1vl = s1i < 0 ? 0 : s.leftCount[s1i];
    long s1vr = s1i < 0 ? 0 : s.rightCount[s1i];
    long s0sl = s0i < 0 ? 0 : s.leftSet[s0i];
    long s0sr = s0i < 0 ? 0 : s.rightSet[s0i];
    long b0sl = b0i < 0 ? 0 : s.leftSet[b0i];
    long s1sl = s1i < 0 ? 0 : s.leftSet[s1i];
    long s1sr = s1i < 0 ? 0 : s.rightSet[s1i];
    long[] w = word;
    long[] p = tag;
    long[] wp = wordTag;
    long[] c = cluster;
    int k = 0;
    out[k++] = FeatureHash.key(0, 0);
    // single words
    out[k++] = FeatureHash.key(1, wp[s0]);
    out[k++] = FeatureHash.key(2, w[s0]);
    out[k++] = FeatureHash.key(3, p[s0]);
    out[k++] = FeatureHash.key(4, wp[b0]);
    out[k++] = FeatureHash.key(5, w[b0]);
    out[k++] = FeatureHash.key(6, p[b0]);
    out[k++] = FeatureHash.key(7, wp[b1]);
    out[k++] = FeatureHash.key(8, w[b1]);
    out[k++] = FeatureHash.key(9, p[b1]);
    out[k++] = FeatureHash.key(10, w[b2]);
    out[k++] = FeatureHash.key(11, p[b2]);
    out[k++] = FeatureHash.key(12, wp[s1]);
    out[k++] = FeatureHash.key(13, w[s1]);
    out[k++] = FeatureHash.key(14, p[s1]);
    out[k++] = FeatureHash.key(15, p[s2]);
    out[k++] = FeatureHash.key(16, w[s2]);
    // pairs
    out[k++] = FeatureHash.key(17, wp[s0], wp[b0]);
    out[k++] = FeatureHash.key(18, wp[s0], w[b0]);
    out[k++] = FeatureHash.key(19, w[s0], wp[b0]);
    out[k++] = FeatureHash.key(20, wp[s0], p[b0]);
    out[k++] = FeatureHash.key(21, p[s0], wp[b0]);
    out[k++] = FeatureHash.key(22, w[s0], w[b0]);
    out[k++] = FeatureHash.key(23, p[s0], p[b0]);
    out[k++] = FeatureHash.key(24, p[b0], p[b1]);
    out[k++] = FeatureHash.key(25, wp[s1], wp[s0]);
    out[k++] = FeatureHash.key(26, w[s1], w[s0]);
    out[k++] = FeatureHash.key(27, p[s1], p[s0]);
    out[k++] = FeatureHash.key(28, wp[s1], p[s0]);
    out[k++] = FeatureHash.key(29, p[s1], wp[s0]);
    // triples
    out[k++] = FeatureHash.key(30, p[b0], p[b1], p[b2]);
    out[k++] = FeatureHash.key(31, p[s0], p[b0], p[b1]);
    out[k++] = FeatureHash.key(32, p[s1], p[s0], p[b0]);
    out[k++] = FeatureHash.key(33, p[s0], p[s0l + 1], p[b0]);
    out[k++] = FeatureHash.key(34, p[s0], p[s0r + 1], p[b0]);
    out[k++] = FeatureHash.key(35, p[s0], p[b0], p[b0l + 1]);
    out[k++] = FeatureHash.key(36, p[s2], p[s1], p[s0]);
    out[k++] = FeatureHash.key(37, p[s1], p[s1r + 1], p[s0]);
    out[k++] = FeatureHash.key(38, p[s1], p[s0], p[s0l + 1]);
    out[k++] = FeatureHash.key(39, p[s1], p[s0], p[s0r + 1]);
    // distance
    out[k++] = FeatureHash.key(40, w[s0], d);
    out[k++] = FeatureHash.key(41, p[s0], d);
    out[k++] = FeatureHash.key(42, w[b0], d);
    out[k++] = FeatureHash.key(43, p[b0], d);
    out[k++] = FeatureHash.key(44, w[s0], w[b0], d);
    out[k++] = FeatureHash.key(45, p[s0], p[b0], d);
    out[k++] = FeatureHash.key(46, p[s1], p[s0], d2);
    out[k++] = FeatureHash.key(47, w[s1], w[s0], d2);
    // valency
    out[k++] = FeatureHash.key(48, w[s0], s0vr);
    out[k++] = FeatureHash.key(49, p[s0], s0vr);
    out[k++] = FeatureHash.key(50, w[s0], s0vl);
    out[k++] = FeatureHash.key(51, p[s0], s0vl);
    out[k++] = FeatureHash.key(52, w[b0], b0vl);
    out[k++] = FeatureHash.key(53, p[b0], b0vl);
    out[k++] = FeatureHash.key(54, p[s1], s1vr);
    out[k++] = FeatureHash.key(55, p[s1], s1vl);
    // children
    out[k++] = FeatureHash.key(56, w[s0l + 1]);
    out[k++] = FeatureHash.key(57, p[s0l + 1]);
    out[k++] = FeatureHash.key(58, label(s, s0l));
    out[k++] = FeatureHash.key(59, w[s0r + 1]);
    out[k++] = FeatureHash.key(60, p[s0r + 1]);
    out[k++] = FeatureHash.key(61, label(s, s0r));
    out[k++] = FeatureHash.key(62, w[b0l + 1]);
    out[k++] = FeatureHash.key(63, p[b0l + 1]);
    out[k++] = FeatureHash.key(64, label(s, b0l));
    out[k++] = FeatureHash.key(65, w[s1r + 1]);
    out[k++] = FeatureHash.key(66, p[s1r + 1]);
    out[k++] = FeatureHash.key(67, label(s, s1r));
    out[k++] = FeatureHash.key(68, p[s1l + 1]);
    out[k++] = FeatureHash.key(69, label(s, s1l));
    out[k++] = FeatureHash.key(70, w[s0l2 + 1]);
    out[k++] = FeatureHash.key(71, p[s0l2 + 1]);
    out[k++] = FeatureHash.key(72, label(s, s0l2));
    out[k++] = FeatureHash.key(73, w[s0r2 + 1]);
    out[k++] = FeatureHash.key(74, p[s0r2 + 1]);
    out[k++] = FeatureHash.key(75, label(s, s0r2));
    out[k++] = FeatureHash.key(76, w[b0l2 + 1]);
    out[k++] = FeatureHash.key(77, p[b0l2 + 1]);
    out[k++] = FeatureHash.key(78, label(s, b0l2));
    out[k++] = FeatureHash.key(79, p[s0], p[s0l + 1], p[s0l2 + 1]);
    out[k++] = FeatureHash.key(80, p[s0], p[s0r + 1], p[s0r2 + 1]);
    out[k++] = FeatureHash.key(81, p[b0], p[b0l + 1], p[b0l2 + 1]);
    out[k++] = FeatureHash.key(82, p[s1], p[s1r + 1], p[s1r2 + 1]);
    out[k++] = FeatureHash.key(83, p[s0], label(s, s0l), label(s, s0r));
    out[k++] = FeatureHash.key(84, p[b0], label(s, b0l), p[s0]);
    // label sets
    out[k++] = FeatureHash.key(85, w[s0], s0sr);
    out[k++] = FeatureHash.key(86, p[s0], s0sr);
    out[k++] = FeatureHash.key(87, w[s0], s0sl);
    out[k++] = FeatureHash.key(88, p[s0], s0sl);
    out[k++] = FeatureHash.key(89, w[b0], b0sl);
    out[k++] = FeatureHash.key(90, p[b0], b0sl);
    out[k++] = FeatureHash.key(91, p[s1], s1sr);
    out[k++] = FeatureHash.key(92, p[s1], s1sl);
    // clusters
    out[k++] = FeatureHash.key(93, c[s0]);
    out[k++] = FeatureHash.key(94, c[b0]);
    out[k++] = FeatureHash.key(95, c[b1]);
    out[k++] = FeatureHash.key(96, c[s1]);
    out[k++] = FeatureHash.key(97, c[s0], c[b0]);
    out[k++] = FeatureHash.key(98, c[s0], p[b0]);
    out[k++] = FeatureHash.key(99, p[s0], c[b0]);
    out[k++] = FeatureHash.key(100, c[s1], c[s0]);
    out[k++] = FeatureHash.key(101, c[s1], p[s0]);
    out[k++] = FeatureHash.key(102, p[s1], c[s0]);
    // how much is left
    out[k++] = FeatureHash.key(103, Math.min(s.depth(), 4), p[b0]);
    out[k++] = FeatureHash.key(104, Math.min(s.size() - s.b, 4), p[s0]);
    return k;
  }
}
