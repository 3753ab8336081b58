package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Cli;
import org.newsgraph.rdf.GraphFiles;
import org.newsgraph.export.PropertyGraph;
import org.newsgraph.export.RdfToPropertyGraph;
import org.newsgraph.export.View;
import org.newsgraph.rdf.Vocab;

/**
 * README.md says what the code does today: every command of its tour, run on the bundled
 * articles, prints the lines the README shows; its Turtle example is in the graph build writes;
 * its node and edge counts are those of the export.
 */
class ReadmeIT {
  static String readme;
  static Path nq;

  @TempDir static Path work;

  @BeforeAll
  static void readTheReadme() throws Exception {
    readme = Files.readString(TestGraphs.repo().resolve("README.md"));
    nq = Cli.bundledGraph();
  }

  /** The fenced blocks of a language. */
  static List<String> blocks(String language) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** A command line as the shell splits it (double quotes group words). */
  static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+?)=\"([^\"]*)\"|(\\S+)").matcher(line);
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) + "=" + m.group(3) : m.group(4));
    }
    return out;
  }

  @Test
  void everyCommandOfTheTourPrintsWhatTheReadmeShows() throws Exception {
    Map<String, List<String>> runs = new LinkedHashMap<>();
    for (String block : blocks("console")) {
      List<String> expected = null;
      for (String line : block.split("\n")) {
        if (line.startsWith("$ ")) {
          expected = new ArrayList<>();
          runs.put(line.substring(2), expected);
        } else {
          expected.add(line);
        }
      }
    }
    assertTrue(runs.size() >= 10, "the tour's commands: " + runs.keySet());
    for (Map.Entry<String, List<String>> run : runs.entrySet()) {
      List<String> args = words(run.getKey());
      assertEquals("./newsgraph", args.get(0), run.getKey());
      List<String> given = new ArrayList<>();
      for (String a : args.subList(1, args.size())) {
        given.add(a.equals("graph.nq") && args.get(1).equals("query") ? nq.toString()
            : a.equals("graph.nq") ? work.resolve("graph.nq").toString()
            : a.equals("data/articles") ? Cli.articles().toString()
            : a.startsWith("queries/") ? Cli.query(a.substring("queries/".length())) : a);
      }
      Cli.Run r = Cli.run(given.toArray(new String[0]));
      List<String> printed = new ArrayList<>(r.out().replace(work.resolve("graph.nq").toString(), "graph.nq").lines()
          .toList());
      printed.addAll(r.errLines());
      List<String> expected = run.getValue();
      assertEquals(expected.get(0), printed.get(0), run.getKey() + ": the first line");
      for (String line : expected) {
        if (!line.equals("…")) {
          assertTrue(printed.contains(line), run.getKey() + " prints\n" + line + "\nbut printed\n" + String.join("\n", printed));
        }
      }
    }
  }

  @Test
  void theTurtleExampleIsInTheGraphBuildWrites() {
    List<String> turtle = blocks("turtle");
    assertEquals(1, turtle.size());
    StringBuilder prefixes = new StringBuilder();
    Vocab.prefixes().forEach((p, ns) -> prefixes.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
    Graph example = GraphFactory.createDefaultGraph();
    RDFParser.fromString(prefixes + turtle.get(0), Lang.TURTLE).parse(example);
    assertTrue(example.size() > 15, "the example has triples: " + example.size());
    // the example as a pattern: its blank nodes (reifier, evidence) stand for any node
    BasicPattern pattern = new BasicPattern();
    for (Triple t : example.find().toList()) {
      pattern.add(Triple.create(var(t.getSubject()), t.getPredicate(), var(t.getObject())));
    }
    Dataset ds = GraphFiles.read(nq);
    QueryIterator found = Algebra.exec(new OpBGP(pattern), ds.getUnionModel().getGraph());
    assertTrue(found.hasNext(), "README's Turtle example is not in the graph of the bundled articles");
    found.close();
  }

  private static Node var(Node n) {
    return n.isBlank() ? Var.alloc("b" + n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "")) : n;
  }

  @Test
  void theNodeAndEdgeCountsAreThoseOfTheExport() throws Exception {
    Dataset ds = GraphFiles.read(nq);
    Matcher m = Pattern.compile("the `all` view has (\\d+) nodes and (\\d+) edges, `people` (\\d+) nodes and (\\d+) edges,"
        + "\\s+`stances` (\\d+) nodes and (\\d+) edges, `cases` (\\d+) and (\\d+), `offices` (\\d+) and (\\d+), `events` (\\d+)"
        + " and (\\d+)\\. In the\\s+`all` view (\\d+) nodes have no edge").matcher(readme);
    assertTrue(m.find(), "the README's counts sentence");
    int group = 1;
    for (View v : List.of(View.ALL, View.PEOPLE, View.STANCES, View.CASES, View.OFFICES, View.EVENTS)) {
      PropertyGraph g = RdfToPropertyGraph.read(ds.asDatasetGraph(), v);
      assertEquals(g.nodes().size(), Integer.parseInt(m.group(group++)), v.id() + " nodes");
      assertEquals(g.edges().size(), Integer.parseInt(m.group(group++)), v.id() + " edges");
    }
    PropertyGraph all = RdfToPropertyGraph.read(ds.asDatasetGraph(), View.ALL);
    long unconnected = all.nodes().stream().filter(n -> all.edges().stream()
        .noneMatch(e -> e.source().equals(n.id()) || e.target().equals(n.id()))).count();
    assertEquals(unconnected, Long.parseLong(m.group(group)), "nodes without an edge");
  }

  @Test
  void thePicturesTheReadmeShowsAreThere() {
    Matcher m = Pattern.compile("\\]\\((docs/[^)]+)\\)").matcher(readme);
    int n = 0;
    while (m.find()) {
      assertTrue(Files.isRegularFile(TestGraphs.repo().resolve(m.group(1))), m.group(1));
      n++;
    }
    assertTrue(n >= 7, "a picture of the page and of each export: " + n);
  }
}
