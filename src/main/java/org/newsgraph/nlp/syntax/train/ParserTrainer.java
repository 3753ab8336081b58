package org.newsgraph.nlp.syntax.train;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.newsgraph.nlp.syntax.ParseState;
import org.newsgraph.nlp.syntax.ParserFeatures;
import org.newsgraph.nlp.syntax.ParserModel;

/**
 * Trains the dependency parser: an averaged perceptron over arc-hybrid transitions with the
 * dynamic oracle of Goldberg and Nivre (2013). At each configuration every legal transition gets a
 * cost (how many gold arcs, labels included, it makes unreachable); when the model's choice costs
 * more than the cheapest, the best-scoring cheapest transition is rewarded and the choice
 * penalised. From the second pass on, the parser follows its own mistake with probability
 * {@link #EXPLORE}, so it learns to recover from states a static oracle never shows. The part of
 * speech it is trained on is whatever the sentences carry in UPOS: give it tagger output
 * (jack-knifed, see {@link JackKnife}) so it learns on the tags it will see. Sentences are shuffled
 * each pass, and exploration drawn, from one seeded generator: the same input, the same model.
 */
public final class ParserTrainer {
  /** Probability of following a wrong prediction (from the second pass on). */
  static final double EXPLORE = 0.9;
  /** Averaged weights smaller than this are left out of the model. */
  static final double MIN_WEIGHT = 0.05;

  private final int iterations;
  private final long seed;
  private final PrintStream log;
  private java.util.function.BiConsumer<Integer, ParserModel> afterPass;

  public ParserTrainer(int iterations, long seed, PrintStream log) {
    this.iterations = iterations;
    this.seed = seed;
    this.log = log;
  }

  /** Also hands the model as averaged so far to {@code listener} after each pass (to watch a dev set). */
  public ParserTrainer afterEachPass(java.util.function.BiConsumer<Integer, ParserModel> listener) {
    this.afterPass = listener;
    return this;
  }

  public ParserModel train(List<Conllu.Sentence> sentences) {
    List<Conllu.Sentence> trees = new ArrayList<>();
    TreeSet<String> tagSet = new TreeSet<>();
    TreeSet<String> labelSet = new TreeSet<>(List.of(ParserModel.ROOT));
    for (Conllu.Sentence s : sentences) {
      if (Arrays.stream(s.heads()).anyMatch(h -> h < -1)) {
        continue; // no tree
      }
      trees.add(s);
      Collections.addAll(tagSet, s.upos());
      Collections.addAll(labelSet, s.deprels());
    }
    List<String> tags = new ArrayList<>(tagSet);
    List<String> labels = new ArrayList<>(labelSet);
    Map<String, Integer> tagIndex = new HashMap<>();
    for (int i = 0; i < tags.size(); i++) {
      tagIndex.put(tags.get(i), i);
    }
    int rootLabel = labels.indexOf(ParserModel.ROOT);
    ParseState state = new ParseState(labels.size(), rootLabel);
    ParserFeatures features = new ParserFeatures(tags.size());
    AveragedPerceptron perceptron = new AveragedPerceptron(state.classes());
    Oracle oracle = new Oracle(state, labels.size());
    int[] keys = new int[ParserFeatures.MAX];
    float[] scores = new float[state.classes()];
    int[] costs = new int[state.classes()];
    Random random = new Random(seed);
    List<Conllu.Sentence> order = new ArrayList<>(trees);
    for (int it = 0; it < iterations; it++) {
      Collections.shuffle(order, random);
      long decisions = 0;
      long wrong = 0;
      for (Conllu.Sentence s : order) {
        int n = s.size();
        int[] tagIds = new int[n];
        int[] goldHeads = new int[n];
        int[] goldLabels = new int[n];
        for (int i = 0; i < n; i++) {
          tagIds[i] = tagIndex.get(s.upos()[i]);
          goldHeads[i] = s.heads()[i] < 0 ? n : s.heads()[i];
          goldLabels[i] = Collections.binarySearch(labels, s.deprels()[i]);
        }
        features.prepare(s.words(), tagIds);
        state.start(n);
        oracle.gold(goldHeads, goldLabels);
        while (!state.terminal()) {
          if (state.depth() == 0) {
            state.apply(0);
            continue;
          }
          if (state.buffer(0) == n && state.depth() == 1) {
            state.apply(1 + rootLabel);
            continue;
          }
          int k = features.extract(state, keys);
          Arrays.fill(scores, 0);
          perceptron.score(keys, k, scores);
          int min = oracle.costs(costs);
          int guess = -1;
          int best = -1;
          for (int c = 0; c < scores.length; c++) {
            if (costs[c] < 0) {
              continue; // illegal
            }
            if (guess < 0 || scores[c] > scores[guess]) {
              guess = c;
            }
            if (costs[c] == min && (best < 0 || scores[c] > scores[best])) {
              best = c;
            }
          }
          decisions++;
          int next = best;
          if (costs[guess] > min) {
            wrong++;
            perceptron.update(keys, k, best, guess);
            if (it > 0 && random.nextDouble() < EXPLORE) {
              next = guess;
            }
          }
          perceptron.tick();
          state.apply(next);
        }
      }
      if (log != null) {
        log.printf(Locale.ROOT, "parser pass %d: %.2f%% of decisions wrong while training, %d weights%n",
            it + 1, 100.0 * wrong / Math.max(1, decisions), perceptron.cells());
      }
      if (afterPass != null && it + 1 < iterations) {
        afterPass.accept(it + 1, new ParserModel(tags, labels, perceptron.average(MIN_WEIGHT)));
      }
    }
    return new ParserModel(tags, labels, perceptron.average(MIN_WEIGHT));
  }
}
