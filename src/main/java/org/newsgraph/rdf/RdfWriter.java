package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.corpus.Article;
import org.newsgraph.corpus.ArticleMeta;
import org.newsgraph.extract.ArticleGraph;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.ExternalIri;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Literal;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.Value;

/**
 * Turns extraction results into RDF: one named graph per article (named by the article's IRI).
 * Every fact is asserted and reified with an RDF 1.2 reifier carrying {@code ng:evidence}, as the
 * contract shows ({@code s p o ~ _:r {| ng:evidence [ … ] |}}): reifier and evidence are blank
 * nodes, labelled by a hash of what they say, so the same input always gives the same quads.
 */
public final class RdfWriter {
  public static Ref articleRef(Article a) {
    return new Ref("article", a.slug());
  }

  /** Adds an article's graph to a dataset as the named graph of the article's IRI. */
  public void addTo(DatasetGraph ds, Article article, Graph graph) {
    Node name = graphName(article);
    graph.find().forEachRemaining(t -> ds.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
  }

  /** The name of an article's graph in a dataset (its IRI). */
  public Node graphName(Article article) {
    return Vocab.iri(articleRef(article));
  }

  /** The graph of one article. */
  public Graph graphOf(ArticleGraph g) {
    Graph graph = GraphFactory.createDefaultGraph();
    Article a = g.article();
    Node art = Vocab.iri(articleRef(a));
    graph.add(art, RDF.Nodes.type, Vocab.ARTICLE);
    graph.add(art, RDF.Nodes.type, Vocab.NEWS_ARTICLE);
    graph.add(art, Vocab.SOURCE_FILE, str(a.fileName()));
    graph.add(art, Vocab.CONTENT_HASH, str(a.sha256()));
    if (a.entry() != null) {
      graph.add(art, Vocab.SOURCE_ENTRY, str(a.entry()));
    }
    for (String other : a.alsoReadFrom()) {
      graph.add(art, Vocab.ALSO_READ_FROM, str(other));
    }
    ArticleMeta m = a.meta();
    String headline = m.headline() != null ? m.headline() : null;
    graph.add(art, Vocab.LABEL, str(headline != null ? headline : a.name()));
    if (headline != null) {
      metadata(graph, a, Vocab.HEADLINE, str(headline), ArticleMeta.HEADLINE);
    }
    if (m.published() != null) {
      metadata(graph, a, Vocab.DATE_PUBLISHED, NodeFactory.createLiteralDT(m.published().toString(), XSDDatatype.XSDdate),
          ArticleMeta.PUBLISHED);
    }
    if (m.publisher() != null) {
      metadata(graph, a, Vocab.PUBLISHER, str(m.publisher()), ArticleMeta.PUBLISHER);
    }
    if (m.url() != null) {
      metadata(graph, a, Vocab.URL, NodeFactory.createURI(m.url()), ArticleMeta.URL);
    }
    for (String author : m.authors()) {
      metadata(graph, a, Vocab.AUTHOR, str(author), ArticleMeta.AUTHOR);
    }
    for (org.newsgraph.extract.Node n : g.nodes()) {
      Node s = Vocab.iri(n.ref());
      for (String t : n.types()) {
        graph.add(s, RDF.Nodes.type, Vocab.ng(t));
      }
      if (n.label() != null) {
        graph.add(s, Vocab.LABEL, str(n.label()));
      }
      for (String alt : n.altLabels()) {
        graph.add(s, Vocab.ALT_LABEL, str(alt));
      }
    }
    for (Fact f : g.facts()) {
      Node s = Vocab.iri(f.subject());
      Node p = Vocab.property(f.property());
      Node o = object(f.object());
      graph.add(s, p, o);
      Evidence e = f.evidence();
      if (e == null) {
        continue;
      }
      String key = a.slug() + "|" + s + "|" + p + "|" + o;
      Node reifier = NodeFactory.createBlankNode("r" + hash(key));
      graph.add(reifier, RDF.Nodes.reifies, NodeFactory.createTripleTerm(Triple.create(s, p, o)));
      Node ev = NodeFactory.createBlankNode("e" + hash(key + "|" + e.start() + "|" + e.end() + "|" + e.method()));
      graph.add(reifier, Vocab.EVIDENCE, ev);
      graph.add(ev, RDF.Nodes.type, Vocab.EVIDENCE_CLASS);
      graph.add(ev, Vocab.SENTENCE, str(e.sentence()));
      graph.add(ev, Vocab.START, NodeFactory.createLiteralDT(Integer.toString(e.start()), XSDDatatype.XSDinteger));
      graph.add(ev, Vocab.END, NodeFactory.createLiteralDT(Integer.toString(e.end()), XSDDatatype.XSDinteger));
      if (!Double.isNaN(e.confidence())) {
        graph.add(ev, Vocab.CONFIDENCE, NodeFactory.createLiteralDT(decimal(e.confidence()), XSDDatatype.XSDdecimal));
      }
      if (e.method() != null) {
        graph.add(ev, Vocab.METHOD, str(e.method()));
      }
    }
    return graph;
  }

  /**
   * A metadata triple of the article and, on its reifier, where the value came from: {@code
   * ng:metadataSource} ("articles.tsv", "document" or "file name", in that order of precedence) and
   * {@code ng:metadataField} (the row and column, meta tag, JSON-LD property or field).
   */
  private static void metadata(Graph graph, Article a, Node p, Node o, String field) {
    Node art = Vocab.iri(articleRef(a));
    graph.add(art, p, o);
    ArticleMeta.Origin origin = a.meta().origins().get(field);
    if (origin == null) {
      return;
    }
    Node reifier = NodeFactory.createBlankNode("m" + hash(a.slug() + "|" + art + "|" + p + "|" + o));
    graph.add(reifier, RDF.Nodes.reifies, NodeFactory.createTripleTerm(Triple.create(art, p, o)));
    graph.add(reifier, Vocab.METADATA_SOURCE, str(origin.source().label()));
    graph.add(reifier, Vocab.METADATA_FIELD, str(origin.field()));
  }

  private static Node object(Value v) {
    if (v instanceof Ref r) {
      return Vocab.iri(r);
    }
    if (v instanceof ExternalIri x) {
      return NodeFactory.createURI(x.iri());
    }
    Literal l = (Literal) v;
    if (l.datatype() == null || l.datatype().equals("string")) {
      return str(l.lexical());
    }
    return NodeFactory.createLiteralDT(l.lexical(), org.apache.jena.datatypes.TypeMapper.getInstance()
        .getSafeTypeByName(Vocab.XSD + l.datatype()));
  }

  private static String decimal(double d) {
    String s = new java.math.BigDecimal(d).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    return s.contains(".") ? s : s + ".0";
  }

  private static Node str(String s) {
    return NodeFactory.createLiteralString(s);
  }

  static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
