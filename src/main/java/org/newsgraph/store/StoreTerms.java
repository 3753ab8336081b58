package org.newsgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The two vocabulary terms the store reads to know which articles it holds. They belong to the
 * contract's {@code ng:} namespace; the rdf package writes them.
 */
final class StoreTerms {
  static final String NG = "https://w3id.org/newsgraph/ontology#";
  static final Node SOURCE_FILE = NodeFactory.createURI(NG + "sourceFile");
  static final Node CONTENT_HASH = NodeFactory.createURI(NG + "contentHash");

  private StoreTerms() {}
}
