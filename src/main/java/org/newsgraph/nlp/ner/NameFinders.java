package org.newsgraph.nlp.ner;

import org.newsgraph.nlp.NameFinder;
import org.newsgraph.nlp.RuleNameFinder;

/** The name finders the pipeline and the evaluation use. */
public final class NameFinders {
  private NameFinders() {}

  /** What {@code build} uses: the committed model combined with the evidence rules. */
  public static NameFinder standard() {
    return combined(ModelNameFinder.standard());
  }

  /** The evidence rules and the rule finder's strongest names around a given model. */
  public static NameFinder combined(NameFinder model) {
    return new CombinedNameFinder(model, RuleNameFinder.standard(), NerLexicon.standard());
  }
}
