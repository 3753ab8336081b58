package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newsgraph.corpus.Article;
import org.newsgraph.corpus.ArticleMeta;
import org.newsgraph.corpus.Block;
import org.newsgraph.corpus.MetaSource;
import org.newsgraph.extract.ArticleGraph;
import org.newsgraph.validate.ShaclGate;

/** An article's metadata in RDF: each value reified with where it came from; entry and other names kept. */
class ArticleMetadataRdfTest {
  static Node lit(String s) {
    return NodeFactory.createLiteralString(s);
  }

  @Test
  void metadataValuesCarryTheirSourceAndTheGraphPassesTheGate() {
    ArticleMeta meta = new ArticleMeta("news.jsonl#3", "Example Wire", LocalDate.of(2022, 3, 4), null, null,
        List.of("Ana Writer", "Ben Writer"), Map.of(
            ArticleMeta.PUBLISHER, new ArticleMeta.Origin(MetaSource.ARTICLES_TSV, "articles.tsv:4 publisher"),
            ArticleMeta.PUBLISHED, new ArticleMeta.Origin(MetaSource.FILE_NAME, "date in the file name"),
            ArticleMeta.AUTHOR, new ArticleMeta.Origin(MetaSource.DOCUMENT, "JSON field author")));
    String text = "The mayor spoke.";
    Article a = new Article("news-3", "news.jsonl", text, meta, List.of(new Block(0, text.length(), text)), List.of(),
        "0".repeat(64), "news.jsonl#3", List.of("copy.jsonl#1"));
    Graph g = new RdfWriter().graphOf(new ArticleGraph(a, List.of(), List.of()));
    Node art = NodeFactory.createURI(Vocab.ID + "article/news-3");

    assertTrue(g.contains(art, Vocab.SOURCE_FILE, lit("news.jsonl")));
    assertTrue(g.contains(art, Vocab.SOURCE_ENTRY, lit("news.jsonl#3")));
    assertTrue(g.contains(art, Vocab.ALSO_READ_FROM, lit("copy.jsonl#1")));
    assertTrue(g.contains(art, Vocab.LABEL, lit("news.jsonl#3")), "without a headline the label is the entry's name");
    assertEquals(List.of("Ana Writer", "Ben Writer"),
        g.find(art, Vocab.AUTHOR, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList().stream().sorted().toList());

    assertEquals(List.of("articles.tsv | articles.tsv:4 publisher"), sourceOf(g, art, Vocab.PUBLISHER, lit("Example Wire")));
    assertEquals(List.of("file name | date in the file name"), sourceOf(g, art, Vocab.DATE_PUBLISHED,
        NodeFactory.createLiteralDT("2022-03-04", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)));
    assertEquals(List.of("document | JSON field author"), sourceOf(g, art, Vocab.AUTHOR, lit("Ben Writer")));
    assertEquals(4, g.find(Node.ANY, Vocab.METADATA_SOURCE, Node.ANY).toList().size());

    assertEquals(List.of(), ShaclGate.standard().check(g));
  }

  private static List<String> sourceOf(Graph g, Node s, Node p, Node o) {
    Node term = NodeFactory.createTripleTerm(Triple.create(s, p, o));
    return g.find(Node.ANY, RDF.Nodes.reifies, term).mapWith(Triple::getSubject).toList().stream()
        .map(r -> g.find(r, Vocab.METADATA_SOURCE, Node.ANY).next().getObject().getLiteralLexicalForm() + " | "
            + g.find(r, Vocab.METADATA_FIELD, Node.ANY).next().getObject().getLiteralLexicalForm())
        .toList();
  }
}
