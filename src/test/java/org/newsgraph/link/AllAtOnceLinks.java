package org.newsgraph.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ArticleGraph;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Node;
import org.newsgraph.extract.Ref;

/**
 * The link stage as it was before its index was fed one graph at a time (every graph held, then
 * linked at once), kept verbatim as the reference the incremental index must agree with.
 */
final class AllAtOnceLinks {
  private static final Set<String> CONTEXT_KINDS = Set.of("place", "organization", "office");

  private AllAtOnceLinks() {}

  static List<ArticleGraph> apply(Linker linker, List<ArticleGraph> graphs) {
    Map<Ref, Node> first = new LinkedHashMap<>();
    Map<Ref, Set<String>> names = new LinkedHashMap<>();
    Map<Ref, Set<String>> context = new LinkedHashMap<>();
    for (ArticleGraph g : graphs) {
      Set<String> ctx = new LinkedHashSet<>();
      for (Node n : g.nodes()) {
        if (CONTEXT_KINDS.contains(n.ref().kind())) {
          ctx.add(n.label());
        }
      }
      for (Node n : g.nodes()) {
        if (!Candidate.KINDS.contains(n.ref().kind()) || n.label() == null || n.label().isBlank()) {
          continue;
        }
        first.putIfAbsent(n.ref(), n);
        Set<String> own = names.computeIfAbsent(n.ref(), r -> new LinkedHashSet<>());
        own.add(n.label());
        own.addAll(n.altLabels());
        context.computeIfAbsent(n.ref(), r -> new LinkedHashSet<>()).addAll(ctx);
      }
    }
    Map<Ref, Optional<Link>> links = new LinkedHashMap<>();
    for (var e : first.entrySet()) {
      Node n = e.getValue();
      List<String> alt = new ArrayList<>(names.get(e.getKey()));
      alt.remove(n.label());
      List<String> ctx = new ArrayList<>(context.get(e.getKey()));
      ctx.removeAll(names.get(e.getKey()));
      links.put(e.getKey(), linker.link(new Candidate(e.getKey().kind(), n.label(), alt, ctx)));
    }
    List<ArticleGraph> out = new ArrayList<>(graphs.size());
    for (ArticleGraph g : graphs) {
      List<Fact> facts = new ArrayList<>(g.facts());
      for (Node n : g.nodes()) {
        Optional<Link> l = links.getOrDefault(n.ref(), Optional.empty());
        facts.addAll(LinkFacts.toFacts(n.ref(), n.label(), l));
      }
      out.add(new ArticleGraph(g.article(), g.nodes(), facts));
    }
    return out;
  }
}
