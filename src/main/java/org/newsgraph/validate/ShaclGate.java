package org.newsgraph.validate;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The SHACL gate: every article graph is checked against {@code ontology/shapes.ttl} before it is
 * written or stored. A violation names the focus node, the path and the shape.
 */
public final class ShaclGate {
  public static final String SHAPES = "/org/newsgraph/ontology/shapes.ttl";

  private final Shapes shapes;

  public ShaclGate(Shapes shapes) {
    this.shapes = shapes;
  }

  /** The gate with the bundled shapes. */
  public static ShaclGate standard() {
    InputStream in = ShaclGate.class.getResourceAsStream(SHAPES);
    if (in == null) {
      throw new IllegalStateException("SHACL shapes " + SHAPES + " are missing from the classpath (ontology/shapes.ttl)");
    }
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.source(in).lang(Lang.TURTLE).parse(g);
    return new ShaclGate(Shapes.parse(g));
  }

  /** The violations, one line each; empty when the graph conforms. */
  public List<String> check(Graph data) {
    ValidationReport report = ShaclValidator.get().validate(shapes, data);
    List<String> out = new ArrayList<>();
    if (report.conforms()) {
      return out;
    }
    for (ReportEntry e : report.getEntries()) {
      out.add(String.format("%s: node %s, path %s, shape %s: %s",
          e.severity().level().getLocalName(), e.focusNode(), e.resultPath(), e.source(), e.message()));
    }
    return out;
  }
}
