package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ontology/newsgraph.ttl defines every term of the contract (shared/spec/vocabulary.md, kept here
 * as literal expectations) with label, comment, domain and range, aligns them to schema.org and
 * Wikidata, and declares every ng: term the shapes, the policy scheme and the queries use.
 */
class OntologyTermsTest {

  /** The classes of vocabulary.md's table, its Event sub-classes and the Evidence class. */
  static final List<String> CONTRACT_CLASSES =
      List.of(
          "Person", "Organization", "Place", "Office", "Case", "Policy", "Event", "PressConference",
          "RecallCampaign", "Killing", "Shooting", "Arrest", "Sentencing", "Statement", "Vote",
          "Lawsuit", "Quotation", "Article", "Evidence");

  /** The properties of vocabulary.md's table, its Names section and its provenance section. */
  static final List<String> CONTRACT_PROPERTIES =
      List.of(
          "holdsOffice", "formerlyHeldOffice", "jurisdiction", "organization", "memberOf", "victim",
          "defendant", "charge", "sentence", "date", "place", "participant", "target",
          "concernsPolicy", "supportsPolicy", "opposesPolicy", "criticizes", "supports", "parentOf",
          "spouseOf", "siblingOf", "speaker", "text", "age", "mentionedIn", "sourceFile", "evidence",
          "start", "end", "confidence");

  /** Terms added beyond the contract; each says so in its comment. */
  static final List<String> ADDITIONS =
      List.of(
          "method", "contentHash", "linkScore", "linkMethod", "signaturesGathered",
          "signaturesNeeded", "deadline", "outcome", "count", "rate", "role", "sourceEntry", "alsoReadFrom",
          "metadataSource", "metadataField", "votesFor", "votesAgainst", "sentencingDate", "unnamedDefendant");

  /** Event kinds added beyond the contract; each says so in its comment. */
  static final List<String> ADDED_CLASSES = List.of("Indictment", "Resignation", "Suspension", "Removal");

  static final String SCHEMA = "https://schema.org/";
  static final String WDT = "http://www.wikidata.org/prop/direct/";
  static final Node SKOS_EXACT = uri(TestFiles.SKOS + "exactMatch");
  static final Node SKOS_CLOSE = uri(TestFiles.SKOS + "closeMatch");

  private static Graph onto;

  @BeforeAll
  static void load() {
    onto = TestFiles.parseStrict(TestFiles.ontology("newsgraph.ttl"));
  }

  static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  static Node ng(String local) {
    return uri(TestFiles.NG + local);
  }

  static List<Node> objects(Node s, Node p) {
    return onto.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
  }

  static Stream<String> contractClasses() {
    return Stream.concat(CONTRACT_CLASSES.stream(), ADDED_CLASSES.stream());
  }

  @ParameterizedTest(name = "ng:{0}")
  @MethodSource("contractClasses")
  void addedClassesSayTheyAreAdditions(String local) {
    String comment = objects(ng(local), RDFS.comment.asNode()).get(0).getLiteralLexicalForm();
    assertEquals(ADDED_CLASSES.contains(local), comment.startsWith("Addition to the contract"), "ng:" + local + " comment: " + comment);
  }

  static Stream<String> allProperties() {
    return Stream.concat(CONTRACT_PROPERTIES.stream(), ADDITIONS.stream());
  }

  @ParameterizedTest(name = "ng:{0}")
  @MethodSource("contractClasses")
  void classIsDeclaredWithLabelAndComment(String local) {
    Node c = ng(local);
    assertTrue(onto.contains(c, RDF.type.asNode(), OWL.Class.asNode()), "ng:" + local + " a owl:Class");
    assertEquals(1, objects(c, RDFS.label.asNode()).size(), "one rdfs:label on ng:" + local);
    assertEquals(1, objects(c, RDFS.comment.asNode()).size(), "one rdfs:comment on ng:" + local);
  }

  @ParameterizedTest(name = "ng:{0}")
  @MethodSource("allProperties")
  void propertyIsDeclaredWithLabelCommentDomainAndRange(String local) {
    Node p = ng(local);
    boolean object = onto.contains(p, RDF.type.asNode(), OWL.ObjectProperty.asNode());
    boolean datatype = onto.contains(p, RDF.type.asNode(), OWL.DatatypeProperty.asNode());
    assertTrue(object ^ datatype, "ng:" + local + " is exactly one of owl:ObjectProperty, owl:DatatypeProperty");
    assertEquals(1, objects(p, RDFS.label.asNode()).size(), "one rdfs:label on ng:" + local);
    assertEquals(1, objects(p, RDFS.comment.asNode()).size(), "one rdfs:comment on ng:" + local);
    assertEquals(1, objects(p, RDFS.domain.asNode()).size(), "one rdfs:domain on ng:" + local);
    assertEquals(1, objects(p, RDFS.range.asNode()).size(), "one rdfs:range on ng:" + local);
  }

  @ParameterizedTest(name = "ng:{0}")
  @MethodSource("allProperties")
  void additionsSayTheyAreAdditions(String local) {
    String comment = objects(ng(local), RDFS.comment.asNode()).get(0).getLiteralLexicalForm();
    assertEquals(
        ADDITIONS.contains(local),
        comment.startsWith("Addition to the contract"),
        "ng:" + local + " comment: " + comment);
  }

