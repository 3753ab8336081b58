package org.newsgraph.nlp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's {@link BeamSearch} with the same sequences, less work. At each word the beam's few
 * hypotheses ask the model about contexts that are often identical (the name finder's context
 * holds only the previous outcome, so two hypotheses ending alike ask the same question): each
 * distinct context is evaluated once per word. And the score a candidate must reach (the
 * beam-size-th best) is found by a k-slot selection instead of sorting every outcome's score.
 * The candidates, their order, their scores and the result are BeamSearch's (tested against it).
 * The model must be a pure function of the context, as OpenNLP's maxent and perceptron models are.
 * Not thread-safe (nor is BeamSearch): one per tool instance.
 */
public class SelectingBeamSearch extends BeamSearch {
  private static final Object[] EMPTY_ADDITIONAL_CONTEXT = new Object[0];

  public SelectingBeamSearch(int size, MaxentModel model) {
    super(size, model);
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      double minSequenceScore, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    Queue<Sequence> prev = new PriorityQueue<>(size);
    Queue<Sequence> next = new PriorityQueue<>(size);
    prev.add(new Sequence());
    Object[] extra = additionalContext == null ? EMPTY_ADDITIONAL_CONTEXT : additionalContext;
    Map<List<String>, double[]> asked = new HashMap<>();
    for (int i = 0; i < sequence.length; i++) {
      int sz = Math.min(size, prev.size());
      asked.clear();
      for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
        Sequence top = prev.remove();
        String[] outcomes = top.getOutcomes().toArray(new String[0]);
        String[] contexts = cg.getContext(i, sequence, outcomes, extra);
        List<String> key = Arrays.asList(contexts);
        double[] scores = asked.get(key);
        if (scores == null) {
          scores = model.eval(contexts, new double[model.getNumOutcomes()]);
          asked.put(key, scores);
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
