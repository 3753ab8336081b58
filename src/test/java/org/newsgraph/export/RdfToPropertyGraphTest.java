package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The property graph of fixture.trig, with every expected value written out by hand. */
class RdfToPropertyGraphTest {
  static final String ID = "https://w3id.org/newsgraph/id/";
  static final String NG = "https://w3id.org/newsgraph/ontology#";
  static final String ADA = ID + "person/ada-placeholder";
  static final String BO = ID + "person/bo-dummy";
  static final String CY = ID + "person/cy-sample";

  @Test
  void nodesCarryLabelTypeKindQidArticlesAndDate() {
    PropertyGraph g = Fixture.graph(View.ALL);
    assertEquals(Set.of(
        ReadBack.node(ID + "case/case-of-cy-sample", "Killing of Cy Sample", "Case", "Case", null, 1, "2021"),
        ReadBack.node(ID + "event/killing-of-cy-sample", "Killing of Cy Sample", "Event", "Killing", null, 1, "2021-11"),
        ReadBack.node(ID + "office/mayor-of-exampleton", "Mayor of Exampleton", "Office", "Office", null, 1, null),
        ReadBack.node(ID + "organization/example-union", "Example Union", "Organization", "Organization", null, 1, null),
        ReadBack.node(ADA, "Ada Plácéholder", "Person", "Person", "Q4115189", 2, null),
        ReadBack.node(BO, "Bo \"The Quote\" Dummy \\ <&>", "Person", "Person", null, 2, null),
        ReadBack.node(CY, "Cy Sample", "Person", "Person", null, 2, null),
        ReadBack.node(ID + "person/dee-doe", "Dee Doe", "Person", "Person", null, 1, null),
        ReadBack.node(ID + "place/exampleton", "Exampleton", "Place", "Place", null, 1, null),
        ReadBack.node(ID + "policy/cash-bail", "cash bail", "Policy", "Policy", "Q1365213", 1, null)),
        ReadBack.of(g).nodes());
  }

  @Test
  void edgesCountTheArticlesThatStateThemAndTakeTheEarliestDate() {
    PropertyGraph g = Fixture.graph(View.ALL);
    assertEquals(Set.of(
        // stated by both articles; dated by the first article's publication date
        ReadBack.edge(BO, NG + "criticizes", ADA, 2, "2021-12-08"),
        ReadBack.edge(BO, NG + "memberOf", ID + "organization/example-union", 1, null),
        ReadBack.edge(ADA, NG + "holdsOffice", ID + "office/mayor-of-exampleton", 1, "2021-12-08"),
        ReadBack.edge(ADA, NG + "opposesPolicy", ID + "policy/cash-bail", 1, "2021-12-08"),
        ReadBack.edge(ID + "office/mayor-of-exampleton", NG + "jurisdiction", ID + "place/exampleton", 1, "2021-12-08"),
        // dated by the event or case they belong to
        ReadBack.edge(ID + "event/killing-of-cy-sample", NG + "victim", CY, 1, "2021-11"),
        ReadBack.edge(ID + "event/killing-of-cy-sample", NG + "place", ID + "place/exampleton", 1, "2021-11"),
        ReadBack.edge(ID + "case/case-of-cy-sample", NG + "victim", CY, 1, "2021"),
        ReadBack.edge(ID + "case/case-of-cy-sample", NG + "defendant", ID + "person/dee-doe", 1, "2021")),
        ReadBack.of(g).edges());
  }

  @Test
  void edgesAndNodesKeepTheirEvidenceSentences() {
    PropertyGraph g = Fixture.graph(View.ALL);
    GraphEdge criticizes = g.edges().stream().filter(e -> e.label().equals("criticizes")).findFirst().orElseThrow();
    assertEquals(List.of("Bo Dummy criticised the mayor & her <plan>.", "Dummy again attacked Plácéholder."), criticizes.evidence());
    assertEquals("criticizes", criticizes.label());
    GraphNode ada = g.node(ADA);
    assertEquals(List.of(
        new GraphNode.Attribute("age", "52", List.of()),
        new GraphNode.Attribute("altLabel", "Ada P.", List.of()),
        new GraphNode.Attribute("said", "We will not stop.", List.of())), ada.attributes());
    assertEquals(List.of(new GraphNode.Attribute("charge", "murder", List.of())),
        g.node(ID + "case/case-of-cy-sample").attributes());
  }

