package org.newsgraph.nlp.syntax;

import java.util.Locale;
import java.util.Map;
import org.newsgraph.nlp.ner.NerLexicon;

/**
 * The features of the part-of-speech tagger, shared by training and tagging: the word, its lower
 * case, prefixes and suffixes, shape, news word cluster (the name model's {@code clusters.tsv}),
 * the tags it was seen with in training, the same for its neighbours, and the two tags before it.
 * {@link #prepare} computes what each word contributes once per sentence; {@link #extract} then
 * builds the keys of one position. Not thread-safe: one per tagger.
 */
public final class TaggerFeatures {
  /** Words before and after the sentence look like this (index offset of the arrays). */
  private static final int PAD = 2;

  private static final long NONE = FeatureHash.of("<none>");
  private static final long UNKNOWN = FeatureHash.of("<unknown>");

  private final Map<String, Integer> ambiguity;
  private final NerLexicon clusters = NerLexicon.standard();
  private long[] form = new long[0];
  private long[] lower = new long[0];
  private long[][] suffix = new long[4][0];
  private long[][] prefix = new long[3][0];
  private long[] shape = new long[0];
  private long[][] cluster = new long[3][0];
  private long[] amb = new long[0];

  public TaggerFeatures(Map<String, Integer> ambiguity) {
    this.ambiguity = ambiguity;
  }

  /**
   * The word as the features see it: curly quotes and apostrophes straight, `` and '' as ".
   */
  public static String normalise(String w) {
    boolean plain = true;
    for (int i = 0; i < w.length() && plain; i++) {
      char c = w.charAt(i);
      plain = c != '\u2018' && c != '\u2019' && c != '\u201c' && c != '\u201d' && c != '`';
    }
    if (plain && !w.equals("''")) {
      return w;
    }
    if (w.equals("''") || w.equals("``")) {
      return "\"";
    }
    return w.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"');
  }

  /** The lower case of a normalised word, the key of the ambiguity classes. */
  public static String lower(String normalised) {
    return normalised.toLowerCase(Locale.ROOT);
  }

  /** Computes the per-word parts of the features of a sentence. */
  public void prepare(String[] words) {
    int n = words.length;
    int size = n + 2 * PAD;
    if (form.length < size) {
      form = new long[size];
      lower = new long[size];
      shape = new long[size];
      amb = new long[size];
      for (int k = 0; k < 4; k++) {
        suffix[k] = new long[size];
      }
      for (int k = 0; k < 3; k++) {
        prefix[k] = new long[size];
        cluster[k] = new long[size];
      }
    }
    for (int p = 0; p < size; p++) {
      int i = p - PAD;
      if (i < 0 || i >= n) {
        long edge = i < 0 ? 1 : 2;
        form[p] = lower[p] = shape[p] = amb[p] = edge;
        for (long[] s : suffix) {
          s[p] = edge;
        }
        for (long[] s : prefix) {
          s[p] = edge;
        }
        for (long[] s : cluster) {
          s[p] = edge;
        }
        continue;
      }
      String norm = normalise(words[i]);
      String low = lower(norm);
      form[p] = FeatureHash.of(norm);
      lower[p] = FeatureHash.of(low);
      int len = low.length();
      for (int k = 0; k < 4; k++) {
        suffix[k][p] = FeatureHash.of(low, Math.max(0, len - k - 1), len);
      }
      for (int k = 0; k < 3; k++) {
        prefix[k][p] = FeatureHash.of(low, 0, Math.min(len, k + 1));
      }
      shape[p] = FeatureHash.of(shape(norm));
      String c = clusters.cluster(norm);
      if (c == null) {
        cluster[0][p] = cluster[1][p] = cluster[2][p] = NONE;
      } else {
        cluster[0][p] = FeatureHash.of(c, 0, Math.min(4, c.length()));
        cluster[1][p] = FeatureHash.of(c, 0, Math.min(6, c.length()));
        cluster[2][p] = FeatureHash.of(c);
      }
      Integer a = ambiguity.get(low);
      amb[p] = a == null ? UNKNOWN : a;
    }
  }

  /** A word's shape: X for capitals, x lower case, d digits, other characters as they are; runs of more than two cut to two. */
  static String shape(String w) {
    StringBuilder sb = new StringBuilder(Math.min(w.length(), 12));
    char last = 0;
    int run = 0;
    for (int i = 0; i < w.length() && sb.length() < 12; i++) {
      char c = w.charAt(i);
      char s = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      run = s == last ? run + 1 : 1;
      last = s;
      if (run <= 2) {
        sb.append(s);
      }
    }
    return sb.toString();
  }

  /** Largest number of features {@link #extract} gives. */
  public static final int MAX = 40;

  /**
   * The feature keys of word {@code i}, given the tags of the two words before it ({@code -1}
   * before the sentence), into {@code out}; returns how many.
   */
  public int extract(int i, int p1, int p2, int[] out) {
    int p = i + PAD;
    int k = 0;
    long t1 = p1 + 1000L;
    long t2 = p2 + 1000L;
    out[k++] = FeatureHash.key(0, 0);
    out[k++] = FeatureHash.key(1, form[p]);
    out[k++] = FeatureHash.key(2, lower[p]);
    for (int s = 0; s < 4; s++) {
      out[k++] = FeatureHash.key(3 + s, suffix[s][p]);
    }
    for (int s = 0; s < 3; s++) {
      out[k++] = FeatureHash.key(7 + s, prefix[s][p]);
    }
    out[k++] = FeatureHash.key(10, shape[p]);
    out[k++] = FeatureHash.key(11, t1);
    out[k++] = FeatureHash.key(12, t2);
    out[k++] = FeatureHash.key(13, t1, t2);
    out[k++] = FeatureHash.key(14, t1, lower[p]);
    out[k++] = FeatureHash.key(15, lower[p - 1]);
    out[k++] = FeatureHash.key(16, lower[p - 2]);
    out[k++] = FeatureHash.key(17, lower[p + 1]);
    out[k++] = FeatureHash.key(18, lower[p + 2]);
    out[k++] = FeatureHash.key(19, suffix[2][p - 1]);
    out[k++] = FeatureHash.key(20, suffix[2][p + 1]);
    out[k++] = FeatureHash.key(21, cluster[0][p]);
    out[k++] = FeatureHash.key(22, cluster[1][p]);
    out[k++] = FeatureHash.key(23, cluster[2][p]);
    out[k++] = FeatureHash.key(24, cluster[1][p - 1]);
    out[k++] = FeatureHash.key(25, cluster[1][p + 1]);
    out[k++] = FeatureHash.key(26, amb[p]);
    out[k++] = FeatureHash.key(27, amb[p + 1]);
    out[k++] = FeatureHash.key(28, amb[p + 2]);
    out[k++] = FeatureHash.key(29, t1, amb[p]);
    out[k++] = FeatureHash.key(30, amb[p], amb[p + 1]);
    out[k++] = FeatureHash.key(31, shape[p - 1]);
    out[k++] = FeatureHash.key(32, shape[p + 1]);
    out[k++] = FeatureHash.key(33, i == 0 ? 1 : 0, shape[p]);
    out[k++] = FeatureHash.key(34, lower[p - 1], lower[p]);
    out[k++] = FeatureHash.key(35, lower[p], lower[p + 1]);
    out[k++] = FeatureHash.key(36, t1, suffix[2][p]);
    out[k++] = FeatureHash.key(37, t1, lower[p + 1]);
    return k;
  }
}
