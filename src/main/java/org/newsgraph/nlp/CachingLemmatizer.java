package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.DefaultLemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * The statistical lemmatizer of OpenNLP ({@link LemmatizerME}) with the same output, faster. The
 * model scores every edit script for a word given its context, and the beam search keeps the best
 * few; both depend only on the word, its part of speech and the previous edit script (OpenNLP's
 * {@link DefaultLemmatizerContextGenerator}). News repeats those triples all the time, so the best
 * candidates of each triple are computed once (the model evaluation and the sort of all its
 * scores, which is where LemmatizerME spends its time) and the beam search runs exactly as
 * OpenNLP's {@link BeamSearch}: same candidates, same order, same scores, same result. A model
 * this class cannot read (another context generator or a sequence model) is used through
 * LemmatizerME unchanged. Not thread-safe: one per thread; threads may share a {@link Cache}.
 */
public final class CachingLemmatizer {
  private static final String MODEL_ENTRY = "lemmatizer.model";
  private static final double MIN_SEQUENCE_SCORE = -100000;
  /** Cached contexts before the cache is emptied (it only saves work; clearing never changes output). */
  private static final int MAX_ENTRIES = 200_000;

  /** The outcomes BeamSearch would extend a sequence with in one context: indexes and scores. */
  private record Candidates(int[] outcomes, double[] scores) {}

  private final LemmatizerME fallback;
  private final MaxentModel model;
  private final int size;
  private final LemmatizerContextGenerator contexts;
  private final SequenceValidator<String> validator;
  private final double[] probs;
  private final Map<String, Candidates> cache;

  /** The best candidates of each (word, tag, previous edit script); safe to share between threads. */
  public static final class Cache {
    private final Map<String, Candidates> candidates = new ConcurrentHashMap<>();
  }

  /** A lemmatizer with a cache of its own. */
  public CachingLemmatizer(LemmatizerModel lemmas) {
    this(lemmas, new Cache());
  }

  /**
   * A lemmatizer sharing {@code cache} with others built on the same model (threads then compute
   * each context's candidates once between them, not once each).
   */
  public CachingLemmatizer(LemmatizerModel lemmas, Cache cache) {
    this.cache = cache.candidates;
    Object artifact = lemmas.getArtifact(MODEL_ENTRY);
    LemmatizerContextGenerator cg = lemmas.getFactory().getContextGenerator();
    if (artifact instanceof MaxentModel m && cg.getClass() == DefaultLemmatizerContextGenerator.class) {
      this.fallback = null;
      this.model = m;
      String beam = lemmas.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
      this.size = beam == null ? LemmatizerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
      this.contexts = cg;
      this.validator = lemmas.getFactory().getSequenceValidator();
      this.probs = new double[m.getNumOutcomes()];
    } else {
      this.fallback = new LemmatizerME(lemmas);
      this.model = null;
      this.size = 0;
      this.contexts = null;
      this.validator = null;
      this.probs = null;
    }
  }

  /** Whether the cached beam search is in use (false: plain LemmatizerME). */
  public boolean cached() {
    return fallback == null;
  }

  /** Lemmas of a sentence's words given their tags, as {@link LemmatizerME#lemmatize(String[], String[])}. */
  public String[] lemmatize(String[] words, String[] tags) {
    if (fallback != null) {
      return fallback.lemmatize(words, tags);
    }
    return LemmatizerME.decodeLemmas(words, editScripts(words, tags));
  }

  /** BeamSearch.bestSequence with the per-context candidates cached. */
  private String[] editScripts(String[] words, String[] tags) {
    Object[] extra = {tags};
    Queue<Sequence> prev = new PriorityQueue<>(size);
    Queue<Sequence> next = new PriorityQueue<>(size);
    prev.add(new Sequence());
    for (int i = 0; i < words.length; i++) {
      int sz = Math.min(size, prev.size());
      for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
        Sequence top = prev.remove();
        String[] outcomes = top.getOutcomes().toArray(new String[0]);
        String before = i < 1 ? "bos" : outcomes[i - 1];
        String key = words[i] + '\u0000' + tags[i] + '\u0000' + before;
        Candidates c = cache.get(key);
        if (c == null) {
          c = candidates(contexts.getContext(i, words, outcomes, extra));
          if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
          }
          cache.put(key, c);
        }
        for (int k = 0; k < c.outcomes.length; k++) {
          String out = model.getOutcome(c.outcomes[k]);
          if (validator.validSequence(i, words, outcomes, out)) {
            Sequence ns = new Sequence(top, out, c.scores[k]);
            if (ns.getScore() > MIN_SEQUENCE_SCORE) {
              next.add(ns);
            }
          }
        }
        if (next.isEmpty()) { // as BeamSearch: when nothing advanced, advance every valid outcome
          double[] scores = model.eval(contexts.getContext(i, words, outcomes, extra), probs);
          SelectingBeamSearch.advanceEvery(top, i, words, outcomes, scores, model, validator, MIN_SEQUENCE_SCORE, next);
        }
      }
      prev.clear();
      Queue<Sequence> t = prev;
      prev = next;
      next = t;
    }
    if (prev.isEmpty()) {
      throw new IllegalStateException("the lemmatizer found no sequence");
    }
    return prev.remove().getOutcomes().toArray(new String[0]);
  }

  /**
   * The k-th largest of {@code values} (1 = the largest), duplicates counted: what BeamSearch
   * reads from the whole array sorted, {@code sorted[length - k]}, kept here in a k-slot array.
   */
  static double kthLargest(double[] values, int k) {
    double[] top = new double[k]; // descending
    int n = 0;
    for (double v : values) {
      if (n < k) {
        int i = n++;
        while (i > 0 && Double.compare(top[i - 1], v) < 0) {
          top[i] = top[i - 1];
          i--;
        }
        top[i] = v;
      } else if (Double.compare(v, top[k - 1]) > 0) {
        int i = k - 1;
        while (i > 0 && Double.compare(top[i - 1], v) < 0) {
          top[i] = top[i - 1];
          i--;
        }
        top[i] = v;
      }
    }
    return top[k - 1];
  }

  /** The outcomes scoring at least the size-th best score, in outcome order, as BeamSearch picks them. */
  private Candidates candidates(String[] context) {
    double[] scores = model.eval(context, probs);
    double min = kthLargest(scores, Math.min(size, scores.length));
    List<Integer> idx = new ArrayList<>();
    for (int p = 0; p < scores.length; p++) {
      if (scores[p] >= min) {
        idx.add(p);
      }
    }
    int[] o = new int[idx.size()];
    double[] s = new double[idx.size()];
    for (int k = 0; k < o.length; k++) {
      o[k] = idx.get(k);
      s[k] = scores[o[k]];
    }
    return new Candidates(o, s);
  }
}
