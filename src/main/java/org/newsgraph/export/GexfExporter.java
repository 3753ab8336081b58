package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GEXF 1.2 ("1.2draft", the version Gephi and NetworkX both read; NetworkX refuses 1.3) in dynamic
 * mode: dated nodes (events, cases) and dated edges get a spell starting at their date (a year or
 * month starts on its first day), so Gephi's timeline plays the story; undated ones are there all
 * the time. Colours and shapes per type with the viz namespace; node size grows with the number of
 * articles. (GEXF 1.3 would add nothing this export uses, so it is not offered.)
 */
final class GexfExporter implements Exporter {
  static final String GEXF = "http://www.gexf.net/1.2draft";
  static final String VIZ = "http://www.gexf.net/1.2draft/viz";

  @Override
  public String format() {
    return "gexf";
  }

  @Override
  public String extension() {
    return "gexf";
  }

  @Override
  public String description() {
    return "GEXF 1.2 with time (spells) for Gephi's timeline; NetworkX reads it too";
  }

  @Override
  public void write(PropertyGraph graph, OutputStream out) throws IOException {
    try {
      XMLStreamWriter w = Xml.writer(out);
      w.setDefaultNamespace(GEXF);
      w.writeStartElement(GEXF, "gexf");
      w.writeDefaultNamespace(GEXF);
      w.writeNamespace("viz", VIZ);
      w.writeNamespace("xsi", Xml.XSI);
      w.writeAttribute(Xml.XSI, "schemaLocation", GEXF + " " + GEXF + "/gexf.xsd");
      w.writeAttribute("version", "1.2");
      Xml.newline(w, 1);
      w.writeStartElement(GEXF, "meta");
      w.writeStartElement(GEXF, "creator");
      w.writeCharacters("newsgraph");
      w.writeEndElement();
      w.writeStartElement(GEXF, "description");
      w.writeCharacters("newsgraph export, view " + graph.view().id());
      w.writeEndElement();
      w.writeEndElement();
      Xml.newline(w, 1);
      w.writeStartElement(GEXF, "graph");
      w.writeAttribute("defaultedgetype", "directed");
      w.writeAttribute("mode", "dynamic");
      w.writeAttribute("timeformat", "date");
      attributes(w, "node", new String[][] {
          {"type", "string"}, {"kind", "string"}, {"wikidata", "string"}, {"articles", "integer"}, {"date", "string"}});
      attributes(w, "edge", new String[][] {{"predicate", "string"}, {"date", "string"}});
      Xml.newline(w, 2);
      w.writeStartElement(GEXF, "nodes");
      for (GraphNode n : graph.nodes()) {
        Xml.newline(w, 3);
        w.writeStartElement(GEXF, "node");
        w.writeAttribute("id", n.id());
        w.writeAttribute("label", Xml.text(n.label()));
        w.writeStartElement(GEXF, "attvalues");
        attvalue(w, "type", n.type());
        attvalue(w, "kind", n.kind());
        attvalue(w, "wikidata", n.qid());
        attvalue(w, "articles", Integer.toString(n.articles()));
        attvalue(w, "date", n.date());
        w.writeEndElement();
        spell(w, n.date());
        Style style = Style.of(n.type());
        int[] rgb = style.rgb();
        w.writeEmptyElement(VIZ, "color");
        w.writeAttribute("r", Integer.toString(rgb[0]));
        w.writeAttribute("g", Integer.toString(rgb[1]));
        w.writeAttribute("b", Integer.toString(rgb[2]));
        w.writeEmptyElement(VIZ, "size");
        w.writeAttribute("value", Double.toString(10.0 + 4.0 * n.articles()));
        w.writeEmptyElement(VIZ, "shape");
        w.writeAttribute("value", style.gexfShape());
        w.writeEndElement();
      }
      Xml.newline(w, 2);
      w.writeEndElement();
      Xml.newline(w, 2);
      w.writeStartElement(GEXF, "edges");
      int i = 0;
      for (GraphEdge e : graph.edges()) {
        Xml.newline(w, 3);
        w.writeStartElement(GEXF, "edge");
        w.writeAttribute("id", "e" + i++);
        w.writeAttribute("source", e.source());
        w.writeAttribute("target", e.target());
        w.writeAttribute("label", e.label());
        w.writeAttribute("weight", Integer.toString(e.weight()));
        w.writeStartElement(GEXF, "attvalues");
        attvalue(w, "predicate", e.predicate());
        attvalue(w, "date", e.date());
        w.writeEndElement();
        spell(w, e.date());
        w.writeEndElement();
      }
      Xml.newline(w, 2);
      w.writeEndElement();
      Xml.newline(w, 1);
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.flush();
    } catch (XMLStreamException ex) {
      throw new IOException("cannot write GEXF: " + ex.getMessage(), ex);
    }
  }

  private static void attributes(XMLStreamWriter w, String forWhat, String[][] columns) throws XMLStreamException {
    Xml.newline(w, 2);
    w.writeStartElement(GEXF, "attributes");
    w.writeAttribute("class", forWhat);
    w.writeAttribute("mode", "static");
    for (String[] c : columns) {
      Xml.newline(w, 3);
      w.writeEmptyElement(GEXF, "attribute");
      w.writeAttribute("id", c[0]);
      w.writeAttribute("title", c[0]);
      w.writeAttribute("type", c[1]);
    }
    Xml.newline(w, 2);
    w.writeEndElement();
  }

  private static void attvalue(XMLStreamWriter w, String key, String value) throws XMLStreamException {
    if (value == null) {
      return;
    }
    w.writeEmptyElement(GEXF, "attvalue");
    w.writeAttribute("for", key);
    w.writeAttribute("value", Xml.text(value));
  }

  private static void spell(XMLStreamWriter w, String date) throws XMLStreamException {
    if (date == null) {
      return;
    }
    w.writeStartElement(GEXF, "spells");
    w.writeEmptyElement(GEXF, "spell");
    w.writeAttribute("start", PropertyGraph.startDay(date));
    w.writeEndElement();
  }
}
