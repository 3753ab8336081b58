package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's {@link BeamSearch} with the same sequences, less work. At each word the beam's few
 * hypotheses ask the model about contexts that are often identical (the name finder's context
 * holds only the previous outcome, so two hypotheses ending alike ask the same question): each
 * distinct context is evaluated once per word; with a perceptron model (the name model) the sums
 * over the features the hypotheses share are made once per word. And the score a candidate must
 * reach (the beam-size-th best) is found by a k-slot selection instead of sorting every outcome's score.
 * The candidates, their order, their scores and the result are BeamSearch's (tested against it).
 * The model must be a pure function of the context, as OpenNLP's maxent and perceptron models are.
 * Not thread-safe (nor is BeamSearch): one per tool instance.
 */
public class SelectingBeamSearch extends BeamSearch {
  private static final Object[] EMPTY_ADDITIONAL_CONTEXT = new Object[0];

  /** For a perceptron model: its own evaluation, sharing the hypotheses' common features. */
  private final Perceptron perceptron;

  public SelectingBeamSearch(int size, MaxentModel model) {
    super(size, model);
    this.perceptron = model.getClass() == PerceptronModel.class ? Perceptron.of((PerceptronModel) model) : null;
  }

  /**
   * {@link PerceptronModel#eval(String[], double[])} for several contexts at once. The beam's
   * hypotheses at one word share most of their context (the word's features) and differ at the
   * end (the previous outcomes): the sums over the shared first features are made once, then each
   * context adds its own, in the same order as PerceptronModel adds them, so every sum and score
   * is the same, to the bit.
   */
  static final class Perceptron {
    /** The table of the model last seen (finders of one model share it: one per thread each). */
    private static volatile Perceptron last;

    private final PerceptronModel model;
    private final PerceptronTable table;
    private final int outcomes;

    @SuppressWarnings("unchecked")
    private Perceptron(PerceptronModel model) {
      this.model = model;
      this.table = new PerceptronTable((Map<String, Context>) model.getDataStructures()[1]);
      this.outcomes = model.getNumOutcomes();
    }

    /** The evaluation of {@code model}, its table built once for all finders of the model. */
    static Perceptron of(PerceptronModel model) {
      Perceptron p = last;
      if (p == null || p.model != model) {
        synchronized (Perceptron.class) {
          p = last;
          if (p == null || p.model != model) {
            p = new Perceptron(model);
            last = p;
          }
        }
      }
      return p;
    }

    double[][] eval(List<String[]> contexts) {
      int shared = contexts.isEmpty() ? 0 : contexts.get(0).length;
      for (String[] c : contexts) {
        int k = 0;
        String[] first = contexts.get(0);
        while (k < shared && k < c.length && c[k].equals(first[k])) {
          k++;
        }
        shared = k;
      }
      double[] common = new double[outcomes];
      if (!contexts.isEmpty()) {
        add(contexts.get(0), 0, shared, common);
      }
      double[][] out = new double[contexts.size()][];
      for (int h = 0; h < out.length; h++) {
        double[] sums = common.clone();
        String[] c = contexts.get(h);
        add(c, shared, c.length, sums);
        out[h] = normalize(sums);
      }
      return out;
    }

    /** As ArrayMath.sumFeatures with no values: each known feature's parameters, in order. */
    private void add(String[] context, int from, int to, double[] sums) {
      table.add(context, from, to, sums);
    }

    /** As PerceptronModel's normalisation. */
    private double[] normalize(double[] prior) {
      double maxPrior = 1;
      for (int oid = 0; oid < outcomes; oid++) {
        if (maxPrior < StrictMath.abs(prior[oid])) {
          maxPrior = StrictMath.abs(prior[oid]);
        }
      }
      double normal = 0.0;
      for (int oid = 0; oid < outcomes; oid++) {
        prior[oid] = StrictMath.exp(prior[oid] / maxPrior);
        normal += prior[oid];
      }
      for (int oid = 0; oid < outcomes; oid++) {
        prior[oid] /= normal;
      }
      return prior;
    }
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      double minSequenceScore, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    Queue<Sequence> prev = new PriorityQueue<>(size);
    Queue<Sequence> next = new PriorityQueue<>(size);
    prev.add(new Sequence());
    Object[] extra = additionalContext == null ? EMPTY_ADDITIONAL_CONTEXT : additionalContext;
    Map<List<String>, double[]> asked = new HashMap<>();
    List<Sequence> tops = new ArrayList<>(size);
    List<String[]> outcomesOf = new ArrayList<>(size);
    List<String[]> contextsOf = new ArrayList<>(size);
    for (int i = 0; i < sequence.length; i++) {
      int sz = Math.min(size, prev.size());
      asked.clear();
      tops.clear();
      outcomesOf.clear();
      contextsOf.clear();
      for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
        Sequence top = prev.remove();
        String[] outcomes = top.getOutcomes().toArray(new String[0]);
        tops.add(top);
        outcomesOf.add(outcomes);
        contextsOf.add(cg.getContext(i, sequence, outcomes, extra));
      }
      double[][] scoresOf = perceptron != null ? perceptron.eval(contextsOf) : null;
      for (int h = 0; h < tops.size(); h++) {
        Sequence top = tops.get(h);
        String[] outcomes = outcomesOf.get(h);
        double[] scores;
        if (scoresOf != null) {
          scores = scoresOf[h];
        } else {
          String[] contexts = contextsOf.get(h);
          List<String> key = Arrays.asList(contexts);
          scores = asked.get(key);
          if (scores == null) {
            scores = model.eval(contexts, new double[model.getNumOutcomes()]);
            asked.put(key, scores);
          }
        }
        double min = CachingLemmatizer.kthLargest(scores, Math.min(size, scores.length));
        for (int p = 0; p < scores.length; p++) {
          if (scores[p] >= min) {
            String out = model.getOutcome(p);
            if (validator.validSequence(i, sequence, outcomes, out)) {
              Sequence ns = new Sequence(top, out, scores[p]);
              if (ns.getScore() > minSequenceScore) {
                next.add(ns);
              }
            }
          }
        }
        if (next.isEmpty()) { // as BeamSearch: when nothing advanced, advance every valid outcome
          advanceEvery(top, i, sequence, outcomes, scores, model, validator, minSequenceScore, next);
        }
      }
      prev.clear();
      Queue<Sequence> t = prev;
      prev = next;
      next = t;
    }
    int numSeq = Math.min(numSequences, prev.size());
    Sequence[] top = new Sequence[numSeq];
    for (int k = 0; k < numSeq; k++) {
      top[k] = prev.remove();
    }
    return top;
  }

  /** BeamSearch's way out when no candidate advanced {@code top}: every valid outcome does. */
  static <T> void advanceEvery(Sequence top, int i, T[] sequence, String[] outcomes, double[] scores,
      MaxentModel model, SequenceValidator<T> validator, double minSequenceScore, Queue<Sequence> next) {
    for (int p = 0; p < scores.length; p++) {
      String out = model.getOutcome(p);
      if (validator.validSequence(i, sequence, outcomes, out)) {
        Sequence ns = new Sequence(top, out, scores[p]);
        if (ns.getScore() > minSequenceScore) {
          next.add(ns);
        }
      }
    }
  }
}
