package org.newsgraph.extract;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.facts.Renaming;

/**
 * What one merge across articles decided (the same case, or the same statement, told by two
 * articles): for the articles it touches (by their place in the corpus's list of graphs), each old
 * ref and the ref it becomes; and the first description of each target, from any article.
 */
public record Merge(Map<Integer, Map<Ref, Ref>> renames, Map<Ref, Node> declared) implements Serializable {
  /** Graph {@code i} of the list with the merge applied. */
  public ArticleGraph apply(int i, ArticleGraph g) {
    Map<Ref, Ref> r = renames.get(i);
    return r == null ? g : Renaming.apply(g, r, declared);
  }

  /**
   * The merges the extractors decide over these graphs (or their summaries), in corpus order: each
   * extractor's merge decided on the graphs as the merges before it left them; only the merges that
   * rename something.
   */
  public static List<Merge> decide(List<ArticleGraph> graphs, List<FactExtractor> extractors) {
    List<Merge> out = new java.util.ArrayList<>();
    List<ArticleGraph> now = new java.util.ArrayList<>(graphs);
    for (FactExtractor fe : extractors) {
      Merge m = fe.merge(now);
      if (m != null && !m.renames().isEmpty()) {
        out.add(m);
        for (int i : m.renames().keySet()) {
          now.set(i, m.apply(i, now.get(i)));
        }
      }
    }
    return out;
  }

  /** Each merge in turn. */
  public static ArticleGraph applyAll(List<Merge> merges, int i, ArticleGraph g) {
    for (Merge m : merges) {
      g = m.apply(i, g);
    }
    return g;
  }

  /**
   * What the merges read of an article graph, and nothing else: the cases, the statements and the
   * quotations (their nodes, and the facts about them), without the article: every graph's summary
   * can be held at once when the graphs themselves cannot.
   */
  public static ArticleGraph summary(ArticleGraph g) {
    java.util.Set<Ref> statements = new java.util.HashSet<>();
    List<Node> nodes = new java.util.ArrayList<>();
    for (Node n : g.nodes()) {
      if (n.types().contains("Statement") || n.ref().kind().equals("case")) {
        nodes.add(n);
        if (n.types().contains("Statement")) {
          statements.add(n.ref());
        }
      }
    }
    List<Fact> facts = new java.util.ArrayList<>();
    for (Fact f : g.facts()) {
      if (f.subject().kind().equals("case") || statements.contains(f.subject()) || f.property().equals("speaker")
          || f.property().equals("text")) {
        facts.add(f);
      }
    }
    return new ArticleGraph(null, nodes, facts);
  }
}
