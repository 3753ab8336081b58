package org.newsgraph.store;

import org.apache.jena.graph.Node;
import org.newsgraph.rdf.Vocab;

/** The vocabulary terms the store reads to know which articles it holds (from the rdf stage). */
final class StoreTerms {
  static final String NG = Vocab.NG;
  static final Node SOURCE_FILE = Vocab.SOURCE_FILE;
  static final Node CONTENT_HASH = Vocab.CONTENT_HASH;

  private StoreTerms() {}
}
