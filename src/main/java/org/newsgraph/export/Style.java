package org.newsgraph.export;

import java.util.Map;

/**
 * How a node type looks, the same in every format: a fill colour and a shape (yEd, GEXF/Gephi,
 * Cytoscape.js and Graphviz each have a name for it).
 */
record Style(String color, String yedShape, String gexfShape, String cytoscapeShape, String dotShape) {

  private static final Map<String, Style> BY_TYPE = Map.of(
      "Person", new Style("#A0CBE8", "ellipse", "disc", "ellipse", "ellipse"),
      "Organization", new Style("#FFBE7D", "roundrectangle", "square", "round-rectangle", "box"),
      "Place", new Style("#8CD17D", "triangle", "triangle", "triangle", "triangle"),
      "Office", new Style("#D4A6C8", "hexagon", "diamond", "hexagon", "hexagon"),
      "Case", new Style("#FF9D9A", "octagon", "diamond", "octagon", "octagon"),
      "Policy", new Style("#F1CE63", "parallelogram", "square", "rhomboid", "parallelogram"),
      "Event", new Style("#86BCB6", "diamond", "diamond", "diamond", "diamond"));

  private static final Style OTHER = new Style("#BAB0AC", "rectangle", "disc", "rectangle", "box");

  static Style of(String type) {
    return BY_TYPE.getOrDefault(type, OTHER);
  }

  /** The colour's red, green and blue parts, 0-255. */
  int[] rgb() {
    int v = Integer.parseInt(color.substring(1), 16);
    return new int[] {(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
  }
}
