package org.newsgraph.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.Vocab;

/**
 * Turns the article graphs into the {@link PropertyGraph} of a {@link View}.
 *
 * <ul>
 *   <li>Nodes: resources typed with one of {@link View#TYPES} ({@code ng:Person}...); label, type,
 *       Wikidata QID (from {@code owl:sameAs}, or {@code skos:exactMatch} for offices and
 *       policies), articles = the articles that mention it ({@code ng:mentionedIn}) or describe it
 *       (type it in their graph), earliest {@code ng:date}.
 *   <li>Edges: every other triple between two nodes; weight = the number of article graphs that
 *       state it; date = the earliest, over those graphs, of the subject's {@code ng:date}, else
 *       the object's, else the article's {@code schema:datePublished}; evidence = the sentences of
 *       the reifiers' {@code ng:evidence}.
 * </ul>
 *
 * <p>The article graphs are the named graphs; a dataset without any (a Turtle file) counts its
 * default graph as one article.
 */
public final class RdfToPropertyGraph {
  private RdfToPropertyGraph() {}

  private static final Node MENTIONED_IN = Vocab.ng("mentionedIn");
  private static final Node DATE = Vocab.ng("date");
  private static final Node SPEAKER = Vocab.ng("speaker");
  private static final Node TEXT = Vocab.ng("text");
  private static final Node EXACT_MATCH = NodeFactory.createURI(Vocab.SKOS + "exactMatch");
  private static final Set<Node> NOT_ATTRIBUTES = Set.of(Vocab.LABEL, DATE);

  /** Reads {@code dsg} (in a read transaction when it has transactions) into the view's graph. */
  public static PropertyGraph read(DatasetGraph dsg, View view) {
    if (dsg.supportsTransactions() && !dsg.isInTransaction()) {
      return Txn.calculateRead(dsg, () -> build(dsg, view));
    }
    return build(dsg, view);
  }

