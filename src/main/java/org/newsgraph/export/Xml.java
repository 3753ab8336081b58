package org.newsgraph.export;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Shared bits of the XML exporters (GraphML, GEXF): the writer and text XML 1.0 can hold. */
final class Xml {
  /** The XML Schema instance namespace (for {@code xsi:schemaLocation}). */
  static final String XSI = javax.xml.XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

  private Xml() {}

  static XMLStreamWriter writer(OutputStream out) throws XMLStreamException {
    XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    w.writeStartDocument("UTF-8", "1.0");
    w.writeCharacters("\n");
    return w;
  }

  /** The text without the characters XML 1.0 forbids (control characters other than tab and newlines). */
  static String text(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
      if (ok) {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }

  static void newline(XMLStreamWriter w, int indent) throws XMLStreamException {
    w.writeCharacters("\n" + "  ".repeat(indent));
  }
}
