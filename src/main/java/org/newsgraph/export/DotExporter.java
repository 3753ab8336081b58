package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Graphviz DOT: {@code dot -Tsvg graph.dot > graph.svg}. Nodes are named by their IRI and labelled
 * with their name, coloured and shaped by type; edges carry the predicate as label and are drawn
 * thicker the more articles state them. Every identifier and value is a quoted DOT string with
 * {@code "} and {@code \} escaped, so any label is safe. The model's properties are also written
 * as attributes ({@code iri}, {@code type}, {@code qid}, {@code articles}, {@code predicate},
 * {@code date}), which Graphviz keeps and tools reading DOT can use.
 */
final class DotExporter implements Exporter {
  @Override
  public String format() {
    return "dot";
  }

  @Override
  public String extension() {
    return "dot";
  }

  @Override
  public String description() {
    return "Graphviz DOT (dot -Tsvg FILE.dot > FILE.svg); best with --view stances or offices";
  }

  @Override
  public void write(PropertyGraph graph, OutputStream out) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("digraph ").append(quote("newsgraph-" + graph.view().id())).append(" {\n");
    b.append("  graph [rankdir=LR, overlap=false, splines=true, nodesep=0.3, ranksep=0.8, fontname=\"Helvetica\", charset=\"UTF-8\"];\n");
    b.append("  node [style=\"filled\", fontname=\"Helvetica\", fontsize=11, penwidth=0.8];\n");
    b.append("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\", fontcolor=\"#333333\"];\n");
    for (GraphNode n : graph.nodes()) {
      Style style = Style.of(n.type());
      b.append("  ").append(quote(n.id())).append(" [");
      attr(b, "label", n.label());
      attr(b, "shape", style.dotShape());
      attr(b, "fillcolor", style.color());
      attr(b, "type", n.type());
      attr(b, "kind", n.kind());
      if (n.qid() != null) {
        attr(b, "qid", n.qid());
      }
      attr(b, "articles", Integer.toString(n.articles()));
      if (n.date() != null) {
        attr(b, "date", n.date());
      }
      b.setLength(b.length() - 2);
      b.append("];\n");
    }
    for (GraphEdge e : graph.edges()) {
      b.append("  ").append(quote(e.source())).append(" -> ").append(quote(e.target())).append(" [");
      attr(b, "label", e.label());
      attr(b, "predicate", e.predicate());
      attr(b, "weight", Integer.toString(e.weight()));
      attr(b, "penwidth", Integer.toString(Math.min(6, e.weight())));
      if (e.date() != null) {
        attr(b, "date", e.date());
      }
      b.setLength(b.length() - 2);
      b.append("];\n");
    }
    b.append("}\n");
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void attr(StringBuilder b, String name, String value) {
    b.append(name).append('=').append(quote(value)).append(", ");
  }

  /**
   * A DOT double-quoted string: {@code "} and {@code \} escaped (so no escape sequence such as
   * {@code \N} or {@code \l} of Graphviz's label language remains), line breaks as {@code \n}.
   */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> { }
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
