package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ontology/shapes.ttl accepts a graph in the contract's shape, one article graph at a time, and
 * rejects each kind of mistake with the shape that names it.
 */
class ShapesTest {

  private static Shapes shapes;

  @BeforeAll
  static void loadShapes() {
    shapes = Shapes.parse(TestFiles.parseStrict(TestFiles.ontology("shapes.ttl")));
  }

  @Test
  void eachArticleGraphOfTheFixtureConformsAlone() {
    Dataset ds = TestFiles.fixture();
    List<String> graphs = new ArrayList<>();
    ds.listNames().forEachRemaining(graphs::add);
    assertEquals(2, graphs.size(), "fixture graphs " + graphs);
    for (String name : graphs) {
      Graph graph = ds.getNamedModel(name).getGraph();
      assertConforms(name, graph);
    }
  }

  @Test
  void theUnionOfTheFixtureGraphsConforms() {
    assertConforms("union", TestFiles.fixture().getUnionModel().getGraph());
  }

  @Test
  void thePolicySchemeConforms() {
    assertConforms("policies.ttl", TestFiles.parseStrict(TestFiles.ontology("policies.ttl")));
  }

  @Test
  void theFixtureReallyHasReifiersWithTripleTerms() {
    // guards the tests above: the shapes met RDF 1.2 triple terms and did not choke on them
    Graph union = TestFiles.fixture().getUnionModel().getGraph();
    Node reifies = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies");
    long tripleTerms =
        union.find(Node.ANY, reifies, Node.ANY).toList().stream()
            .filter(t -> t.getObject().isTripleTerm())
            .count();
    assertTrue(tripleTerms >= 40, "reifiers with triple terms: " + tripleTerms);
  }

  static final String PREFIXES =
      """
      PREFIX ng:      <https://w3id.org/newsgraph/ontology#>
      PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX owl:     <http://www.w3.org/2002/07/owl#>
      PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
      PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
      PREFIX wd:      <http://www.wikidata.org/entity/>
      PREFIX article: <https://w3id.org/newsgraph/id/article/>
      PREFIX person:  <https://w3id.org/newsgraph/id/person/>
      PREFIX office:  <https://w3id.org/newsgraph/id/office/>
      PREFIX place:   <https://w3id.org/newsgraph/id/place/>
      PREFIX event:   <https://w3id.org/newsgraph/id/event/>
      PREFIX quote:   <https://w3id.org/newsgraph/id/quotation/>
      PREFIX policy:  <https://w3id.org/newsgraph/id/policy/>
      """;

  /** A valid piece of evidence to annotate facts with. */
  static final String EV = "{| ng:evidence [ ng:sentence \"S.\" ; ng:start 0 ; ng:end 2 ] |}";

