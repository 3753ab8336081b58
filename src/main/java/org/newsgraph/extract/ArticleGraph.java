package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.corpus.Article;

/** Everything extracted from one article: the resources it describes and the facts it states. */
public record ArticleGraph(Article article, List<Node> nodes, List<Fact> facts) implements java.io.Serializable {
  public ArticleGraph {
    nodes = List.copyOf(nodes);
    facts = List.copyOf(facts);
  }
}
