package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The {@link FactSink} of one article: merges node declarations and keeps facts in order. Produces
 * the {@link ArticleGraph}.
 */
public final class GraphBuilder implements FactSink {
  private final Map<Ref, List<String>> types = new LinkedHashMap<>();
  private final Map<Ref, String> labels = new LinkedHashMap<>();
  private final Map<Ref, TreeSet<String>> alt = new LinkedHashMap<>();
  private final List<Fact> facts = new ArrayList<>();

  @Override
  public void node(Ref ref, List<String> nodeTypes, String label, Collection<String> altLabels) {
    List<String> ts = types.computeIfAbsent(ref, r -> new ArrayList<>());
    for (String t : nodeTypes) {
      if (!ts.contains(t)) {
        ts.add(t);
      }
    }
    labels.putIfAbsent(ref, label);
    alt.computeIfAbsent(ref, r -> new TreeSet<>()).addAll(altLabels);
  }

  @Override
  public void fact(Ref subject, String property, Value object, Evidence evidence) {
    facts.add(new Fact(subject, property, object, evidence));
  }

  public boolean declared(Ref ref) {
    return types.containsKey(ref);
  }

  public ArticleGraph build(org.newsgraph.corpus.Article article) {
    List<Node> nodes = new ArrayList<>();
    for (Map.Entry<Ref, List<String>> e : types.entrySet()) {
      nodes.add(new Node(e.getKey(), e.getValue(), labels.get(e.getKey()), alt.get(e.getKey())));
    }
    return new ArticleGraph(article, nodes, facts);
  }
}
