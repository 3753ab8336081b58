package org.newsgraph.extract.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.newsgraph.extract.ArticleGraph;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Node;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.Value;

/**
 * Rewrites an article graph so that some of its resources become others (the same matter found
 * told by another article): facts move to the new IRI with their evidence, and a resource not yet
 * described here takes the label and types of its first description elsewhere.
 */
public final class Renaming {
  private Renaming() {}

  /**
   * @param rename   old ref to the ref it becomes
   * @param declared the first description of every target, from any article
   */
  public static ArticleGraph apply(ArticleGraph g, Map<Ref, Ref> rename, Map<Ref, Node> declared) {
    if (rename.isEmpty()) {
      return g;
    }
    Map<Ref, Node> nodes = new LinkedHashMap<>();
    for (Node n : g.nodes()) {
      Ref to = rename.get(n.ref());
      if (to == null) {
        nodes.merge(n.ref(), n, Renaming::merge);
      } else {
        Node target = declared.get(to);
        List<String> types = new ArrayList<>(target.types());
        n.types().stream().filter(t -> !types.contains(t)).forEach(types::add);
        nodes.merge(to, new Node(to, types, target.label(), target.altLabels()), Renaming::merge);
      }
    }
    List<Fact> facts = new ArrayList<>();
    for (Fact f : g.facts()) {
      Ref s = rename.getOrDefault(f.subject(), f.subject());
      Value o = f.object() instanceof Ref r ? rename.getOrDefault(r, r) : f.object();
      facts.add(new Fact(s, f.property(), o, f.evidence()));
    }
    return new ArticleGraph(g.article(), new ArrayList<>(nodes.values()), facts);
  }

  /** The first declaration's label wins; types and other labels add up. */
  private static Node merge(Node a, Node b) {
    List<String> types = new ArrayList<>(a.types());
    b.types().stream().filter(t -> !types.contains(t)).forEach(types::add);
    SortedSet<String> alt = new TreeSet<>(a.altLabels());
    alt.addAll(b.altLabels());
    return new Node(a.ref(), types, a.label(), alt);
  }
}
