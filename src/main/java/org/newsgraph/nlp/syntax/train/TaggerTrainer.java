package org.newsgraph.nlp.syntax.train;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.nlp.syntax.Tagger;
import org.newsgraph.nlp.syntax.TaggerFeatures;
import org.newsgraph.nlp.syntax.TaggerModel;

/**
 * Trains the part-of-speech tagger: a greedy left-to-right averaged perceptron (the history is
 * the tagger's own predictions, as when tagging), sentences shuffled each pass with a fixed seed,
 * so the same treebank always gives the same model.
 */
public final class TaggerTrainer {
  /** A word this frequent that had one tag this often goes into the tag dictionary. */
  static final int DICT_MIN_COUNT = 20;
  static final double DICT_MIN_SHARE = 0.97;
  /** Ambiguity classes: words seen this often; tags seen on this share of them. */
  static final int AMB_MIN_COUNT = 2;
  static final double AMB_MIN_SHARE = 0.05;
  /** Averaged weights smaller than this are left out of the model. */
  static final double MIN_WEIGHT = 0.02;

  private final int iterations;
  private final long seed;
  private final PrintStream log;

  public TaggerTrainer(int iterations, long seed, PrintStream log) {
    this.iterations = iterations;
    this.seed = seed;
    this.log = log;
  }

  public TaggerModel train(List<Conllu.Sentence> sentences) {
    List<String> tags = new ArrayList<>(new TreeSet<>(allTags(sentences)));
    Map<String, Integer> tagIndex = new HashMap<>();
    for (int i = 0; i < tags.size(); i++) {
      tagIndex.put(tags.get(i), i);
    }
    Map<String, int[]> byForm = new TreeMap<>();
    Map<String, int[]> byLower = new TreeMap<>();
    for (Conllu.Sentence s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        String norm = TaggerFeatures.normalise(s.words()[i]);
        int t = tagIndex.get(s.upos()[i]);
        byForm.computeIfAbsent(norm, x -> new int[tags.size()])[t]++;
        byLower.computeIfAbsent(TaggerFeatures.lower(norm), x -> new int[tags.size()])[t]++;
      }
    }
    Map<String, Integer> dictionary = new HashMap<>();
    byForm.forEach((w, counts) -> {
      int total = 0;
      int best = 0;
      for (int t = 0; t < counts.length; t++) {
        total += counts[t];
        best = counts[t] > counts[best] ? t : best;
      }
      if (total >= DICT_MIN_COUNT && counts[best] >= DICT_MIN_SHARE * total) {
        dictionary.put(w, best);
      }
    });
    Map<String, Integer> ambiguity = new HashMap<>();
    byLower.forEach((w, counts) -> {
      int total = 0;
      for (int c : counts) {
        total += c;
      }
      if (total < AMB_MIN_COUNT) {
        return;
      }
      int mask = 0;
      for (int t = 0; t < counts.length; t++) {
        if (counts[t] > 0 && counts[t] >= AMB_MIN_SHARE * total) {
          mask |= 1 << t;
        }
      }
      ambiguity.put(w, mask);
    });

    TaggerFeatures features = new TaggerFeatures(ambiguity);
    AveragedPerceptron perceptron = new AveragedPerceptron(tags.size());
    int[] keys = new int[TaggerFeatures.MAX];
    float[] scores = new float[tags.size()];
    List<Conllu.Sentence> order = new ArrayList<>(sentences);
    Random random = new Random(seed);
    for (int it = 0; it < iterations; it++) {
      Collections.shuffle(order, random);
      long right = 0;
      long total = 0;
      for (Conllu.Sentence s : order) {
        features.prepare(s.words());
        int p1 = -1;
        int p2 = -1;
        for (int i = 0; i < s.size(); i++) {
          int gold = tagIndex.get(s.upos()[i]);
          Integer known = dictionary.get(TaggerFeatures.normalise(s.words()[i]));
          int guess;
          if (known != null) {
            guess = known;
          } else {
            int k = features.extract(i, p1, p2, keys);
            java.util.Arrays.fill(scores, 0);
            perceptron.score(keys, k, scores);
            guess = argmax(scores);
            if (guess != gold) {
              perceptron.update(keys, k, gold, guess);
            }
            perceptron.tick();
          }
          right += guess == gold ? 1 : 0;
          total++;
          p2 = p1;
          p1 = guess;
        }
      }
      if (log != null) {
        log.printf(java.util.Locale.ROOT, "tagger pass %d: %.2f%% right while training, %d weights%n",
            it + 1, 100.0 * right / Math.max(1, total), perceptron.cells());
      }
    }
    return new TaggerModel(tags, dictionary, ambiguity, perceptron.average(MIN_WEIGHT));
  }

  private static TreeSet<String> allTags(List<Conllu.Sentence> sentences) {
    TreeSet<String> out = new TreeSet<>();
    for (Conllu.Sentence s : sentences) {
      Collections.addAll(out, s.upos());
    }
    return out;
  }

  private static int argmax(float[] scores) {
    int best = 0;
    for (int c = 1; c < scores.length; c++) {
      if (scores[c] > scores[best]) {
        best = c;
      }
    }
    return best;
  }

  /** Share of words whose tag {@code tagger} gets right. */
  public static double accuracy(TaggerModel model, List<Conllu.Sentence> gold) {
    Tagger tagger = new Tagger(model);
    long right = 0;
    long total = 0;
    for (Conllu.Sentence s : gold) {
      String[] t = tagger.tag(s.words());
      for (int i = 0; i < t.length; i++) {
        right += t[i].equals(s.upos()[i]) ? 1 : 0;
        total++;
      }
    }
    return (double) right / Math.max(1, total);
  }
}
