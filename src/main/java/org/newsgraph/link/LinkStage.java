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
   * What one article graph tells the links about one linkable resource it describes: its label,
   * every name it goes by there, and the places, organisations and offices of that article. The
   * entries of the graphs that describe a resource, added in corpus order ({@link #add}), are what
   * it is linked with; serialisable, so that they can be gathered by resource across machines.
   */
  public static final class Entry implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final String first;
    private final LinkedHashSet<String> names = new LinkedHashSet<>();
    private final LinkedHashSet<String> context = new LinkedHashSet<>();

    private Entry(String first) {
      this.first = first;
    }

    /** Adds what a later graph tells about the same resource (the first label stays). */
    public void add(Entry later) {
      names.addAll(later.names);
      context.addAll(later.context);
    }

    /** What the linker is asked about the resource. */
    public Candidate candidate(Ref ref) {
      List<String> alt = new ArrayList<>(names);
      alt.remove(first);
      List<String> ctx = new ArrayList<>(context);
      ctx.removeAll(names);
      return new Candidate(ref.kind(), first, alt, ctx);
    }
  }

  /** The entry of each linkable resource a graph describes, in the order of its nodes. */
  public static Map<Ref, Entry> entries(ArticleGraph g) {
    Set<String> ctx = new LinkedHashSet<>();
    for (Node n : g.nodes()) {
      if (CONTEXT_KINDS.contains(n.ref().kind())) {
        ctx.add(n.label());
      }
    }
    Map<Ref, Entry> out = new LinkedHashMap<>();
    for (Node n : g.nodes()) {
      if (!Candidate.KINDS.contains(n.ref().kind()) || n.label() == null || n.label().isBlank()) {
        continue;
      }
      Entry e = out.computeIfAbsent(n.ref(), r -> new Entry(n.label()));
      e.names.add(n.label());
      e.names.addAll(n.altLabels());
      e.context.addAll(ctx);
    }
    return out;
  }

  /**
   * What the links need of every article graph, taken one graph at a time in corpus order (the
   * graphs themselves need not be kept): the {@link Entry} of each linkable resource, those of the
   * graphs that describe it added together. Its size grows with the distinct resources of the
   * corpus, not with its articles.
   */
  public static final class Index {
    private final Map<Ref, Entry> entries = new LinkedHashMap<>();

    /** Takes the nodes of the next graph. */
    public void add(ArticleGraph g) {
      entries(g).forEach((ref, e) -> {
        Entry have = entries.putIfAbsent(ref, e);
        if (have != null) {
          have.add(e);
        }
      });
    }

    /** Links every resource taken so far, once, in the order first met. */
    public Links link(Linker linker) {
      Map<Ref, Optional<Link>> links = new LinkedHashMap<>();
      for (var e : entries.entrySet()) {
        links.put(e.getKey(), linker.link(e.getValue().candidate(e.getKey())));
      }
      return new Links(links);
    }

    /** What the linker is asked about a resource taken (absent: not linkable, or not met). */
    public Optional<Candidate> candidateOf(Ref ref) {
      Entry e = entries.get(ref);
      return e == null ? Optional.empty() : Optional.of(e.candidate(ref));
    }
  }

  /** The result of linking an {@link Index}: adds the link facts to each graph. */
  public static final class Links {
    private final Map<Ref, Optional<Link>> links;

    private Links(Map<Ref, Optional<Link>> links) {
      this.links = links;
    }

    /** The links found elsewhere (a resource absent, or mapped to null, has none). */
    public static Links of(Map<Ref, Link> found) {
      Map<Ref, Optional<Link>> links = new LinkedHashMap<>();
      found.forEach((ref, link) -> links.put(ref, Optional.ofNullable(link)));
      return new Links(links);
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