  @Test
  void everyDeclaredTermIsInTheContractOrMarkedAsAnAddition() {
    List<String> unexplained = new ArrayList<>();
    for (Node s : onto.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject).toSet()) {
      if (!s.isURI() || !s.getURI().startsWith(TestFiles.NG)) {
        continue;
      }
      String local = s.getURI().substring(TestFiles.NG.length());
      if (!CONTRACT_CLASSES.contains(local)
          && !CONTRACT_PROPERTIES.contains(local)
          && !ADDITIONS.contains(local)
          && !ADDED_CLASSES.contains(local)
          && !local.equals("Policies")) {
        unexplained.add(local);
      }
    }
    assertEquals(List.of(), unexplained, "terms neither in the contract nor listed as additions");
  }

  @Test
  void eventKindsAreSubClassesOfEvent() {
    for (String kind :
        List.of("PressConference", "RecallCampaign", "Killing", "Shooting", "Arrest", "Sentencing",
            "Statement", "Vote", "Lawsuit", "Indictment", "Resignation", "Suspension", "Removal")) {
      assertTrue(
          onto.contains(ng(kind), RDFS.subClassOf.asNode(), ng("Event")), "ng:" + kind + " ⊑ ng:Event");
    }
  }

  static Stream<Arguments> alignments() {
    Node sub = RDFS.subClassOf.asNode();
    return Stream.of(
        Arguments.of("Person", sub, SCHEMA + "Person"),
        Arguments.of("Person", SKOS_EXACT, TestFiles.WD + "Q5"),
        Arguments.of("Organization", sub, SCHEMA + "Organization"),
        Arguments.of("Place", sub, SCHEMA + "Place"),
        Arguments.of("Office", SKOS_CLOSE, TestFiles.WD + "Q4164871"),
        Arguments.of("Policy", sub, TestFiles.SKOS + "Concept"),
        Arguments.of("Event", sub, SCHEMA + "Event"),
        Arguments.of("Quotation", sub, SCHEMA + "Quotation"),
        Arguments.of("Article", sub, SCHEMA + "NewsArticle"),
        Arguments.of("holdsOffice", SKOS_CLOSE, WDT + "P39"),
        Arguments.of("formerlyHeldOffice", SKOS_CLOSE, WDT + "P39"),
        Arguments.of("jurisdiction", SKOS_CLOSE, WDT + "P1001"),
        Arguments.of("parentOf", SKOS_CLOSE, WDT + "P40"),
        Arguments.of("spouseOf", SKOS_CLOSE, WDT + "P26"),
        Arguments.of("siblingOf", SKOS_CLOSE, WDT + "P3373"),
        Arguments.of("memberOf", SKOS_CLOSE, WDT + "P463"),
        Arguments.of("participant", SKOS_CLOSE, WDT + "P710"),
        Arguments.of("victim", SKOS_CLOSE, WDT + "P8032"),
        Arguments.of("defendant", SKOS_CLOSE, WDT + "P1591"),
        Arguments.of("charge", SKOS_CLOSE, WDT + "P1595"),
        Arguments.of("spouseOf", RDF.type.asNode(), OWL.SymmetricProperty.getURI()),
        Arguments.of("siblingOf", RDF.type.asNode(), OWL.SymmetricProperty.getURI()));
  }

  @ParameterizedTest(name = "ng:{0} {1} {2}")
  @MethodSource("alignments")
  void isAligned(String local, Node predicate, String object) {
    assertTrue(onto.contains(ng(local), predicate, uri(object)), "ng:" + local + " " + predicate + " " + object);
  }

  @Test
  void theOntologyHeaderIsThere() {
    Node o = uri("https://w3id.org/newsgraph/ontology");
    assertTrue(onto.contains(o, RDF.type.asNode(), OWL.Ontology.asNode()));
    assertFalse(objects(o, OWL.versionInfo.asNode()).isEmpty(), "owl:versionInfo");
  }

  /** Every ng: IRI anywhere in the graph (subject, predicate, object; lists included). */
  static Set<String> ngTerms(Graph g) {
    Set<String> terms = new TreeSet<>();
    g.find().forEachRemaining(
        t -> {
          for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
            if (n.isURI() && n.getURI().startsWith(TestFiles.NG)) {
              terms.add(n.getURI().substring(TestFiles.NG.length()));
            }
          }
        });
    return terms;
  }

  static boolean declared(String local) {
    return onto.find(ng(local), RDF.type.asNode(), Node.ANY).hasNext()
        && !objects(ng(local), RDFS.label.asNode()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filesUsingTheVocabulary")
  void everyNgTermUsedIsDeclared(String file) throws IOException {
    Path path = TestFiles.repo().resolve(file);
    Set<String> used;
    if (file.endsWith(".rq")) {
      used = new TreeSet<>();
      Matcher m = Pattern.compile("\\bng:([A-Za-z]+)").matcher(Files.readString(path));
      while (m.find()) {
        used.add(m.group(1));
      }
    } else {
      used = ngTerms(TestFiles.parseStrict(path));
    }
    assertFalse(used.isEmpty(), file + " uses no ng: term");
    List<String> undeclared = used.stream().filter(t -> !declared(t)).toList();
    assertEquals(List.of(), undeclared, file + " uses ng: terms newsgraph.ttl does not declare");
  }

  static Stream<String> filesUsingTheVocabulary() throws IOException {
    List<String> files = new ArrayList<>(List.of("ontology/shapes.ttl", "ontology/policies.ttl"));
    try (Stream<Path> qs = Files.list(TestFiles.repo().resolve("queries"))) {
      qs.map(p -> "queries/" + p.getFileName()).filter(f -> f.endsWith(".rq")).sorted().forEach(files::add);
    }
    return files.stream();
  }
}