  @Test
  void aGraphWithoutNamedGraphsCountsAsOneArticle() {
    org.apache.jena.query.Dataset ttl = org.apache.jena.query.DatasetFactory.create(Fixture.dataset().getUnionModel());
    PropertyGraph g = RdfToPropertyGraph.read(ttl.asDatasetGraph(), View.ALL);
    assertEquals(10, g.nodes().size());
    assertEquals(9, g.edges().size());
    g.edges().forEach(e -> assertEquals(1, e.weight(), e.toString()));
    // the articles it names with ng:mentionedIn still count
    assertEquals(2, g.node(ADA).articles());
  }

  @Test
  void viewsKeepTheirTypesAndPredicates() {
    assertEquals(Set.of("criticizes", "opposesPolicy"), labels(Fixture.graph(View.STANCES)));
    assertEquals(Set.of(ADA, BO, ID + "policy/cash-bail"), ids(Fixture.graph(View.STANCES)));
    // every person, and the organisation one of them belongs to
    assertEquals(Set.of("criticizes", "memberOf"), labels(Fixture.graph(View.PEOPLE)));
    assertEquals(Set.of(ADA, BO, CY, ID + "person/dee-doe", ID + "organization/example-union"), ids(Fixture.graph(View.PEOPLE)));
    assertEquals(Set.of("victim", "defendant"), labels(Fixture.graph(View.CASES)));
    assertEquals(Set.of(ID + "case/case-of-cy-sample", CY, ID + "person/dee-doe"), ids(Fixture.graph(View.CASES)));
    assertEquals(Set.of("holdsOffice", "jurisdiction"), labels(Fixture.graph(View.OFFICES)));
    assertEquals(Set.of("victim", "place"), labels(Fixture.graph(View.EVENTS)));
    assertEquals(9, Fixture.graph(View.ALL).edges().size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> View.of("maps"));
    assertEquals("No view maps. Available: all, people, stances, cases, offices, events", e.getMessage());
  }

  @Test
  void gexfIsDynamicWithASpellForEveryDatedNodeAndEdge(@TempDir Path tmp) throws Exception {
    PropertyGraph g = Fixture.graph(View.ALL);
    Path file = tmp.resolve("g.gexf");
    try (var out = Files.newOutputStream(file)) {
      Exporters.forFormat("gexf").write(g, out);
    }
    String xml = Files.readString(file);
    assertEquals(true, xml.contains("<graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">"), xml);
    Map<String, String> spells = ReadBack.gexfSpells(file);
    assertEquals(Map.of(
        ID + "case/case-of-cy-sample", "2021-01-01",
        ID + "event/killing-of-cy-sample", "2021-11-01",
        BO + " criticizes " + ADA, "2021-12-08",
        ADA + " holdsOffice " + ID + "office/mayor-of-exampleton", "2021-12-08",
        ADA + " opposesPolicy " + ID + "policy/cash-bail", "2021-12-08",
        ID + "office/mayor-of-exampleton jurisdiction " + ID + "place/exampleton", "2021-12-08",
        ID + "event/killing-of-cy-sample victim " + CY, "2021-11-01",
        ID + "event/killing-of-cy-sample place " + ID + "place/exampleton", "2021-11-01",
        ID + "case/case-of-cy-sample victim " + CY, "2021-01-01",
        ID + "case/case-of-cy-sample defendant " + ID + "person/dee-doe", "2021-01-01"), spells);
  }

  @Test
  void dotQuotesEveryLabel() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporters.forFormat("dot").write(Fixture.graph(View.PEOPLE), out);
    String dot = out.toString(StandardCharsets.UTF_8);
    assertEquals(true, dot.contains("[label=\"Bo \\\"The Quote\\\" Dummy \\\\ <&>\", "), dot);
    assertEquals("\"a\\\\nb\\\"\\nc\"", DotExporter.quote("a\\nb\"\nc"));
  }

  private static Set<String> labels(PropertyGraph g) {
    Set<String> out = new TreeSet<>();
    g.edges().forEach(e -> out.add(e.label()));
    return out;
  }

  private static Set<String> ids(PropertyGraph g) {
    Set<String> out = new TreeSet<>();
    g.nodes().forEach(n -> out.add(n.id()));
    return out;
  }
}
