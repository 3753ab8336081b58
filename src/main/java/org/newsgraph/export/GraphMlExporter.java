package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML: plain GraphML keys for every property (any GraphML reader), plus yEd's node and edge
 * graphics ({@code y:ShapeNode} with a label, a fill colour and a shape per type) so yEd shows
 * labels and colours at once (Layout, then e.g. Organic, arranges it).
 */
final class GraphMlExporter implements Exporter {
  static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
  static final String YED = "http://www.yworks.com/xml/graphml";

  @Override
  public String format() {
    return "graphml";
  }

  @Override
  public String extension() {
    return "graphml";
  }

  @Override
  public String description() {
    return "GraphML for yEd (labels, colours, shapes), Gephi, Cytoscape, NetworkX, JGraphT";
  }

  @Override
  public void write(PropertyGraph graph, OutputStream out) throws IOException {
    try {
      XMLStreamWriter w = Xml.writer(out);
      w.setDefaultNamespace(GRAPHML);
      w.writeStartElement(GRAPHML, "graphml");
      w.writeDefaultNamespace(GRAPHML);
      w.writeNamespace("y", YED);
      w.writeNamespace("xsi", Xml.XSI);
      w.writeAttribute(Xml.XSI, "schemaLocation",
          GRAPHML + " http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd");
      key(w, "iri", "node", "iri", "string");
      key(w, "label", "node", "label", "string");
      key(w, "type", "node", "type", "string");
      key(w, "kind", "node", "kind", "string");
      key(w, "qid", "node", "wikidata", "string");
      key(w, "articles", "node", "articles", "int");
      key(w, "date", "node", "date", "string");
      Xml.newline(w, 1);
      w.writeEmptyElement(GRAPHML, "key");
      w.writeAttribute("id", "ng");
      w.writeAttribute("for", "node");
      w.writeAttribute("yfiles.type", "nodegraphics");
      key(w, "predicate", "edge", "predicate", "string");
      key(w, "elabel", "edge", "label", "string");
      key(w, "weight", "edge", "weight", "int");
      key(w, "edate", "edge", "date", "string");
      Xml.newline(w, 1);
      w.writeEmptyElement(GRAPHML, "key");
      w.writeAttribute("id", "eg");
      w.writeAttribute("for", "edge");
      w.writeAttribute("yfiles.type", "edgegraphics");
      Xml.newline(w, 1);
      w.writeStartElement(GRAPHML, "graph");
      w.writeAttribute("id", "newsgraph-" + graph.view().id());
      w.writeAttribute("edgedefault", "directed");
      Map<String, String> ids = new HashMap<>();
      for (GraphNode n : graph.nodes()) {
        String id = "n" + ids.size();
        ids.put(n.id(), id);
        Xml.newline(w, 2);
        w.writeStartElement(GRAPHML, "node");
        w.writeAttribute("id", id);
        data(w, "iri", n.id());
        data(w, "label", n.label());
        data(w, "type", n.type());
        data(w, "kind", n.kind());
        data(w, "qid", n.qid());
        data(w, "articles", Integer.toString(n.articles()));
        data(w, "date", n.date());
        shapeNode(w, n);
        Xml.newline(w, 2);
        w.writeEndElement();
      }
      int e = 0;
      for (GraphEdge edge : graph.edges()) {
        Xml.newline(w, 2);
        w.writeStartElement(GRAPHML, "edge");
        w.writeAttribute("id", "e" + e++);
        w.writeAttribute("source", ids.get(edge.source()));
        w.writeAttribute("target", ids.get(edge.target()));
        data(w, "predicate", edge.predicate());
        data(w, "elabel", edge.label());
        data(w, "weight", Integer.toString(edge.weight()));
        data(w, "edate", edge.date());
        polyLineEdge(w, edge);
        Xml.newline(w, 2);
        w.writeEndElement();
      }
      Xml.newline(w, 1);
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.flush();
    } catch (XMLStreamException ex) {
      throw new IOException("cannot write GraphML: " + ex.getMessage(), ex);
    }
  }

  private static void key(XMLStreamWriter w, String id, String forWhat, String name, String type)
      throws XMLStreamException {
    Xml.newline(w, 1);
    w.writeEmptyElement(GRAPHML, "key");
    w.writeAttribute("id", id);
    w.writeAttribute("for", forWhat);
    w.writeAttribute("attr.name", name);
    w.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
    if (value == null) {
      return;
    }
    Xml.newline(w, 3);
    w.writeStartElement(GRAPHML, "data");
    w.writeAttribute("key", key);
    w.writeCharacters(Xml.text(value));
    w.writeEndElement();
  }

  private static void shapeNode(XMLStreamWriter w, GraphNode n) throws XMLStreamException {
    Style style = Style.of(n.type());
    Xml.newline(w, 3);
    w.writeStartElement(GRAPHML, "data");
    w.writeAttribute("key", "ng");
    w.writeStartElement(YED, "ShapeNode");
    w.writeEmptyElement(YED, "Geometry");
    w.writeAttribute("width", Integer.toString(Math.max(60, 7 * n.label().length() + 20)));
    w.writeAttribute("height", "30.0");
    w.writeEmptyElement(YED, "Fill");
    w.writeAttribute("color", style.color());
    w.writeAttribute("transparent", "false");
    w.writeEmptyElement(YED, "BorderStyle");
    w.writeAttribute("color", "#333333");
    w.writeAttribute("type", "line");
    w.writeAttribute("width", "1.0");
    w.writeStartElement(YED, "NodeLabel");
    w.writeCharacters(Xml.text(n.label()));
    w.writeEndElement();
    w.writeEmptyElement(YED, "Shape");
    w.writeAttribute("type", style.yedShape());
    w.writeEndElement();
    w.writeEndElement();
  }

  private static void polyLineEdge(XMLStreamWriter w, GraphEdge e) throws XMLStreamException {
    Xml.newline(w, 3);
    w.writeStartElement(GRAPHML, "data");
    w.writeAttribute("key", "eg");
    w.writeStartElement(YED, "PolyLineEdge");
    w.writeEmptyElement(YED, "LineStyle");
    w.writeAttribute("color", "#555555");
    w.writeAttribute("type", "line");
    w.writeAttribute("width", Double.toString(Math.min(6.0, e.weight())));
    w.writeEmptyElement(YED, "Arrows");
    w.writeAttribute("source", "none");
    w.writeAttribute("target", "standard");
    w.writeStartElement(YED, "EdgeLabel");
    w.writeCharacters(e.label());
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
  }
}
