package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.nlp.NameFinder;

/** The standard parts the pipeline is assembled from: the one place that chooses them. */
public final class Components {
  private Components() {}

  /** A new name finder (finders are not thread-safe). */
  public static NameFinder nameFinder() {
    return org.newsgraph.nlp.ner.NameFinders.standard();
  }

  public static List<FactExtractor> factExtractors() {
    List<FactExtractor> all = new ArrayList<>();
    all.add(org.newsgraph.extract.OfficeExtractor.standard());
    all.add(org.newsgraph.extract.QuoteExtractor.standard());
    all.addAll(org.newsgraph.extract.facts.FactExtractors.all());
    return all;
  }

  /** The SHACL gate with the bundled shapes. */
  public static org.newsgraph.validate.ShaclGate shaclGate() {
    return org.newsgraph.validate.ShaclGate.standard();
  }
}
