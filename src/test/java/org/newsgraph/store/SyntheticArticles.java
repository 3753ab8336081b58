package org.newsgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Many generated article graphs of a known size, for the tests that interrupt a load: graph {@code
 * i} has exactly {@code triplesPerGraph} triples, one of them an RDF 1.2 reifier.
 */
public final class SyntheticArticles {
  public static final String PREFIX = "https://w3id.org/newsgraph/id/article/synthetic-";

  private SyntheticArticles() {}

  public static String graphIri(int i) {
    return PREFIX + String.format("%04d", i);
  }

  public static DatasetGraph build(int graphs, int triplesPerGraph) {
    if (triplesPerGraph < 5) {
      throw new IllegalArgumentException("at least 5 triples per graph");
    }
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    Node holds = NodeFactory.createURI(StoreTerms.NG + "holdsOffice");
    for (int i = 0; i < graphs; i++) {
      Node g = NodeFactory.createURI(graphIri(i));
      dsg.add(
          g, g, StoreTerms.SOURCE_FILE, NodeFactory.createLiteralString("synthetic-" + i + ".txt"));
      dsg.add(
          g,
          g,
          StoreTerms.CONTENT_HASH,
          NodeFactory.createLiteralString(ContentHash.sha256Hex(("" + i).getBytes())));
      Node person = NodeFactory.createURI("https://w3id.org/newsgraph/id/person/synthetic-" + i);
      Node office = NodeFactory.createURI("https://w3id.org/newsgraph/id/office/synthetic-" + i);
      dsg.add(g, person, holds, office);
      dsg.add(
          g,
          NodeFactory.createBlankNode("r" + i),
          RDF.reifies.asNode(),
          NodeFactory.createTripleTerm(person, holds, office));
      for (int k = 4; k < triplesPerGraph; k++) {
        dsg.add(
            g,
            NodeFactory.createURI("https://w3id.org/newsgraph/id/person/synthetic-" + i + "-" + k),
            RDFS.label.asNode(),
            NodeFactory.createLiteralString("Person " + k + " of synthetic article " + i));
      }
    }
    return dsg;
  }

  public static Path write(Path file, int graphs, int triplesPerGraph) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      RDFDataMgr.write(out, build(graphs, triplesPerGraph), Lang.NQUADS);
    }
    return file;
  }
}
