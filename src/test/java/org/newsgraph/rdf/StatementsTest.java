package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class StatementsTest {
  static final String NG = Vocab.NG;

  /** An article graph as the build writes it: a fact, its reifier with evidence and a role. */
  static DatasetGraph article() {
    String trig = """
        PREFIX ng: <https://w3id.org/newsgraph/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX person: <https://w3id.org/newsgraph/id/person/>
        <https://w3id.org/newsgraph/id/article/a> {
          person:ada ng:criticizes person:bo .
          _:r rdf:reifies <<( person:ada ng:criticizes person:bo )>> ; ng:evidence _:e ; ng:role "critic" .
          _:e a ng:Evidence ; ng:sentence "Ada criticised Bo." ; ng:start 0 ; ng:end 18 .
          _:m rdf:reifies <<( person:ada ng:age 52 )>> ; ng:evidence _:e .
          person:ada ng:age 52 .
        }
        """;
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    RDFParser.fromString(trig, Lang.TRIG).parse(dsg);
    return dsg;
  }

  @Test
  void reifiersBecomeStatementsThatJsonLdCarriesAndComeBackTheSame() {
    DatasetGraph in = article();
    DatasetGraph statements = Statements.toStatements(in);
    Node g = NodeFactory.createURI("https://w3id.org/newsgraph/id/article/a");
    Graph out = statements.getGraph(g);
    assertEquals(2, out.find(Node.ANY, RDF.Nodes.type, RDF.Nodes.Statement).toList().size());
    assertFalse(out.find(Node.ANY, RDF.Nodes.reifies, Node.ANY).hasNext());
    assertTrue(out.contains(Node.ANY, NodeFactory.createURI(NG + "role"), NodeFactory.createLiteralString("critic")));

    // through JSON-LD 1.1, which has no triple terms, and back
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    RDFDataMgr.write(json, statements, RDFFormat.JSONLD11_PRETTY);
    assertFalse(json.toString(StandardCharsets.UTF_8).contains("<<"), json.toString(StandardCharsets.UTF_8));
    DatasetGraph read = DatasetGraphFactory.createTxnMem();
    RDFParser.fromString(json.toString(StandardCharsets.UTF_8), Lang.JSONLD11).parse(read);
    assertTrue(IsoMatcher.isomorphic(in, Statements.fromStatements(read)), "the same graph after JSON-LD");
  }

  @Test
  void onlyWholeStatementsAreTurnedBack() {
    String ttl = """
        PREFIX ex: <https://example.org/>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        ex:s1 a rdf:Statement ; rdf:subject ex:a ; rdf:predicate ex:p .
        ex:s2 a rdf:Statement ; rdf:subject ex:a ; rdf:predicate ex:p ; rdf:object ex:b , ex:c .
        """;
    Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    RDFParser.fromString(ttl, Lang.TURTLE).parse(g);
    assertTrue(IsoMatcher.isomorphic(g, Statements.fromStatements(g)), "left as they are");
  }

  @Test
  void aTripleTermUsedOtherwiseIsRefused() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    RDFParser.fromString("<urn:a> <urn:says> <<( <urn:b> <urn:c> <urn:d> )>> .", Lang.TRIG).parse(dsg);
    assertThrows(IllegalArgumentException.class, () -> Statements.toStatements(dsg));
  }
}