  private static PropertyGraph build(DatasetGraph dsg, View view) {
    List<Quad> quads = new ArrayList<>();
    boolean named = dsg.listGraphNodes().hasNext();
    dsg.find().forEachRemaining(q -> {
      if (named != q.isDefaultGraph()) {
        quads.add(q);
      }
    });

    Map<Node, Set<String>> types = new HashMap<>();
    for (Quad q : quads) {
      if (q.getPredicate().equals(RDF.Nodes.type) && q.getObject().isURI() && q.getSubject().isURI()
          && q.getObject().getURI().startsWith(Vocab.NG)) {
        types.computeIfAbsent(q.getSubject(), k -> new TreeSet<>()).add(q.getObject().getURI().substring(Vocab.NG.length()));
      }
    }
    Map<Node, String> typeOf = new HashMap<>();
    types.forEach((s, ts) -> {
      for (String t : View.TYPES) {
        if (ts.contains(t)) {
          typeOf.put(s, t);
          break;
        }
      }
    });

    Map<Node, Map<String, Integer>> labels = new HashMap<>();
    Map<Node, Set<Node>> articles = new HashMap<>();
    Map<Node, String> qids = new HashMap<>();
    Map<Node, String> nodeDates = new HashMap<>();
    Map<Node, Map<Node, String>> datesInGraph = new HashMap<>(); // graph -> subject -> date
    Map<Node, String> published = new HashMap<>();
    Map<Triple, Set<Node>> edgeGraphs = new TreeMap<>(RdfToPropertyGraph::compareTriples);
    Map<Node, Triple> reified = new HashMap<>(); // graph+reifier key -> triple
    List<Quad> evidence = new ArrayList<>();
    Map<Node, String> sentences = new HashMap<>();
    Map<Node, Node> speakerOf = new HashMap<>();
    Map<Node, String> quoteText = new HashMap<>();
    Map<Node, List<Triple>> literalFacts = new HashMap<>();

    for (Quad q : quads) {
      Node g = q.getGraph();
      Node s = q.getSubject();
      Node p = q.getPredicate();
      Node o = q.getObject();
      boolean isNode = typeOf.containsKey(s);
      if (p.equals(Vocab.DATE_PUBLISHED) && o.isLiteral()) {
        published.merge(g, o.getLiteralLexicalForm(), PropertyGraph::earlier);
      }
      if (p.equals(RDF.Nodes.reifies) && o.isTripleTerm()) {
        reified.put(key(g, s), o.getTriple());
      } else if (p.equals(Vocab.EVIDENCE)) {
        evidence.add(q);
      } else if (p.equals(Vocab.SENTENCE) && o.isLiteral()) {
        sentences.put(key(g, s), o.getLiteralLexicalForm());
      } else if (p.equals(SPEAKER) && typeOf.containsKey(o)) {
        speakerOf.put(s, o);
      } else if (p.equals(TEXT) && o.isLiteral()) {
        quoteText.put(s, o.getLiteralLexicalForm());
      }
      if (!isNode) {
        continue;
      }
      if (p.equals(RDF.Nodes.type)) {
        if (o.isURI() && o.getURI().startsWith(Vocab.NG) && View.TYPES.contains(o.getURI().substring(Vocab.NG.length()))) {
          // a named graph is an article; a lone default graph counts as one when nothing else does
          Set<Node> in = articles.computeIfAbsent(s, k -> new HashSet<>());
          if (!Quad.isDefaultGraph(g)) {
            in.add(g);
          } else if (in.isEmpty()) {
            in.add(g);
          }
        }
      } else if (p.equals(Vocab.LABEL) && o.isLiteral()) {
        labels.computeIfAbsent(s, k -> new HashMap<>()).merge(o.getLiteralLexicalForm(), 1, Integer::sum);
      } else if (p.equals(MENTIONED_IN)) {
        Set<Node> in = articles.computeIfAbsent(s, k -> new HashSet<>());
        in.removeIf(Quad::isDefaultGraph);
        in.add(o);
      } else if ((p.equals(OWL.sameAs.asNode()) || p.equals(EXACT_MATCH)) && o.isURI() && o.getURI().startsWith(Vocab.WD)) {
        qids.merge(s, o.getURI().substring(Vocab.WD.length()), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      } else if (p.equals(DATE) && o.isLiteral()) {
        nodeDates.merge(s, o.getLiteralLexicalForm(), PropertyGraph::earlier);
        datesInGraph.computeIfAbsent(g, k -> new HashMap<>()).merge(s, o.getLiteralLexicalForm(), PropertyGraph::earlier);
      } else if (typeOf.containsKey(o)) {
        edgeGraphs.computeIfAbsent(q.asTriple(), k -> new HashSet<>()).add(g);
      }
      if (o.isLiteral() && !NOT_ATTRIBUTES.contains(p) && !p.equals(Vocab.DATE_PUBLISHED)) {
        literalFacts.computeIfAbsent(s, k -> new ArrayList<>()).add(q.asTriple());
      }
    }

    Map<Triple, Set<String>> evidenceOf = new HashMap<>();
    for (Quad q : evidence) {
      Triple t = reified.get(key(q.getGraph(), q.getSubject()));
      String sentence = sentences.get(key(q.getGraph(), q.getObject()));
      if (t != null && sentence != null) {
        evidenceOf.computeIfAbsent(t, k -> new TreeSet<>()).add(sentence);
      }
    }

    // edges of the view
    List<GraphEdge> edges = new ArrayList<>();
    Set<Node> ends = new HashSet<>();
    edgeGraphs.forEach((t, graphs) -> {
      String predicate = t.getPredicate().getURI();
      if (!view.keepsEdge(PropertyGraph.localName(predicate), typeOf.get(t.getSubject()), typeOf.get(t.getObject()))) {
        return;
      }
      String date = null;
      for (Node g : graphs) {
        Map<Node, String> dated = datesInGraph.getOrDefault(g, Map.of());
        String d = dated.get(t.getSubject());
        if (d == null) {
          d = dated.get(t.getObject());
        }
        if (d == null) {
          d = published.get(g);
        }
        date = PropertyGraph.earlier(date, d);
      }
      edges.add(new GraphEdge(t.getSubject().getURI(), predicate, t.getObject().getURI(), graphs.size(), date,
          List.copyOf(evidenceOf.getOrDefault(t, Set.of()))));
      ends.add(t.getSubject());
      ends.add(t.getObject());
    });

    Map<Node, List<GraphNode.Attribute>> quotes = new HashMap<>();
    speakerOf.forEach((quote, speaker) -> {
      String text = quoteText.get(quote);
      if (text != null) {
        Set<String> ev = new TreeSet<>();
        for (Map.Entry<Triple, Set<String>> e : evidenceOf.entrySet()) {
          if (e.getKey().getSubject().equals(quote)) {
            ev.addAll(e.getValue());
          }
        }
        quotes.computeIfAbsent(speaker, k -> new ArrayList<>()).add(new GraphNode.Attribute("said", text, List.copyOf(ev)));
      }
    });

    List<GraphNode> nodes = new ArrayList<>();
    typeOf.forEach((s, type) -> {
      if (!view.keepsNode(type) && !ends.contains(s)) {
        return;
      }
      String kind = type;
      for (String t : types.get(s)) {
        if (!t.equals(type) && !View.TYPES.contains(t)) {
          kind = t;
          break;
        }
      }
      Set<GraphNode.Attribute> attributes = new TreeSet<>(
          java.util.Comparator.comparing(GraphNode.Attribute::name).thenComparing(GraphNode.Attribute::value));
      for (Triple t : literalFacts.getOrDefault(s, List.of())) {
        attributes.add(new GraphNode.Attribute(PropertyGraph.localName(t.getPredicate().getURI()),
            t.getObject().getLiteralLexicalForm(), List.copyOf(evidenceOf.getOrDefault(t, Set.of()))));
      }
      attributes.addAll(quotes.getOrDefault(s, List.of()));
      nodes.add(new GraphNode(s.getURI(), label(s, labels.get(s)), type, kind, qids.get(s),
          articles.getOrDefault(s, Set.of()).size(), nodeDates.get(s), List.copyOf(attributes)));
    });
    return new PropertyGraph(view, nodes, edges);
  }

  private static String label(Node s, Map<String, Integer> counts) {
    if (counts == null || counts.isEmpty()) {
      return PropertyGraph.localName(s.getURI());
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .findFirst().orElseThrow().getKey();
  }

  /** A node that stands for {@code n} in graph {@code g} (blank nodes are per graph). */
  private static Node key(Node g, Node n) {
    return NodeFactory.createTripleTerm(g, RDF.Nodes.type, n);
  }

  private static int compareTriples(Triple a, Triple b) {
    int c = a.getSubject().getURI().compareTo(b.getSubject().getURI());
    if (c == 0) {
      c = a.getPredicate().getURI().compareTo(b.getPredicate().getURI());
    }
    if (c == 0) {
      c = a.getObject().getURI().compareTo(b.getObject().getURI());
    }
    return c;
  }
}
