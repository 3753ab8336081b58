package org.newsgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads each export format back with a reader that is not ours: JGraphT's GraphML and GEXF
 * importers, Graphviz's {@code dot -Tjson}, Jena's JSON and JSON-LD parsers. The result is the
 * nodes and edges as comparable lines.
 */
final class ReadBack {
  private ReadBack() {}

  /** Nodes as "iri | label | type | kind | qid | articles | date", edges as "source | predicate | target | weight | date". */
  record Seen(Set<String> nodes, Set<String> edges) {}

  static String node(String id, String label, String type, String kind, String qid, Object articles, String date) {
    return String.join(" | ", id, label, type, kind, String.valueOf(qid), String.valueOf(articles), String.valueOf(date));
  }

  static String edge(String source, String predicate, String target, Object weight, String date) {
    return String.join(" | ", source, predicate, target, String.valueOf(weight), String.valueOf(date));
  }

  /** What the model says, in the same lines. */
  static Seen of(PropertyGraph g) {
    Set<String> nodes = new TreeSet<>();
    for (GraphNode n : g.nodes()) {
      nodes.add(node(n.id(), n.label(), n.type(), n.kind(), n.qid(), n.articles(), n.date()));
    }
    Set<String> edges = new TreeSet<>();
    for (GraphEdge e : g.edges()) {
      edges.add(edge(e.source(), e.predicate(), e.target(), e.weight(), e.date()));
    }
    return new Seen(nodes, edges);
  }

  /** The formats this class can read: the contract test checks it covers the registry. */
  static final Set<String> FORMATS = Set.of("graphml", "gexf", "dot", "cytoscape", "jsonld", "html");

  static Seen read(String format, Path file) throws Exception {
    return switch (format) {
      case "graphml" -> graphml(file);
      case "gexf" -> gexf(file);
      case "dot" -> dot(file);
      case "cytoscape" -> cytoscape(JSON.parseAny(Files.readString(file)).getAsObject());
      case "jsonld" -> jsonld(file);
      case "html" -> cytoscape(JSON.parseAny(htmlData(Files.readString(file))).getAsObject());
      default -> throw new IllegalArgumentException("no reader for " + format);
    };
  }

