package org.newsgraph.export;

import java.io.InputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** The two invented articles of fixture.trig. */
final class Fixture {
  private Fixture() {}

  static Dataset dataset() {
    Dataset ds = DatasetFactory.createTxnMem();
    try (InputStream in = Fixture.class.getResourceAsStream("fixture.trig")) {
      RDFParser.source(in).lang(Lang.TRIG).parse(ds);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return ds;
  }

  static PropertyGraph graph(View view) {
    return RdfToPropertyGraph.read(dataset().asDatasetGraph(), view);
  }
}
