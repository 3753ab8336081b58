package org.newsgraph.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * One article graph as the store sees it: the graph IRI (the article's IRI), the file it was read
 * from and the SHA-256 of that file's bytes (either may be null when the graph does not say).
 */
public record StoredArticle(String graphIri, String sourceFile, String contentHash) {

  /** The article facts of every named graph of {@code dsg} (call inside a read transaction). */
  static List<StoredArticle> of(DatasetGraph dsg) {
    List<StoredArticle> out = new ArrayList<>();
    Iterator<Node> names = dsg.listGraphNodes();
    while (names.hasNext()) {
      Node g = names.next();
      if (g.isURI()) {
        out.add(of(g.getURI(), dsg.getGraph(g)));
      }
    }
    return out;
  }

  /** The article facts of one graph whose name is {@code graphIri}. */
  static StoredArticle of(String graphIri, Graph graph) {
    Node article = org.apache.jena.graph.NodeFactory.createURI(graphIri);
    return new StoredArticle(
        graphIri,
        literal(graph, article, StoreTerms.SOURCE_FILE),
        literal(graph, article, StoreTerms.CONTENT_HASH));
  }

  private static String literal(Graph graph, Node s, Node p) {
    Iterator<Triple> it = graph.find(s, p, Node.ANY);
    while (it.hasNext()) {
      Node o = it.next().getObject();
      if (o.isLiteral()) {
        return o.getLiteralLexicalForm();
      }
    }
    return null;
  }
}
