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
 * The link stage of the pipeline: links every person, organisation, place, office and policy of
 * the article graphs once (context: the places, organisations and offices of every article that
 * mentions it) and adds the link fact to each article graph that describes it.
 */
public final class LinkStage {
  private static final Set<String> CONTEXT_KINDS = Set.of("place", "organization", "office");

  private LinkStage() {}

  /** The graphs with their link facts added (same order; nodes unchanged). */
  public static List<ArticleGraph> apply(Linker linker, List<ArticleGraph> graphs) {
    Index index = new Index();
    graphs.forEach(index::add);
    Links links = index.link(linker);
    List<ArticleGraph> out = new ArrayList<>(graphs.size());
    for (ArticleGraph g : graphs) {
      out.add(links.addTo(g));
    }
    return out;
  }

  /**
   * What the links need of every article graph, taken one graph at a time in corpus order (the
   * graphs themselves need not be kept): the first label of each linkable resource, every name it
   * goes by and the places, organisations and offices of the articles that mention it. Its size
   * grows with the distinct resources of the corpus, not with its articles.
   */
  public static final class Index {
    private final Map<Ref, String> first = new LinkedHashMap<>();
    private final Map<Ref, Set<String>> names = new LinkedHashMap<>();
    private final Map<Ref, Set<String>> context = new LinkedHashMap<>();

    /** Takes the nodes of the next graph. */
    public void add(ArticleGraph g) {
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
        first.putIfAbsent(n.ref(), n.label());
        Set<String> own = names.computeIfAbsent(n.ref(), r -> new LinkedHashSet<>());
        own.add(n.label());
        own.addAll(n.altLabels());
        context.computeIfAbsent(n.ref(), r -> new LinkedHashSet<>()).addAll(ctx);
      }
    }

    /** Links every resource taken so far, once, in the order first met. */
    public Links link(Linker linker) {
      Map<Ref, Optional<Link>> links = new LinkedHashMap<>();
      for (var e : first.entrySet()) {
        links.put(e.getKey(), linker.link(candidate(e.getKey())));
      }
      return new Links(links);
    }

    /** What the linker is asked about a resource taken (absent: not linkable, or not met). */
    public Optional<Candidate> candidateOf(Ref ref) {
      return first.containsKey(ref) ? Optional.of(candidate(ref)) : Optional.empty();
    }

    private Candidate candidate(Ref ref) {
      String label = first.get(ref);
      List<String> alt = new ArrayList<>(names.get(ref));
      alt.remove(label);
      List<String> ctx = new ArrayList<>(context.get(ref));
      ctx.removeAll(names.get(ref));
      return new Candidate(ref.kind(), label, alt, ctx);
    }
  }

  /** The result of linking an {@link Index}: adds the link facts to each graph. */
  public static final class Links {
    private final Map<Ref, Optional<Link>> links;

    private Links(Map<Ref, Optional<Link>> links) {
      this.links = links;
    }

    /** The link of a resource (empty: none found, or not linkable). */
    public Optional<Link> of(Ref ref) {
      return links.getOrDefault(ref, Optional.empty());
    }

    /** The graph with the link fact of each of its nodes that has one added after its facts. */
    public ArticleGraph addTo(ArticleGraph g) {
      List<Fact> facts = new ArrayList<>(g.facts());
      for (Node n : g.nodes()) {
        facts.addAll(LinkFacts.toFacts(n.ref(), n.label(), of(n.ref())));
      }
      return new ArticleGraph(g.article(), g.nodes(), facts);
    }
  }
}
