package org.newsgraph.nlp;

import java.util.List;

/**
 * Finds names of people, organisations and places in a sentence. Implementations: the rule and
 * gazetteer finder, the trained model, and the combination that {@code build} uses. Not required to
 * be thread-safe; create one per thread.
 */
public interface NameFinder {
  /** Names in one sentence, non-overlapping, in token order. */
  List<NameSpan> find(Sentence sentence);

  /** Called at a document boundary: forget adaptive (per-document) data. */
  default void clearAdaptiveData() {}
}
