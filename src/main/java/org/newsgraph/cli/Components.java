package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.nlp.NameFinder;

/** The standard parts the pipeline is assembled from: the one place that chooses them. */
final class Components {
  private Components() {}

  /** A new name finder (finders are not thread-safe). */
  static NameFinder nameFinder() {
    return org.newsgraph.nlp.ner.NameFinders.standard();
  }

  static List<FactExtractor> factExtractors() {
    List<FactExtractor> all = new ArrayList<>();
    all.add(org.newsgraph.extract.OfficeExtractor.standard());
    all.add(org.newsgraph.extract.QuoteExtractor.standard());
    all.addAll(org.newsgraph.extract.facts.FactExtractors.all());
    return all;
  }
}