  /**
   * JGraphT's GraphML importer, attributes by their attr.name. Schema validation is off: yEd's
   * {@code yfiles.type} attribute on the graphics keys is declared by yEd's ygraphml.xsd, which
   * extends the plain GraphML schema that JGraphT bundles.
   */
  static Seen graphml(Path file) throws Exception {
    Graph<String, DefaultEdge> g = new DirectedPseudograph<>(null, DefaultEdge::new, false);
    GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
    importer.setSchemaValidation(false);
    importer.setVertexFactory(id -> id);
    Map<String, Map<String, String>> vattrs = new HashMap<>();
    Map<DefaultEdge, Map<String, String>> eattrs = new HashMap<>();
    importer.addVertexAttributeConsumer((p, a) -> vattrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
    importer.addEdgeAttributeConsumer((p, a) -> eattrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
    try (InputStream in = Files.newInputStream(file)) {
      importer.importGraph(g, in);
    }
    Set<String> nodes = new TreeSet<>();
    for (String v : g.vertexSet()) {
      Map<String, String> a = vattrs.getOrDefault(v, Map.of());
      nodes.add(node(a.get("iri"), a.get("label"), a.get("type"), a.get("kind"), a.get("wikidata"), a.get("articles"), a.get("date")));
    }
    Set<String> edges = new TreeSet<>();
    for (DefaultEdge e : g.edgeSet()) {
      Map<String, String> a = eattrs.getOrDefault(e, Map.of());
      String s = vattrs.get(g.getEdgeSource(e)).get("iri");
      String t = vattrs.get(g.getEdgeTarget(e)).get("iri");
      edges.add(edge(s, a.get("predicate"), t, a.get("weight"), a.get("date")));
    }
    return new Seen(nodes, edges);
  }

  /** JGraphT's GEXF importer: node and edge attributes by their attribute title. */
  static Seen gexf(Path file) throws Exception {
    Graph<String, DefaultEdge> g = new DirectedPseudograph<>(null, DefaultEdge::new, false);
    SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
    importer.setSchemaValidation(false); // its bundled 1.2draft schema wants the viz elements in the GEXF namespace
    importer.setVertexFactory(id -> id);
    Map<String, Map<String, String>> vattrs = new HashMap<>();
    Map<DefaultEdge, Map<String, String>> eattrs = new HashMap<>();
    importer.addVertexAttributeConsumer((p, a) -> vattrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), value(a)));
    importer.addEdgeAttributeConsumer((p, a) -> eattrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), value(a)));
    try (InputStream in = Files.newInputStream(file)) {
      importer.importGraph(g, in);
    }
    Set<String> nodes = new TreeSet<>();
    for (String v : g.vertexSet()) {
      Map<String, String> a = vattrs.getOrDefault(v, Map.of());
      nodes.add(node(v, a.get("label"), a.get("type"), a.get("kind"), a.get("wikidata"), a.get("articles"), a.get("date")));
    }
    Set<String> edges = new TreeSet<>();
    for (DefaultEdge e : g.edgeSet()) {
      Map<String, String> a = eattrs.getOrDefault(e, Map.of());
      String weight = a.get("weight");
      if (weight != null && weight.endsWith(".0")) {
        weight = weight.substring(0, weight.length() - 2);
      }
      edges.add(edge(g.getEdgeSource(e), a.get("predicate"), g.getEdgeTarget(e), weight, a.get("date")));
    }
    return new Seen(nodes, edges);
  }

  private static String value(Attribute a) {
    return a.getValue();
  }

  /** The spells of a GEXF file, read with the JDK's DOM: element id to spell start. */
  static Map<String, String> gexfSpells(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(file.toFile());
    Map<String, String> out = new HashMap<>();
    NodeList spells = doc.getElementsByTagNameNS(GexfExporter.GEXF, "spell");
    for (int i = 0; i < spells.getLength(); i++) {
      Element spell = (Element) spells.item(i);
      Element owner = (Element) spell.getParentNode().getParentNode();
      String key = owner.getLocalName().equals("edge")
          ? owner.getAttribute("source") + " " + owner.getAttribute("label") + " " + owner.getAttribute("target")
          : owner.getAttribute("id");
      out.put(key, spell.getAttribute("start"));
    }
    return out;
  }

  /** Whether Graphviz's dot is on the PATH. */
  static boolean hasDot() {
    try {
      Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** Runs {@code dot -T<format> file} and returns its output; fails on a non-zero exit. */
  static String runDot(Path file, String format) throws Exception {
    Path out = Files.createTempFile("dot", "." + format);
    Path err = Files.createTempFile("dot", ".err");
    try {
      Process p = new ProcessBuilder("dot", "-T" + format, file.toString())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(2, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("dot -T" + format + " " + file + " did not finish");
      }
      if (p.exitValue() != 0) {
        throw new AssertionError("dot -T" + format + " " + file + " failed: " + Files.readString(err));
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Graphviz's own parser: {@code dot -Tjson} lists the nodes and edges with their attributes. */
  static Seen dot(Path file) throws Exception {
    JsonObject json = JSON.parseAny(runDot(file, "json")).getAsObject();
    Map<Long, String> names = new HashMap<>();
    Set<String> nodes = new TreeSet<>();
    if (json.hasKey("objects")) {
      for (JsonValue v : json.get("objects").getAsArray()) {
        JsonObject o = v.getAsObject();
        names.put(o.get("_gvid").getAsNumber().value().longValue(), str(o, "name"));
        nodes.add(node(str(o, "name"), drawnText(o), str(o, "type"), str(o, "kind"), str(o, "qid"), str(o, "articles"), str(o, "date")));
      }
    }
    Set<String> edges = new TreeSet<>();
    if (json.hasKey("edges")) {
      for (JsonValue v : json.get("edges").getAsArray()) {
        JsonObject o = v.getAsObject();
        String s = names.get(o.get("tail").getAsNumber().value().longValue());
        String t = names.get(o.get("head").getAsNumber().value().longValue());
        edges.add(edge(s, str(o, "predicate"), t, str(o, "weight"), str(o, "date")));
      }
    }
    return new Seen(nodes, edges);
  }

  /** The text dot drew for a node's label (its label after Graphviz's escapes). */
  private static String drawnText(JsonObject o) {
    StringBuilder b = new StringBuilder();
    for (JsonValue op : o.get("_ldraw_").getAsArray()) {
      JsonObject x = op.getAsObject();
      if (x.get("op").getAsString().value().equals("T")) {
        b.append(x.get("text").getAsString().value());
      }
    }
    return b.toString();
  }

  /** Cytoscape.js elements JSON (also what the html page holds). */
  static Seen cytoscape(JsonObject doc) {
    JsonObject elements = doc.get("elements").getAsObject();
    Set<String> nodes = new TreeSet<>();
    for (JsonValue v : elements.get("nodes").getAsArray()) {
      JsonObject d = v.getAsObject().get("data").getAsObject();
      nodes.add(node(str(d, "id"), str(d, "label"), str(d, "type"), str(d, "kind"), str(d, "qid"), str(d, "articles"), str(d, "date")));
    }
    Set<String> edges = new TreeSet<>();
    for (JsonValue v : elements.get("edges").getAsArray()) {
      JsonObject d = v.getAsObject().get("data").getAsObject();
      edges.add(edge(str(d, "source"), str(d, "predicate"), str(d, "target"), str(d, "weight"), str(d, "date")));
    }
    return new Seen(nodes, edges);
  }

  private static String str(JsonObject o, String key) {
    if (!o.hasKey(key) || o.get(key).isNull()) {
      return null;
    }
    JsonValue v = o.get(key);
    if (v.isNumber()) {
      return v.getAsNumber().value().toString();
    }
    return v.getAsString().value();
  }

  private static final Pattern DATA = Pattern.compile(
      "<script type=\"application/json\" id=\"graph-data\">(.*?)</script>", Pattern.DOTALL);

  /** The graph's JSON inside the html page. */
  static String htmlData(String html) {
    Matcher m = DATA.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no graph-data script in the page");
    }
    return m.group(1);
  }

  private static final String NGE = JsonLdExporter.NGE;

  /** Jena's JSON-LD parser: the RDF the file means, read back into nodes and statements. */
  static Seen jsonld(Path file) {
    org.apache.jena.graph.Graph g = GraphFactory.createDefaultGraph();
    RDFParser.source(file).lang(Lang.JSONLD11).parse(g);
    Node articles = NodeFactory.createURI(NGE + "articles");
    Node weight = NodeFactory.createURI(NGE + "weight");
    Node earliest = NodeFactory.createURI(NGE + "earliestDate");
    Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    Node sameAs = NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs");
    Node exactMatch = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#exactMatch");
    Set<String> nodes = new TreeSet<>();
    for (Triple t : g.find(Node.ANY, articles, Node.ANY).toList()) {
      Node s = t.getSubject();
      List<String> types = new ArrayList<>();
      g.find(s, RDF.Nodes.type, Node.ANY).forEachRemaining(x -> types.add(PropertyGraph.localName(x.getObject().getURI())));
      String type = types.stream().filter(View.TYPES::contains).findFirst().orElse(null);
      String kind = types.stream().filter(x -> !View.TYPES.contains(x)).findFirst().orElse(type);
      String qid = null;
      for (Node p : List.of(sameAs, exactMatch)) {
        for (Triple q : g.find(s, p, Node.ANY).toList()) {
          qid = PropertyGraph.localName(q.getObject().getURI());
        }
      }
      nodes.add(node(s.getURI(), one(g, s, label), type, kind, qid, one(g, s, articles), one(g, s, earliest)));
    }
    Set<String> edges = new TreeSet<>();
    for (Triple t : g.find(Node.ANY, RDF.Nodes.type, RDF.Nodes.Statement).toList()) {
      Node st = t.getSubject();
      Node s = g.find(st, RDF.Nodes.subject, Node.ANY).next().getObject();
      Node p = g.find(st, RDF.Nodes.predicate, Node.ANY).next().getObject();
      Node o = g.find(st, RDF.Nodes.object, Node.ANY).next().getObject();
      if (!g.contains(s, p, o)) {
        throw new AssertionError("the statement " + s + " " + p + " " + o + " is not asserted");
      }
      edges.add(edge(s.getURI(), p.getURI(), o.getURI(), one(g, st, weight), one(g, st, earliest)));
    }
    return new Seen(nodes, edges);
  }

  private static String one(org.apache.jena.graph.Graph g, Node s, Node p) {
    List<Triple> ts = g.find(s, p, Node.ANY).toList();
    if (ts.size() > 1) {
      throw new AssertionError(s + " has " + ts.size() + " values of " + p);
    }
    return ts.isEmpty() ? null : ts.get(0).getObject().getLiteralLexicalForm();
  }
}
