package org.newsgraph.nlp.syntax;

import java.util.Arrays;

/**
 * Tags the words of a sentence with UD parts of speech, left to right, each decision seeing the
 * two tags before it (greedy; a perceptron trained the same way, see {@code TaggerTrainer}).
 * Words of the model's tag dictionary get their tag without scoring. Not thread-safe: one per
 * thread, sharing the {@link TaggerModel}.
 */
public final class Tagger {
  private final TaggerModel model;
  private final TaggerFeatures features;
  private final String[] tags;
  private final int[] keys = new int[TaggerFeatures.MAX];
  private final float[] scores;

  public Tagger(TaggerModel model) {
    this.model = model;
    this.features = new TaggerFeatures(model.ambiguity());
    this.tags = model.tags().toArray(new String[0]);
    this.scores = new float[tags.length];
  }

  /** The tags of {@code words}. */
  public String[] tag(String[] words) {
    int[] ids = tagIds(words);
    String[] out = new String[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = tags[ids[i]];
    }
    return out;
  }

  /** The tags of {@code words} as indexes into {@link TaggerModel#tags()}. */
  public int[] tagIds(String[] words) {
    features.prepare(words);
    int[] out = new int[words.length];
    int p1 = -1;
    int p2 = -1;
    for (int i = 0; i < words.length; i++) {
      Integer known = model.dictionary().get(TaggerFeatures.normalise(words[i]));
      int t;
      if (known != null) {
        t = known;
      } else {
        int k = features.extract(i, p1, p2, keys);
        Arrays.fill(scores, 0);
        model.weights().score(keys, k, scores);
        t = argmax(scores);
      }
      out[i] = t;
      p2 = p1;
      p1 = t;
    }
    return out;
  }

  /** Index of the largest score (the first of equals). */
  static int argmax(float[] scores) {
    int best = 0;
    for (int c = 1; c < scores.length; c++) {
      if (scores[c] > scores[best]) {
        best = c;
      }
    }
    return best;
  }
}
