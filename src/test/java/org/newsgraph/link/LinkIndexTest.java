package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.corpus.Article;
import org.newsgraph.corpus.ArticleMeta;
import org.newsgraph.extract.ArticleGraph;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Node;
import org.newsgraph.extract.Ref;

/**
 * The link stage's index, fed one graph at a time (the graphs need not be kept), asks the linker
 * the same questions in the same order and adds the same link facts as the stage that held every
 * graph; a resource's names and context come from every article that mentions it.
 */
class LinkIndexTest {
  static final Ref COUNTY = new Ref("place", "los-angeles-county");
  static final Ref STATE = new Ref("place", "california");
  static final Ref PERSON = new Ref("person", "pat-roe");
  static final Ref ORG = new Ref("organization", "city-council");

  static Node node(Ref ref, String type, String label, String... alt) {
    return new Node(ref, List.of(type), label, new TreeSet<>(List.of(alt)));
  }

  static ArticleGraph graph(String slug, Node... nodes) {
    Article a = new Article(slug, slug + ".txt", "", new ArticleMeta(slug + ".txt", null, LocalDate.of(2020, 1, 1), null, null),
        List.of(), List.of(), "h-" + slug);
    List<Fact> facts = new ArrayList<>();
    for (Node n : nodes) {
      facts.add(new Fact(n.ref(), "mentionedIn", new Ref("article", slug), new Evidence("s", 0, 1, Double.NaN, "name-finder")));
    }
    return new ArticleGraph(a, List.of(nodes), facts);
  }

  static List<ArticleGraph> corpus() {
    return List.of(
        graph("a", node(PERSON, "Person", "Pat Roe", "Roe"), node(COUNTY, "Place", "Los Angeles County")),
        graph("b", node(COUNTY, "Place", "L.A. County", "LA County"), node(STATE, "Place", "California"),
            node(ORG, "Organization", "City Council")),
        graph("c", node(new Ref("event", "meeting"), "Event", "meeting")),
        graph("d", node(PERSON, "Person", "Patricia Roe"), node(ORG, "Organization", "city council")));
  }

  /** The real offline gazetteer, with every question it is asked written down. */
  static final class Recording implements Linker {
    final Linker real = Linkers.offline();
    final List<Candidate> asked = new ArrayList<>();

    @Override
    public Optional<Link> link(Candidate c) {
      asked.add(c);
      return real.link(c);
    }
  }

  @Test
  void oneGraphAtATimeGivesWhatTheAllAtOnceStageGave() {
    Recording old = new Recording();
    List<ArticleGraph> expected = AllAtOnceLinks.apply(old, corpus());
    Recording now = new Recording();
    LinkStage.Index index = new LinkStage.Index();
    for (ArticleGraph g : corpus()) {
      index.add(g);
    }
    LinkStage.Links links = index.link(now);
    List<ArticleGraph> got = new ArrayList<>();
    for (ArticleGraph g : corpus()) { // read back one at a time, as from the spill
      got.add(links.addTo(g));
    }
    assertEquals(old.asked, now.asked);
    assertEquals(expected, got);
    assertEquals(expected, LinkStage.apply(Linkers.offline(), corpus()));
  }

  @Test
  void namesAndContextComeFromEveryArticleAndTheFirstLabelLeads() {
    LinkStage.Index index = new LinkStage.Index();
    corpus().forEach(index::add);
    Candidate county = index.candidateOf(COUNTY).orElseThrow();
    assertEquals("Los Angeles County", county.label(), "the label of the first article that has it");
    assertEquals(List.of("L.A. County", "LA County"), county.altLabels());
    assertEquals(List.of("California", "City Council"), county.context(), "context of article b, its own names left out");
    Candidate person = index.candidateOf(PERSON).orElseThrow();
    assertEquals(List.of("Roe", "Patricia Roe"), person.altLabels());
    assertEquals(List.of("Los Angeles County", "city council"), person.context());
    assertEquals(Optional.empty(), index.candidateOf(new Ref("event", "meeting")), "events are not linked");
  }

  @Test
  void linkFactsGoToEveryGraphThatDescribesALinkedResource() {
    LinkStage.Index index = new LinkStage.Index();
    corpus().forEach(index::add);
    LinkStage.Links links = index.link(Linkers.offline());
    Link county = links.of(COUNTY).orElseThrow(() -> new AssertionError("the gazetteer links the county"));
    assertEquals("Q104994", county.qid());
    for (ArticleGraph g : List.of(corpus().get(0), corpus().get(1))) {
      ArticleGraph linked = links.addTo(g);
      assertEquals(g.nodes(), linked.nodes());
      assertEquals(g.facts(), linked.facts().subList(0, g.facts().size()), "the graph's own facts come first");
      assertTrue(linked.facts().stream().anyMatch(f -> f.subject().equals(COUNTY) && f.property().equals(LinkFacts.SAME_AS)
          && f.object().equals(new org.newsgraph.extract.ExternalIri(county.iri()))), linked.facts().toString());
    }
    ArticleGraph meeting = corpus().get(2);
    assertEquals(meeting, links.addTo(meeting), "nothing linkable, nothing added");
  }
}