  static Stream<Arguments> violations() {
    return Stream.of(
        Arguments.of(
            "person with two labels",
            "person:a a ng:Person ; rdfs:label \"Ann Lee\" , \"Anne Lee\" .",
            "ngsh:ExactlyOneLabel",
            "person:a"),
        Arguments.of(
            "office without a label", "office:o a ng:Office .", "ngsh:ExactlyOneLabel", "office:o"),
        Arguments.of(
            "evidence with start after end",
            "person:a a ng:Person ; rdfs:label \"Ann\" ;"
                + " ng:age 40 {| ng:evidence [ ng:sentence \"Ann, 40.\" ; ng:start 10 ; ng:end 5 ] |} .",
            "exactly one ng:start, an integer >= 0, not after ng:end",
            null),
        Arguments.of(
            "evidence without its sentence",
            "person:a a ng:Person ; rdfs:label \"Ann\" ;"
                + " ng:age 40 {| ng:evidence [ ng:start 1 ; ng:end 5 ] |} .",
            "exactly one ng:sentence, a string",
            null),
        Arguments.of(
            "confidence above 1",
            "person:a a ng:Person ; rdfs:label \"Ann\" ; ng:age 40 {| ng:evidence ["
                + " ng:sentence \"S.\" ; ng:start 0 ; ng:end 2 ; ng:confidence 1.5 ] |} .",
            "at most one ng:confidence, an xsd:decimal in [0,1]",
            null),
        Arguments.of(
            "confidence as a double, not the contract's decimal",
            "person:a a ng:Person ; rdfs:label \"Ann\" ; ng:age 40 {| ng:evidence ["
                + " ng:sentence \"S.\" ; ng:start 0 ; ng:end 2 ; ng:confidence 0.9e0 ] |} .",
            "at most one ng:confidence, an xsd:decimal in [0,1]",
            null),
        Arguments.of(
            "speaker that is an office",
            "quote:q a ng:Quotation ; ng:text \"We will win\" ; ng:speaker office:o " + EV + " .\n"
                + "office:o a ng:Office ; rdfs:label \"Mayor of Town\" .",
            "ng:speaker is a Person or an Organization",
            "quote:q"),
        Arguments.of(
            "quotation with neither label nor speaker",
            "quote:q a ng:Quotation ; ng:text \"We will win\" .",
            "ngsh:QuotationShape",
            "quote:q"),
        Arguments.of(
            "holdsOffice that targets a place",
            "person:a a ng:Person ; rdfs:label \"Ann\" ; ng:holdsOffice place:p " + EV + " .\n"
                + "place:p a ng:Place ; rdfs:label \"Town\" .",
            "ng:holdsOffice targets an Office",
            "person:a"),
        Arguments.of(
            "date that is a plain string",
            "event:e a ng:Event ; rdfs:label \"vote\" ; ng:date \"last Wednesday\" " + EV + " .",
            "ng:date is an xsd:date, xsd:gYearMonth or xsd:gYear",
            "event:e"),
        Arguments.of(
            "age that is a string",
            "person:a a ng:Person ; rdfs:label \"Ann\" ; ng:age \"40\" " + EV + " .",
            "ng:age is an xsd:integer between 0 and 130",
            "person:a"),
        Arguments.of(
            "article without its source file",
            "article:x a ng:Article .",
            "exactly one ng:sourceFile",
            "article:x"),
        Arguments.of(
            "article with a malformed content hash",
            "article:x a ng:Article ; ng:sourceFile \"x.txt\" ; ng:contentHash \"abc\" .",
            "at most one ng:contentHash, a SHA-256 in hex",
            "article:x"),
        Arguments.of(
            "metadata from a source that is not one of the three",
            "article:x a ng:Article ; ng:sourceFile \"x.txt\" ;"
                + " <https://schema.org/publisher> \"P\" {| ng:metadataSource \"a guess\" ; ng:metadataField \"f\" |} .",
            "exactly one ng:metadataSource: articles.tsv, document or file name",
            null),
        Arguments.of(
            "metadata source without saying where exactly",
            "article:x a ng:Article ; ng:sourceFile \"x.txt\" ;"
                + " <https://schema.org/publisher> \"P\" {| ng:metadataSource \"document\" |} .",
            "exactly one ng:metadataField, a string",
            null),
        Arguments.of(
            "metadata provenance of a triple that is not asserted",
            "article:x a ng:Article ; ng:sourceFile \"x.txt\" .\n"
                + "_:m rdf:reifies <<( article:x <https://schema.org/publisher> \"P\" )>> ;"
                + " ng:metadataSource \"document\" ; ng:metadataField \"meta og:site_name\" .",
            "ngsh:MetadataProvenanceShape",
            null),
        Arguments.of(
            "article with two publishers",
            "article:x a ng:Article ; ng:sourceFile \"x.txt\" ; <https://schema.org/publisher> \"P\" , \"Q\" .",
            "at most one schema:publisher",
            "article:x"),
        Arguments.of(
            "alternative label that is an IRI",
            "person:a a ng:Person ; rdfs:label \"Ann\" ; skos:altLabel person:b .",
            "skos:altLabel is a string",
            "person:a"),
        Arguments.of(
            "reifier of a triple that is not asserted (old RDF-star syntax)",
            "person:a a ng:Person ; rdfs:label \"Ann\" .\n"
                + "<< person:a ng:age 40 >> ng:evidence [ ng:sentence \"S.\" ; ng:start 0 ; ng:end 2 ] .",
            "ngsh:ReifierShape",
            null),
        Arguments.of(
            "spouse stated in one direction only",
            "person:a a ng:Person ; rdfs:label \"Ann\" ; ng:spouseOf person:b " + EV + " .\n"
                + "person:b a ng:Person ; rdfs:label \"Bob\" .",
            "ng:spouseOf is stated in both directions",
            "person:a"),
        Arguments.of(
            "shooting not typed as an event",
            "event:s a ng:Shooting ; rdfs:label \"shooting\" .",
            "also typed ng:Event",
            "event:s"),
        Arguments.of(
            "person outside the id namespace",
            "<http://example.org/ann> a ng:Person ; rdfs:label \"Ann\" .",
            "ngsh:ResourceShape",
            "<http://example.org/ann>"),
        Arguments.of(
            "policy stance on something that is not a policy",
            "person:a a ng:Person ; rdfs:label \"Ann\" ; ng:opposesPolicy person:b " + EV + " .",
            "ngsh:OpposesPolicyTarget",
            "person:a"),
        Arguments.of(
            "owl:sameAs to something that is not a Wikidata entity",
            "person:a a ng:Person ; rdfs:label \"Ann\" ;"
                + " owl:sameAs <http://dbpedia.org/resource/Ann> " + EV + " .",
            "owl:sameAs targets a Wikidata entity",
            "person:a"),
        Arguments.of(
            "participant of something that is not an event",
            "person:a a ng:Person ; rdfs:label \"Ann\" ; ng:participant person:a " + EV + " .",
            "ngsh:EventPartyShape",
            "person:a"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("violations")
  void rejectsWithTheShapeThatNamesTheMistake(
      String what, String turtle, String expectedShape, String expectedFocus) {
    Graph data = TestFiles.parseTurtle(what, PREFIXES + turtle);
    ValidationReport report = ShaclValidator.get().validate(shapes, data);
    assertFalse(report.conforms(), what + ": expected a violation of " + expectedShape);
    Set<String> violated = new TreeSet<>();
    List<String> focus = new ArrayList<>();
    for (ReportEntry e : report.getEntries()) {
      violated.add(shapeName(e.source()));
      if (shapeName(e.source()).equals(expectedShape)) {
        focus.add(e.focusNode().toString());
      }
    }
    assertEquals(Set.of(expectedShape), violated, what + ": violated shapes");
    if (expectedFocus != null) {
      String focusIri = expand(expectedFocus);
      assertTrue(focus.contains(focusIri), what + ": focus nodes " + focus + ", expected " + focusIri);
    }
  }

  private static String expand(String curie) {
    if (curie.startsWith("<")) {
      return curie.substring(1, curie.length() - 1);
    }
    String prefix = curie.substring(0, curie.indexOf(':'));
    String local = curie.substring(curie.indexOf(':') + 1);
    String kind = prefix.equals("quote") ? "quotation" : prefix;
    return "https://w3id.org/newsgraph/id/" + kind + "/" + local;
  }

  /** The shape's IRI as ngsh:Name, or the sh:name of a blank-node property shape. */
  static String shapeName(Node shape) {
    if (shape.isURI() && shape.getURI().startsWith(TestFiles.NGSH)) {
      return "ngsh:" + shape.getURI().substring(TestFiles.NGSH.length());
    }
    Iterator<org.apache.jena.graph.Triple> names =
        shapes.getGraph().find(shape, SHACL.name, Node.ANY);
    return names.hasNext() ? names.next().getObject().getLiteralLexicalForm() : shape.toString();
  }

  private static void assertConforms(String what, Graph graph) {
    ValidationReport report = ShaclValidator.get().validate(shapes, graph);
    List<String> problems = new ArrayList<>();
    for (ReportEntry e : report.getEntries()) {
      problems.add(shapeName(e.source()) + " at " + e.focusNode() + ": " + e.message());
    }
    assertTrue(report.conforms(), what + " does not conform: " + String.join("\n", problems));
  }
}
