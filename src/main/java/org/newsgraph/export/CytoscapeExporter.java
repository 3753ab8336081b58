package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cytoscape.js JSON: {@code elements} (nodes and edges with their data) and a {@code style}
 * stylesheet (colour and shape per type, edge width by weight). Cytoscape.js takes it as it is
 * ({@code cytoscape({elements: json.elements, style: json.style})}); Cytoscape desktop imports it
 * with File, Import, Network from File (Cytoscape.js JSON).
 */
final class CytoscapeExporter implements Exporter {
  @Override
  public String format() {
    return "cytoscape";
  }

  @Override
  public String extension() {
    return "cyjs";
  }

  @Override
  public String description() {
    return "Cytoscape.js JSON (elements and a stylesheet), also Cytoscape desktop";
  }

  @Override
  public void write(PropertyGraph graph, OutputStream out) throws IOException {
    Map<String, Object> doc = document(graph, false);
    StringBuilder b = new StringBuilder();
    Json.write(b, doc, false);
    b.append('\n');
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The JSON document; with {@code withFacts}, nodes and edges also carry their facts and evidence. */
  static Map<String, Object> document(PropertyGraph graph, boolean withFacts) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format_version", "1.0");
    doc.put("generated_by", "newsgraph");
    doc.put("target_cytoscapejs_version", "~3.34");
    Map<String, Object> about = new LinkedHashMap<>();
    about.put("name", "newsgraph " + graph.view().id());
    about.put("view", graph.view().id());
    doc.put("data", about);
    Map<String, Object> elements = new LinkedHashMap<>();
    elements.put("nodes", nodes(graph, withFacts));
    elements.put("edges", edges(graph, withFacts));
    doc.put("elements", elements);
    doc.put("style", style());
    return doc;
  }

  private static List<Object> nodes(PropertyGraph graph, boolean withFacts) {
    List<Object> out = new ArrayList<>();
    for (GraphNode n : graph.nodes()) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("id", n.id());
      data.put("label", n.label());
      data.put("type", n.type());
      data.put("kind", n.kind());
      data.put("qid", n.qid());
      data.put("articles", n.articles());
      data.put("date", n.date());
      if (withFacts) {
        List<Object> attrs = new ArrayList<>();
        for (GraphNode.Attribute a : n.attributes()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("name", a.name());
          m.put("value", a.value());
          m.put("evidence", a.evidence());
          attrs.add(m);
        }
        data.put("attributes", attrs);
      }
      out.add(Map.of("data", data));
    }
    return out;
  }

  private static List<Object> edges(PropertyGraph graph, boolean withFacts) {
    List<Object> out = new ArrayList<>();
    int i = 0;
    for (GraphEdge e : graph.edges()) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("id", "e" + i++);
      data.put("source", e.source());
      data.put("target", e.target());
      data.put("predicate", e.predicate());
      data.put("label", e.label());
      data.put("weight", e.weight());
      data.put("date", e.date());
      if (withFacts) {
        data.put("evidence", e.evidence());
      }
      out.add(Map.of("data", data));
    }
    return out;
  }

  private static List<Object> style() {
    List<Object> sheet = new ArrayList<>();
    sheet.add(rule("node", Map.of(
        "label", "data(label)", "font-size", 10, "text-valign", "bottom", "text-margin-y", 3,
        "width", "mapData(articles, 0, 5, 18, 42)", "height", "mapData(articles, 0, 5, 18, 42)",
        "background-color", Style.of("").color(), "border-width", 1, "border-color", "#333333")));
    for (String type : View.TYPES) {
      Style s = Style.of(type);
      sheet.add(rule("node[type = \"" + type + "\"]", Map.of("background-color", s.color(), "shape", s.cytoscapeShape())));
    }
    sheet.add(rule("edge", Map.of(
        "label", "data(label)", "font-size", 8, "curve-style", "bezier", "target-arrow-shape", "triangle",
        "width", "mapData(weight, 1, 5, 1, 6)", "line-color", "#999999", "target-arrow-color", "#999999",
        "text-rotation", "autorotate")));
    sheet.add(rule("node:selected", Map.of("border-width", 4, "border-color", "#000000")));
    return sheet;
  }

  private static Map<String, Object> rule(String selector, Map<String, Object> style) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("selector", selector);
    r.put("style", new java.util.TreeMap<>(style));
    return r;
  }
}
