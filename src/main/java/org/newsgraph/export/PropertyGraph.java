package org.newsgraph.export;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The neutral model every exporter writes: nodes and edges of one {@link View}, sorted (nodes by
 * IRI, edges by source, predicate and target), so the same graph gives the same file. Built from
 * RDF by {@link RdfToPropertyGraph}.
 */
public record PropertyGraph(View view, List<GraphNode> nodes, List<GraphEdge> edges) {

  public PropertyGraph {
    Objects.requireNonNull(view, "view");
    nodes = nodes.stream().sorted(Comparator.comparing(GraphNode::id)).toList();
    edges = edges.stream().sorted(EDGE_ORDER).toList();
    Map<String, GraphNode> byId = new LinkedHashMap<>();
    for (GraphNode n : nodes) {
      if (byId.put(n.id(), n) != null) {
        throw new IllegalArgumentException("two nodes with the id " + n.id());
      }
    }
    for (GraphEdge e : edges) {
      if (!byId.containsKey(e.source()) || !byId.containsKey(e.target())) {
        throw new IllegalArgumentException("edge " + e.source() + " " + e.predicate() + " " + e.target()
            + " has an end that is not a node");
      }
    }
  }

  static final Comparator<GraphEdge> EDGE_ORDER =
      Comparator.comparing(GraphEdge::source)
          .thenComparing(GraphEdge::predicate)
          .thenComparing(GraphEdge::target);

  /** The node with this IRI, or null. */
  public GraphNode node(String id) {
    for (GraphNode n : nodes) {
      if (n.id().equals(id)) {
        return n;
      }
    }
    return null;
  }

  /** The part of an IRI after its last {@code #} or {@code /}. */
  public static String localName(String iri) {
    int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return iri.substring(cut + 1);
  }

  /**
   * The first day of a date, year-month or year in lexical form ({@code 2021} gives {@code
   * 2021-01-01}), as GEXF's {@code timeformat="date"} wants it; null for null.
   */
  public static String startDay(String date) {
    if (date == null) {
      return null;
    }
    String d = date.length() > 10 ? date.substring(0, 10) : date;
    if (d.matches("\\d{4}")) {
      return d + "-01-01";
    }
    if (d.matches("\\d{4}-\\d{2}")) {
      return d + "-01";
    }
    return d;
  }

  /** The earlier of two dates in lexical form (null is later than any date). */
  static String earlier(String a, String b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    int c = startDay(a).compareTo(startDay(b));
    if (c == 0) {
      c = a.compareTo(b);
    }
    return c <= 0 ? a : b;
  }
}
