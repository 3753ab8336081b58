package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ontology/policies.ttl: the SKOS policy scheme that is also the extractor's policy lexicon. */
class PolicySchemeTest {

  /**
   * The QIDs verified in shared/research/wikidata-verified.tsv (kept here as literal expectations):
   * the only Wikidata entities the scheme may match.
   */
  static final Set<String> VERIFIED_QIDS =
      Set.of(
          "Q104994", "Q65", "Q99", "Q30", "Q771", "Q1166", "Q1456", "Q54072", "Q5925", "Q127856",
          "Q595550", "Q485176", "Q488940", "Q47716", "Q844837", "Q186068", "Q188515", "Q11148",
          "Q40469", "Q40464", "Q13974", "Q43380", "Q312", "Q21637", "Q66096", "Q918", "Q653368",
          "Q600751", "Q578478", "Q384593", "Q6503343", "Q8454", "Q149086", "Q132821", "Q1763090",
          "Q329525", "Q40357", "Q2159907", "Q2144663", "Q100", "Q498024", "Q1553390", "Q29552",
          "Q29468", "Q1862087");

  static final String SKOS = TestFiles.SKOS;
  static final Node SCHEME = NodeFactory.createURI(TestFiles.NG + "Policies");

  private static Graph g;
  private static List<Node> policies;

