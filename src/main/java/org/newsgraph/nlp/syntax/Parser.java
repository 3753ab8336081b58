package org.newsgraph.nlp.syntax;

import java.util.Arrays;
import java.util.Map;

/**
 * Parses a tagged sentence into a dependency tree: greedy arc-hybrid transitions ({@link
 * ParseState}), each the best-scoring legal one under the model. Always one tree, exactly one
 * word under the root. Not thread-safe: one per thread, sharing the {@link ParserModel}.
 */
public final class Parser {
  /**
   * A parse.
   *
   * @param heads head of each word (index in the sentence), -1 for the root word
   * @param labels relation of each word to its head ("root" for the root word)
   */
  public record Result(int[] heads, String[] labels) {}

  private final ParserModel model;
  private final Map<String, Integer> tagIndex;
  private final String[] labels;
  private final ParseState state;
  private final ParserFeatures features;
  private final int[] keys = new int[ParserFeatures.MAX];
  private final float[] scores;

  public Parser(ParserModel model) {
    this.model = model;
    this.tagIndex = model.tagIndex();
    this.labels = model.labels().toArray(new String[0]);
    this.state = new ParseState(labels.length, model.rootLabel());
    this.features = new ParserFeatures(model.tags().size());
    this.scores = new float[state.classes()];
  }

  /** The tree of {@code words} with part-of-speech tags {@code tags} (UD UPOS). */
  public Result parse(String[] words, String[] tags) {
    int n = words.length;
    int[] tagIds = new int[n];
    for (int i = 0; i < n; i++) {
      tagIds[i] = tagIndex.getOrDefault(tags[i], -1);
    }
    features.prepare(words, tagIds);
    state.start(n);
    while (!state.terminal()) {
      state.apply(next());
    }
    int[] heads = new int[n];
    String[] rels = new String[n];
    for (int i = 0; i < n; i++) {
      heads[i] = state.head(i) == n ? -1 : state.head(i);
      rels[i] = labels[state.label(i)];
    }
    return new Result(heads, rels);
  }

  private int next() {
    if (state.depth() == 0) {
      return 0; // only SHIFT
    }
    if (state.buffer(0) == state.size() && state.depth() == 1) {
      return 1 + state.rootLabel; // only the arc to the root
    }
    int k = features.extract(state, keys);
    Arrays.fill(scores, 0);
    model.weights().score(keys, k, scores);
    int best = -1;
    for (int c = 0; c < scores.length; c++) {
      if ((best < 0 || scores[c] > scores[best]) && state.legal(c)) {
        best = c;
      }
    }
    return best;
  }
}
