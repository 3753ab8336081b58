package org.newsgraph.store;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;

/** The made-up article graphs of {@code src/test/resources/store/fixture.trig}. */
public final class Fixtures {
  public static final String ONE = "https://w3id.org/newsgraph/id/article/fixture-one";
  public static final String TWO = "https://w3id.org/newsgraph/id/article/fixture-two";
  public static final String THREE = "https://w3id.org/newsgraph/id/article/fixture-three";

  /** Triples in the three graphs together, counted per graph (as written in the file). */
  public static final long QUADS = 44;

  public static final String OFFICE_HOLDERS =
      "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
          + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
          + "SELECT ?person ?office { ?p ng:holdsOffice ?o ; rdfs:label ?person ."
          + " ?o rdfs:label ?office } ORDER BY ?person";

  private Fixtures() {}

  public static Path trig() {
    URL url = Fixtures.class.getResource("/store/fixture.trig");
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Dataset dataset() {
    return RDFDataMgr.loadDataset(trig().toString());
  }
}
