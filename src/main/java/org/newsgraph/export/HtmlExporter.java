package org.newsgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML page to browse the graph offline: Cytoscape.js (bundled into the jar at
 * build time from the npm registry, see THIRD-PARTY.md) and the graph are inlined, so the file
 * opens from disk with no network. The page has a search box, filters by type and by view, and
 * shows a node's facts with their evidence sentences when it is clicked. {@code ?q=NAME},
 * {@code ?view=stances} and {@code ?types=Person,Office} in the page's address preset them.
 */
final class HtmlExporter implements Exporter {
  static final String CYTOSCAPE = "/org/newsgraph/export/cytoscape/cytoscape.min.js";
  static final String PAGE = "/org/newsgraph/export/page.html";

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public String description() {
    return "one offline HTML page (Cytoscape.js inlined): search, filters, facts with evidence";
  }

  @Override
  public void write(PropertyGraph graph, OutputStream out) throws IOException {
    String page = resource(PAGE);
    StringBuilder data = new StringBuilder();
    Json.write(data, CytoscapeExporter.document(graph, true), true);
    List<Object> views = new ArrayList<>();
    for (View v : View.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", v.id());
      m.put("coreTypes", v.coreTypes());
      m.put("predicates", v.predicates());
      views.add(m);
    }
    StringBuilder viewJson = new StringBuilder();
    Json.write(viewJson, views, true);
    StringBuilder types = new StringBuilder();
    Json.write(types, View.TYPES, true);
    String cytoscape = resource(CYTOSCAPE);
    if (cytoscape.toLowerCase(java.util.Locale.ROOT).contains("</script")) {
      throw new IOException("the bundled Cytoscape.js contains </script and cannot be inlined");
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("TITLE", "newsgraph: " + graph.view().id() + " (" + graph.nodes().size() + " nodes, "
        + graph.edges().size() + " edges)");
    values.put("VIEW", graph.view().id());
    values.put("TYPES", types.toString());
    values.put("VIEWS", viewJson.toString());
    values.put("DATA", data.toString());
    values.put("CYTOSCAPE", cytoscape);
    String html = fill(page, values);
    out.write(html.getBytes(StandardCharsets.UTF_8));
  }

  /** The template with each {@code @@NAME@@} replaced, in one pass (so no value is read as a marker). */
  private static String fill(String page, Map<String, String> values) throws IOException {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("@@([A-Z]+)@@").matcher(page);
    StringBuilder b = new StringBuilder();
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (m.find()) {
      String v = values.get(m.group(1));
      if (v == null || !seen.add(m.group(1))) {
        throw new IOException("the page template has an unknown or repeated marker " + m.group());
      }
      m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(v));
    }
    m.appendTail(b);
    if (!seen.equals(values.keySet())) {
      throw new IOException("the page template lacks a marker of " + values.keySet());
    }
    return b.toString();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = HtmlExporter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing resource " + name
            + " (it is put into the jar by the build: mvn -B package downloads Cytoscape.js from the npm registry)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
