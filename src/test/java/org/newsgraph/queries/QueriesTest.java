package org.newsgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.store.QueryParameters;

/**
 * Every query in queries/ parses in Jena 5.6 (RDF 1.2 reifier syntax included), carries its
 * documentation header, and gives the expected answers on a hand-made two-article graph, both on
 * an in-memory dataset whose default graph is the union of the article graphs and on TDB2 with
 * unionDefaultGraph (what Fuseki serves).
 */
class QueriesTest {

  static final String FIXTURE = "/org/newsgraph/ontology/two-articles.trig";
  static final String ID = "https://w3id.org/newsgraph/id/";

  private static Dataset memory;
  private static Dataset tdb;

  static Path repo() {
    return Path.of(System.getProperty("newsgraph.repo", "."));
  }

  /** Every query file in queries/. */
  static List<Path> queries() {
    try (Stream<Path> files = Files.list(repo().resolve("queries"))) {
      return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The contract and cookbook queries, numbered 01 to 89 (see queries/README.md): they follow the
   * documentation header and have golden answers here. Files numbered 90 and up are contributed by
   * a stage (e.g. the Wikidata linker) and tested by that stage's tests; here they only have to
   * parse and start with a comment.
   */
  static List<Path> contractQueries() {
    return queries().stream().filter(p -> CONTRACT_FILE.matcher(p.getFileName().toString()).matches()).toList();
  }

  static final Pattern CONTRACT_FILE = Pattern.compile("(0[1-9]|[1-8][0-9])-[a-z0-9-]+\\.rq");

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeAll
  static void loadFixture() throws IOException {
    Dataset named = DatasetFactory.create();
    try (InputStream in = QueriesTest.class.getResourceAsStream(FIXTURE)) {
      assertNotNull(in, FIXTURE);
      RDFParser.source(in).lang(Lang.TRIG).parse(named);
    }
    // 1. in memory: named graphs plus a default graph that is their union
    memory = DatasetFactory.create();
    named.listNames().forEachRemaining(n -> memory.addNamedModel(n, named.getNamedModel(n)));
    memory.getDefaultModel().add(named.getUnionModel());
    // 2. TDB2 in memory with the union default graph, as the Fuseki endpoint is configured
    tdb = TDB2Factory.createDataset();
    Txn.executeWrite(
        tdb, () -> named.listNames().forEachRemaining(n -> tdb.addNamedModel(n, named.getNamedModel(n))));
    tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void parsesInJena(Path file) {
    Query query = QueryFactory.create(read(file));
    assertTrue(query.isSelectType(), file + " is a SELECT query");
    assertFalse(query.getResultVars().isEmpty(), file + " projects columns");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void startsWithAComment(Path file) {
    assertTrue(read(file).startsWith("# "), file + " starts with a comment saying what it answers");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contractQueries")
  void startsWithTheDocumentationHeader(Path file) {
    String text = read(file);
    List<String> header = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (!line.startsWith("#")) {
        break;
      }
      header.add(line);
    }
    assertFalse(header.isEmpty(), file + " starts with a comment block");
    assertTrue(header.get(0).startsWith("# Question: "), file + " first line: the question");
    assertTrue(header.stream().anyMatch(l -> l.startsWith("# Columns")), file + " documents columns");
    assertTrue(header.stream().anyMatch(l -> l.startsWith("# Example")), file + " has an example");
    Query query = QueryFactory.create(text);
    String doc = String.join("\n", header);
    for (String var : query.getResultVars()) {
      assertTrue(doc.contains("?" + var), file + ": column ?" + var + " is not documented");
    }
  }

  @Test
  void everyContractQuestionHasAQueryPlusTimelineAndEvidence() {
    Set<Integer> covered = new TreeSet<>();
    Pattern p = Pattern.compile("^# Contract question: (\\d+)", Pattern.MULTILINE);
    for (Path q : contractQueries()) {
      Matcher m = p.matcher(read(q));
      while (m.find()) {
        covered.add(Integer.parseInt(m.group(1)));
      }
    }
    assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9), covered);
    List<String> names = queries().stream().map(q -> q.getFileName().toString()).toList();
    assertTrue(names.contains("10-timeline.rq"), names.toString());
    assertTrue(names.contains("11-evidence.rq"), names.toString());
  }

  /**
   * The event listings name the kinds of event instead of looking them up among the types of every
   * event: their list must be the ontology's sub-classes of ng:Event, each with its local name, in
   * the order of the names (GROUP_CONCAT keeps it).
   */
  @Test
  void theEventListingsNameEverySubClassOfEventInTheOntology() {
    String ng = "https://w3id.org/newsgraph/ontology#";
    org.apache.jena.rdf.model.Model onto = org.apache.jena.riot.RDFDataMgr.loadModel(
        repo().resolve("ontology").resolve("newsgraph.ttl").toString());
    List<String> expected = new ArrayList<>();
    onto.listSubjectsWithProperty(org.apache.jena.vocabulary.RDFS.subClassOf, onto.createResource(ng + "Event"))
        .forEachRemaining(c -> expected.add("(ng:" + c.getLocalName() + " \"" + c.getLocalName() + "\")"));
    expected.sort(null);
    assertTrue(expected.size() >= 9, "the ontology's event classes: " + expected);
    Pattern row = Pattern.compile("\\(ng:\\w+ \"\\w+\"\\)");
    for (String name : List.of("05-events.rq", "10-timeline.rq")) {
      String text = read(repo().resolve("queries").resolve(name));
      int start = text.indexOf("VALUES (?class ?k) {");
      assertTrue(start >= 0, name + " lists the kinds of event");
      String block = text.substring(start, text.indexOf('}', start));
      List<String> listed = new ArrayList<>();
      Matcher m = row.matcher(block);
      while (m.find()) {
        listed.add(m.group());
      }
      assertEquals(expected, listed, name);
    }
  }

  @Test
  void everyContractQueryHasGoldenAnswers() {
    List<String> names = contractQueries().stream().map(q -> q.getFileName().toString()).toList();
    assertEquals(new TreeSet<>(ExpectedAnswers.EXPECTED.keySet()), new TreeSet<>(names), "QueriesTest.EXPECTED covers queries/0*-89*");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contractQueries")
  void answersAsExpectedOnTheFixture(Path file) {
    String name = file.getFileName().toString();
    Consumer<List<Map<String, String>>> expectation = ExpectedAnswers.EXPECTED.get(name);
    if (expectation == null) {
      fail("no expected answers for " + name + ": add them to QueriesTest.EXPECTED");
    }
    String text = read(file);
    List<String> params = QueryParameters.declared(text);
    assertTrue(params.size() <= 1, name + ": the golden answers fill one parameter at most");
    List<Query> runs = new ArrayList<>();
    if (params.isEmpty()) {
      runs.add(QueryFactory.create(text));
    } else {
      // a parameterised query runs once per value the fixture has (every article, every
      // subject of a fact): together the runs must give what the unscoped question would
      for (String value : fixtureValues(params.get(0))) {
        runs.add(QueryParameters.fill(text, Map.of(params.get(0), List.of(value))));
      }
    }
    List<Map<String, String>> inMemory = new ArrayList<>();
    List<Map<String, String>> inTdb = new ArrayList<>();
    for (Query query : runs) {
      inMemory.addAll(run(memory, query));
      inTdb.addAll(Txn.calculateRead(tdb, () -> run(tdb, query)));
    }
    expectation.accept(inMemory);
    assertEquals(inMemory, inTdb, name + ": TDB2 union default graph gives other answers");
  }

  /**
   * The fixture's values of a query parameter: every article, person, speaker, entity (person,
   * organisation, place, office, policy), subject of a fact.
   */
  static List<String> fixtureValues(String param) {
    return values(memory, param);
  }

  /** Every article (named graph), person, speaker, entity or subject of a reified fact of {@code ds}. */
  static List<String> values(Dataset ds, String param) {
    String q =
        switch (param) {
          case "article" -> "SELECT DISTINCT ?v { GRAPH ?v { } } ORDER BY ?v";
          case "person" ->
              "SELECT DISTINCT ?v { ?v a <https://w3id.org/newsgraph/ontology#Person> } ORDER BY ?v";
          case "speaker" ->
              "SELECT DISTINCT ?v { ?q <https://w3id.org/newsgraph/ontology#speaker> ?v } ORDER BY ?v";
          case "entity" ->
              "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT DISTINCT ?v {"
                  + " VALUES ?c { ng:Person ng:Organization ng:Place ng:Office ng:Policy } ?v a ?c } ORDER BY ?v";
          case "subject" ->
              "SELECT DISTINCT ?v { GRAPH ?g { ?r <http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies>"
                  + " <<( ?v ?p ?o )>> } } ORDER BY ?v";
          default -> throw new AssertionError("no test values for the parameter ?" + param);
        };
    List<String> out = new ArrayList<>();
    for (Map<String, String> row : run(ds, QueryFactory.create(q))) {
      out.add(row.get("v"));
    }
    assertFalse(out.isEmpty(), "no values for ?" + param);
    return out;
  }

  static List<Map<String, String>> run(Dataset ds, Query query) {
    List<Map<String, String>> rows = new ArrayList<>();
    try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        Map<String, String> row = new LinkedHashMap<>();
        for (String var : query.getResultVars()) {
          RDFNode n = s.get(var);
          row.put(var, n == null ? null : text(n.asNode()));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static String text(Node n) {
    if (n.isLiteral()) {
      return n.getLiteralLexicalForm();
    }
    if (n.isURI()) {
      return n.getURI();
    }
    return "_:" + n.getBlankNodeLabel();
  }

  /** Rows whose columns have all the given values (a column of null = unbound). */
  static List<Map<String, String>> where(List<Map<String, String>> rows, String... keyValues) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Map<String, String> row : rows) {
      boolean ok = true;
      for (int i = 0; i < keyValues.length; i += 2) {
        String want = keyValues[i + 1];
        String have = row.get(keyValues[i]);
        ok &= want == null ? have == null : want.equals(have);
      }
      if (ok) {
        out.add(row);
      }
    }
    return out;
  }

  static void has(List<Map<String, String>> rows, String... keyValues) {
    assertFalse(where(rows, keyValues).isEmpty(), "no row with " + Arrays.asList(keyValues) + " in\n" + show(rows));
  }

  static String show(List<Map<String, String>> rows) {
    StringBuilder sb = new StringBuilder();
    for (Map<String, String> r : rows) {
      sb.append(r).append('\n');
    }
    return sb.toString();
  }
}