  @BeforeAll
  static void load() {
    g = TestFiles.parseStrict(TestFiles.ontology("policies.ttl"));
    policies =
        g.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(TestFiles.NG + "Policy"))
            .mapWith(Triple::getSubject)
            .toList();
  }

  static Node skos(String local) {
    return NodeFactory.createURI(SKOS + local);
  }

  static Node policy(String slug) {
    return NodeFactory.createURI(TestFiles.POLICY + slug);
  }

  static List<String> strings(Node s, Node p) {
    return g.find(s, p, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
  }

  static List<Node> objects(Node s, Node p) {
    return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
  }

  static Stream<Node> policies() {
    return policies.stream();
  }

  @Test
  void theSchemeHasManyPolicies() {
    assertTrue(policies.size() >= 25, "policies: " + policies.size());
    assertTrue(g.contains(SCHEME, RDF.type.asNode(), skos("ConceptScheme")));
    assertEquals(1, strings(SCHEME, skos("prefLabel")).size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  void eachPolicyIsAWellFormedConceptOfTheScheme(Node p) {
    assertTrue(
        p.isURI() && p.getURI().matches("https://w3id\\.org/newsgraph/id/policy/[a-z0-9]+(-[a-z0-9]+)*"),
        p + " is .../id/policy/{slug}");
    assertTrue(g.contains(p, RDF.type.asNode(), skos("Concept")), p + " a skos:Concept");
    assertTrue(g.contains(p, skos("inScheme"), SCHEME), p + " skos:inScheme ng:Policies");
    List<String> pref = strings(p, skos("prefLabel"));
    assertEquals(1, pref.size(), p + " prefLabels " + pref);
    assertEquals(pref, strings(p, RDFS.label.asNode()), p + " rdfs:label = skos:prefLabel");
    assertFalse(strings(p, skos("altLabel")).isEmpty(), p + " has at least one skos:altLabel");
    assertEquals(1, strings(p, skos("definition")).size(), p + " has a skos:definition");
    boolean top = g.contains(p, skos("topConceptOf"), SCHEME);
    List<Node> broader = objects(p, skos("broader"));
    assertTrue(top ^ !broader.isEmpty(), p + " is either a top concept or has a broader concept");
    assertEquals(top, g.contains(SCHEME, skos("hasTopConcept"), p), p + " hasTopConcept/topConceptOf agree");
    for (Node b : broader) {
      assertTrue(policies.contains(b), p + " broader " + b + " is a policy");
      assertTrue(g.contains(b, skos("narrower"), p), b + " skos:narrower " + p);
    }
    for (Node r : objects(p, skos("related"))) {
      assertTrue(g.contains(r, skos("related"), p), "skos:related is stated both ways: " + p + " " + r);
    }
  }

  @Test
  void noSurfaceFormNamesTwoPolicies() {
    Map<String, Node> owner = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (Node p : policies) {
      List<String> labels = new ArrayList<>(strings(p, skos("prefLabel")));
      labels.addAll(strings(p, skos("altLabel")));
      for (String label : labels) {
        Node before = owner.putIfAbsent(label.toLowerCase(Locale.ROOT), p);
        if (before != null) {
          clashes.add(label + ": " + before + " and " + p);
        }
      }
    }
    assertEquals(List.of(), clashes);
  }

  static Stream<Arguments> lexicon() {
    return Stream.of(
        Arguments.of("death-penalty", "death penalty",
            List.of("capital punishment", "seeking the death penalty", "executions", "death row")),
        Arguments.of("sentencing-enhancements", "sentencing enhancements",
            List.of("enhancements", "criminal enhancements", "enhancement allegations")),
        Arguments.of("gang-enhancements", "gang enhancements", List.of("gang enhancement")),
        Arguments.of("firearm-enhancements", "firearm enhancements", List.of("firearm enhancement", "gun enhancement")),
        Arguments.of("cash-bail", "cash bail", List.of("bail", "money bail")),
        Arguments.of("trying-juveniles-as-adults", "trying juveniles as adults",
            List.of("charging juveniles as adults", "charging juvenile suspects as adults",
                "prosecuting children as adults", "trying minors as adults", "transfer to adult court")),
        Arguments.of("three-strikes-law", "three-strikes law", List.of("three strikes law", "three strikes")),
        Arguments.of("special-circumstances", "special circumstances",
            List.of("special circumstance allegations", "special circumstances charges")),
        Arguments.of("life-without-parole", "life without parole",
            List.of("LWOP", "life sentence without parole", "life without the possibility of parole")),
        Arguments.of("misdemeanor-prosecution", "misdemeanor prosecution",
            List.of("misdemeanour prosecution", "prosecuting misdemeanors", "low-level crimes")),
        Arguments.of("parole", "parole", List.of("parole hearings")),
        Arguments.of("diversion-programs", "diversion programs", List.of("alternatives to incarceration")),
        Arguments.of("solitary-confinement", "solitary confinement", List.of("restrictive housing")),
        Arguments.of("police-use-of-force", "police use of force", List.of("use of force")),
        Arguments.of("qualified-immunity", "qualified immunity", List.of("qualified immunity doctrine")),
        Arguments.of("defund-the-police", "defund the police", List.of("defunding the police")),
        Arguments.of("bail-reform", "bail reform", List.of("cashless bail")),
        Arguments.of("resentencing", "resentencing", List.of("re-sentencing")),
        Arguments.of("early-release", "early release", List.of("prison release")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lexicon")
  void theLexiconKnowsTheSynonymsOfNews(String slug, String prefLabel, List<String> altLabels) {
    Node p = policy(slug);
    assertTrue(policies.contains(p), slug + " is a policy");
    assertEquals(List.of(prefLabel), strings(p, skos("prefLabel")));
    Set<String> alts = new TreeSet<>(strings(p, skos("altLabel")));
    for (String alt : altLabels) {
      assertTrue(alts.contains(alt), slug + " altLabels " + alts + " lack '" + alt + "'");
    }
  }

  @Test
  void theCorePoliciesHaveManySynonyms() {
    for (String slug :
        List.of("death-penalty", "sentencing-enhancements", "cash-bail", "trying-juveniles-as-adults",
            "three-strikes-law", "special-circumstances", "life-without-parole", "misdemeanor-prosecution")) {
      assertTrue(strings(policy(slug), skos("altLabel")).size() >= 5, slug + " has at least 5 synonyms");
    }
  }

  @Test
  void gangAndFirearmEnhancementsAreNarrowerThanSentencingEnhancements() {
    for (String slug : List.of("gang-enhancements", "firearm-enhancements")) {
      assertEquals(List.of(policy("sentencing-enhancements")), objects(policy(slug), skos("broader")), slug);
    }
  }

  @Test
  void wikidataMatchesAreOnlyVerifiedQids() {
    List<String> wikidata = new ArrayList<>();
    g.find().forEachRemaining(
        t -> {
          for (Node n : List.of(t.getSubject(), t.getObject())) {
            if (n.isURI() && n.getURI().contains("wikidata.org")) {
              wikidata.add(n.getURI());
            }
          }
        });
    assertFalse(wikidata.isEmpty(), "at least the death penalty is matched");
    for (String iri : wikidata) {
      assertTrue(iri.startsWith(TestFiles.WD), iri + " is a Wikidata entity IRI");
      String qid = iri.substring(TestFiles.WD.length());
      assertTrue(VERIFIED_QIDS.contains(qid), qid + " is not in the verified list");
    }
    assertEquals(
        List.of(NodeFactory.createURI(TestFiles.WD + "Q8454")),
        objects(policy("death-penalty"), skos("exactMatch")),
        "death penalty = capital punishment Q8454");
  }
}
