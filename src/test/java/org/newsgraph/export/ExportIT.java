package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestGraphs;
import org.newsgraph.rdf.GraphFiles;
import org.newsgraph.cli.Main;
import org.newsgraph.store.ChildProcess;

/**
 * {@code export} on the bundled articles, as users run it: every format read back by its
 * independent reader, the stances view rendered by Graphviz, the html page (from the packaged jar)
 * opened by headless Chromium. The counts go to target/export-counts.txt.
 */
class ExportIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir static Path work;
  static Path nq;

  record Run(int code, String out, String err) {}

  static Run newsgraph(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void buildTheBundledArticles() {
    nq = work.resolve("graph.nq");
    Run r = newsgraph("build", "-q", "--input", TestGraphs.repo().resolve("data/articles").toString(), "--output", nq.toString());
    assertEquals(0, r.code(), r.err());
  }

  static PropertyGraph model(View view) {
    Dataset ds = GraphFiles.read(nq);
    return RdfToPropertyGraph.read(ds.asDatasetGraph(), view);
  }

  @Test
  void everyFormatOfTheBundledArticlesReadsBackAsTheModel() throws Exception {
    StringBuilder counts = new StringBuilder("format\tview\tnodes\tedges\n");
    for (View view : List.of(View.ALL, View.STANCES)) {
      ReadBack.Seen expected = ReadBack.of(model(view));
      assertTrue(expected.nodes().size() > (view == View.ALL ? 100 : 10), view.id() + " of the bundled articles has nodes: " + expected.nodes().size());
      assertFalse(expected.edges().isEmpty());
      for (Exporter e : Exporters.all()) {
        if (e.format().equals("dot") && !ReadBack.hasDot()) {
          System.out.println("ExportIT: dot skipped, Graphviz is not installed (apt-get install -y graphviz; .ci/run does)");
          continue;
        }
        Path file = work.resolve(view.id() + "." + e.extension());
        Run r = newsgraph("export", "--format", e.format(), "--view", view.id(), "--output", file.toString(), "--data", nq.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("wrote " + file + ": " + expected.nodes().size() + " nodes, " + expected.edges().size() + " edges"), r.out());
        ReadBack.Seen seen = ReadBack.read(e.format(), file);
        ExporterContractTest.assertSame(expected, seen, e.format() + " " + view.id() + " of data/articles");
        counts.append(e.format()).append('\t').append(view.id()).append('\t').append(seen.nodes().size())
            .append('\t').append(seen.edges().size()).append('\n');
      }
    }
    Path report = TestGraphs.repo().resolve("target/export-counts.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(report, counts.toString());
    System.out.print("ExportIT counts (data/articles):\n" + counts);
  }

  @Test
  void graphvizRendersTheStancesViewWithEveryNodeAndEdge() throws Exception {
    Assumptions.assumeTrue(ReadBack.hasDot(), "Skipped: Graphviz dot is not installed (apt-get install -y graphviz; .ci/run does)");
    Path dot = work.resolve("stances.dot");
    Run r = newsgraph("export", "-f", "dot", "--view", "stances", "-o", dot.toString(), "--data", nq.toString());
    assertEquals(0, r.code(), r.err());
    String svg = ReadBack.runDot(dot, "svg").replace("&#45;", "-");
    Files.writeString(TestGraphs.repo().resolve("target/export-stances.svg"), svg);
    PropertyGraph stances = model(View.STANCES);
    assertEquals(stances.nodes().size(), count(svg, "<g id=\"node"), "nodes drawn");
    assertEquals(stances.edges().size(), count(svg, "<g id=\"edge"), "edges drawn");
    for (GraphNode n : stances.nodes()) {
      assertTrue(svg.contains(">" + xml(n.label()) + "</text>"), "the svg shows the label " + n.label());
    }
  }

  @Test
  void aStoreExportsTheSameGraphAsTheFileItWasLoadedFrom() throws Exception {
    Path store = work.resolve("store");
    Run load = newsgraph("load", "--store", store.toString(), "--data", nq.toString());
    assertEquals(0, load.code(), load.err());
    Path file = work.resolve("from-store.cyjs");
    Run r = newsgraph("export", "-f", "cytoscape", "-o", file.toString(), "--store", store.toString());
    assertEquals(0, r.code(), r.err());
    ExporterContractTest.assertSame(ReadBack.of(model(View.ALL)), ReadBack.read("cytoscape", file), "export --store");

    // query shares the --store/--data opening with export: the same answers from both
    Path q = work.resolve("offices.rq");
    Files.writeString(q, TestGraphs.PREFIXES + "SELECT DISTINCT ?p ?o WHERE { ?p ng:holdsOffice ?o } ORDER BY ?p ?o");
    Run fromStore = newsgraph("query", q.toString(), "--store", store.toString(), "--format", "csv");
    Run fromFile = newsgraph("query", q.toString(), "--data", nq.toString(), "--format", "csv");
    assertEquals(0, fromStore.code(), fromStore.err());
    assertEquals(0, fromFile.code(), fromFile.err());
    assertTrue(fromFile.out().lines().count() > 5, fromFile.out());
    assertEquals(fromFile.out(), fromStore.out());
  }

  @Test
  void badArgumentsAreUsageErrorsThatNameTheProblem() {
    Run missing = newsgraph("export", "-f", "gexf", "-o", work.resolve("x.gexf").toString(), "--data", work.resolve("absent.nq").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("cannot read graph file " + work.resolve("absent.nq")), missing.err());
    Run format = newsgraph("export", "-f", "svg", "-o", work.resolve("x.svg").toString(), "--data", nq.toString());
    assertEquals(2, format.code());
    assertTrue(format.err().contains("No exporter for format svg. Available: graphml, gexf, dot, cytoscape, jsonld, html"), format.err());
    Run view = newsgraph("export", "-f", "gexf", "--view", "maps", "-o", work.resolve("x.gexf").toString(), "--data", nq.toString());
    assertEquals(2, view.code());
    assertTrue(view.err().contains("No view maps. Available: all, people, stances, cases, offices, events"), view.err());
    assertFalse(Files.exists(work.resolve("x.gexf")));
  }

  // ---- the html page in headless Chromium ----

  @Test
  void thePageFindsAPersonDrawsTheNeighbourhoodAndShowsTheEvidence() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
        "Skipped: /usr/bin/chromium is not installed (apt-get install -y chromium; .ci/run does)");
    Path page = work.resolve("graph.html");
    try (ChildProcess jar = ChildProcess.newsgraph(work, Map.of(), "export", "--format", "html", "--output", page.toString(), "--data", nq.toString())) {
      assertEquals(0, jar.waitFor(300), jar.stderr());
    }
    String html = Files.readString(page);
    assertFalse(Pattern.compile("<script[^>]+src=|<link[^>]+href=|https?://[^\"<]*\\.js\"", Pattern.CASE_INSENSITIVE).matcher(html).find(),
        "the page loads nothing from elsewhere");
    assertTrue(html.contains("The Cytoscape Consortium") && html.contains("Permission is hereby granted"), "Cytoscape.js is inlined with its licence");

    PropertyGraph all = model(View.ALL);
    // a person with facts whose name finds only that person: the most mentioned such person
    GraphNode person = all.nodes().stream()
        .filter(n -> n.type().equals("Person"))
        .filter(n -> matches(all, fold(n.label())).size() == 1)
        .filter(n -> all.edges().stream().anyMatch(e -> touches(e, n) && !e.evidence().isEmpty()))
        .sorted(Comparator.comparing(GraphNode::articles).reversed().thenComparing(GraphNode::id))
        .findFirst().orElseThrow();
    Set<String> shown = new HashSet<>(Set.of(person.id()));
    all.edges().stream().filter(e -> touches(e, person)).forEach(e -> {
      shown.add(e.source());
      shown.add(e.target());
    });
    List<String> drawn = new ArrayList<>();
    all.nodes().stream().filter(n -> shown.contains(n.id())).forEach(n -> drawn.add(n.label()));
    drawn.sort(Comparator.naturalOrder());

    String url = page.toUri() + "?q=" + URLEncoder.encode(person.label(), StandardCharsets.UTF_8).replace("+", "%20");
    String dom = chromium(List.of("--dump-dom", url));
    assertTrue(dom.contains("data-state=\"done\""), dom);
    assertTrue(dom.contains("data-matches=\"1\""), dom);
    assertEquals(drawn, drawnLabels(dom), "the nodes the page drew for " + person.label());
    assertTrue(dom.contains("data-nodes=\"" + drawn.size() + "\""), dom);
    assertTrue(dom.contains("data-selected=\"" + xmlAttr(person.label()) + "\""), "the page shows the facts of the one match");
    assertTrue(dom.contains("id=\"fact-list\""), dom);
    String sentence = all.edges().stream().filter(e -> touches(e, person) && !e.evidence().isEmpty())
        .findFirst().orElseThrow().evidence().get(0);
    assertTrue(dom.contains("<blockquote>" + xml(sentence) + "</blockquote>"), "the evidence sentence is shown: " + sentence);

    // the view filter of the page agrees with the exporter's views (nodes without edges left out)
    for (View v : List.of(View.STANCES, View.OFFICES)) {
      PropertyGraph expected = model(v);
      long connected = expected.nodes().stream().filter(n -> expected.edges().stream().anyMatch(e -> touches(e, n))).count();
      String viewDom = chromium(List.of("--dump-dom", page.toUri() + "?view=" + v.id()));
      assertTrue(viewDom.contains("data-nodes=\"" + connected + "\""), v.id() + ": " + viewDom.substring(0, Math.min(400, viewDom.length())));
      assertTrue(viewDom.contains("data-isolated=\"" + (expected.nodes().size() - connected) + "\""), v.id());
      assertTrue(viewDom.contains("data-edges=\"" + expected.edges().size() + "\""), v.id());
    }

    Path shot = TestGraphs.repo().resolve("target/export-page.png").toAbsolutePath();
    Files.createDirectories(shot.getParent());
    Files.deleteIfExists(shot);
    chromium(List.of("--window-size=1400,900", "--screenshot=" + shot, url));
    byte[] png = Files.readAllBytes(shot);
    assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a screenshot at " + shot);
    System.out.println("ExportIT: searched " + person.label() + ", the page drew " + drawn.size() + " nodes; screenshot " + shot);
  }

  @Test
  void clickingANodeShowsItsFactsAndTheirEvidence() throws Exception {
    Path page = htmlPageForChromium("click.html");
    PropertyGraph all = model(View.ALL);
    // search a person (one match), then click a neighbour the page drew
    GraphNode person = all.nodes().stream()
        .filter(n -> n.type().equals("Person") && matches(all, fold(n.label())).size() == 1)
        .filter(n -> all.edges().stream().anyMatch(e -> touches(e, n)))
        .sorted(Comparator.comparing(GraphNode::articles).reversed().thenComparing(GraphNode::id))
        .findFirst().orElseThrow();
    GraphEdge edge = all.edges().stream().filter(e -> touches(e, person)).findFirst().orElseThrow();
    GraphNode other = all.node(edge.source().equals(person.id()) ? edge.target() : edge.source());
    long facts = all.edges().stream().filter(e -> touches(e, other)).count() + other.attributes().size();
    String url = page.toUri() + "?q=" + URLEncoder.encode(person.label(), StandardCharsets.UTF_8).replace("+", "%20");
    Path profile = Files.createDirectories(work.resolve("chromium-click"));
    try (DevTools browser = DevTools.open(CHROMIUM, profile, url)) {
      browser.await("document.body.dataset.state === 'done'");
      assertEquals(person.label(), browser.evaluate("document.body.dataset.selected"));
      String at = browser.evaluate("(() => { const n = window.newsgraph.cy.getElementById(" + jsString(other.id()) + ");"
          + " const p = n.renderedPosition(); const r = document.getElementById('cy').getBoundingClientRect();"
          + " return (r.left + p.x) + ',' + (r.top + p.y); })()");
      String[] xy = at.split(",");
      browser.click(Double.parseDouble(xy[0]), Double.parseDouble(xy[1]));
      browser.await("document.body.dataset.selected === " + jsString(other.label()));
      assertEquals(String.valueOf(facts), browser.evaluate("String(document.getElementById('fact-list').children.length)"),
          "the facts of " + other.label());
      String shown = browser.evaluate("document.getElementById('facts').innerText");
      assertTrue(shown.contains(edge.label()), shown);
      for (String sentence : edge.evidence()) {
        assertTrue(shown.contains(sentence), "the evidence \"" + sentence + "\" is shown: " + shown);
      }
    }
  }

  @Test
  void theAllViewLeavesOutUnconnectedNodesStartsReadableAndCountsTheTypesOfTheView() throws Exception {
    Path page = htmlPageForChromium("all.html");
    PropertyGraph all = model(View.ALL);
    long unconnected = all.nodes().stream().filter(n -> all.edges().stream().noneMatch(e -> touches(e, n))).count();
    assertTrue(unconnected > 0, "the bundled articles have nodes without edges");
    try (DevTools browser = DevTools.open(CHROMIUM, Files.createDirectories(work.resolve("chromium-all")), page.toUri().toString())) {
      browser.await("document.body.dataset.state === 'done'");
      assertEquals(String.valueOf(unconnected), browser.evaluate("document.body.dataset.isolated"));
      assertEquals(String.valueOf(all.nodes().size() - unconnected), browser.evaluate("document.body.dataset.nodes"));
      assertEquals("0", browser.evaluate("String(window.newsgraph.cy.nodes().filter((n) => n.style('display') === 'element'"
          + " && n.connectedEdges().filter((e) => e.style('display') === 'element').empty()).length)"),
          "no drawn node without a drawn edge (no row of dots)");
      double px = Double.parseDouble(browser.evaluate("String(window.newsgraph.cy.zoom()"
          + " * parseFloat(window.newsgraph.cy.nodes()[0].style('font-size')))"));
      assertTrue(px >= 10.9, "labels are " + px + " px high at the first zoom");
      assertEquals(counts(all, true), browser.evaluate(COUNTS));

      // another view: the counts are the nodes of that view
      browser.evaluate("(() => { const v = document.getElementById('view'); v.value = 'stances';"
          + " v.dispatchEvent(new Event('change')); return 1; })()");
      browser.await("document.body.dataset.nodes === '" + model(View.STANCES).nodes().stream()
          .filter(n -> model(View.STANCES).edges().stream().anyMatch(e -> touches(e, n))).count() + "'");
      assertEquals(counts(model(View.STANCES), true), browser.evaluate(COUNTS));

      // asked for, the unconnected nodes are drawn (and counted) too
      browser.evaluate("(() => { const v = document.getElementById('view'); v.value = 'all'; v.dispatchEvent(new Event('change'));"
          + " const b = document.getElementById('isolated'); b.checked = true; b.dispatchEvent(new Event('change'));"
          + " return 1; })()");
      browser.await("document.body.dataset.nodes === '" + all.nodes().size() + "'");
      assertEquals(counts(all, false), browser.evaluate(COUNTS));
    }
  }

  /** The html export of the bundled articles, for a test in Chromium (skipped without Chromium). */
  private static Path htmlPageForChromium(String name) {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
        "Skipped: /usr/bin/chromium is not installed (apt-get install -y chromium; .ci/run does)");
    Path page = work.resolve(name);
    assertEquals(0, newsgraph("export", "-f", "html", "-o", page.toString(), "--data", nq.toString()).code());
    return page;
  }

  /** The page's type counts, as "Person 12, Place 3" in the page's order. */
  static final String COUNTS = "Array.from(document.querySelectorAll('#types .count')).filter((c) => c.textContent !== '0')"
      + ".map((c) => c.dataset.type + ' ' + c.textContent).join(', ')";

  /** The nodes of each type (those with an edge only, if {@code connectedOnly}), as {@link #COUNTS} gives them. */
  private static String counts(PropertyGraph g, boolean connectedOnly) {
    List<String> out = new ArrayList<>();
    for (String type : View.TYPES) {
      long n = g.nodes().stream().filter(x -> x.type().equals(type))
          .filter(x -> !connectedOnly || g.edges().stream().anyMatch(e -> touches(e, x))).count();
      if (n > 0) {
        out.add(type + " " + n);
      }
    }
    return String.join(", ", out);
  }

  private static String jsString(String s) {
    StringBuilder b = new StringBuilder();
    Json.write(b, s, true);
    return b.toString();
  }

  private static boolean touches(GraphEdge e, GraphNode n) {
    return e.source().equals(n.id()) || e.target().equals(n.id());
  }

  /** As the page's search: folded label or alternative label contains the folded query. */
  private static List<GraphNode> matches(PropertyGraph g, String q) {
    return g.nodes().stream().filter(n -> fold(n.label()).contains(q)
        || n.attributes().stream().anyMatch(a -> a.name().equals("altLabel") && fold(a.value()).contains(q))).toList();
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[\u0300-\u036f]", "").toLowerCase(Locale.ROOT);
  }

  private static List<String> drawnLabels(String dom) {
    Matcher ol = Pattern.compile("<ol id=\"drawn\"[^>]*>(.*?)</ol>", Pattern.DOTALL).matcher(dom);
    assertTrue(ol.find(), dom);
    List<String> out = new ArrayList<>();
    Matcher li = Pattern.compile("<li>(.*?)</li>").matcher(ol.group(1));
    while (li.find()) {
      out.add(li.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u00a0").replace("&amp;", "&"));
    }
    return out;
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;");
  }

  private static String xmlAttr(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;").replace("\u00a0", "&nbsp;");
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  private static String chromium(List<String> args) throws Exception {
    Path profile = Files.createDirectories(work.resolve("chromium-profile"));
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=20000"));
    cmd.addAll(args);
    try (ChildProcess chromium = ChildProcess.start(cmd, work, Map.of())) {
      assertEquals(0, chromium.waitFor(180), chromium.stderr());
      return chromium.stdout();
    }
  }
}
