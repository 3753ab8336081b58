package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.corpus.Article;
import org.newsgraph.corpus.ArticleMeta;

/** Article graphs written to the spill come back equal, in order; the file goes on close. */
class GraphSpillTest {
  static ArticleGraph graph(int i) {
    Article a = new Article("a" + i, "a" + i + ".txt", "", new ArticleMeta("a" + i + ".txt", "Paper", LocalDate.of(2021, 1, i + 1),
        "Headline " + i, null), List.of(), List.of(), "hash" + i, i % 2 == 0 ? null : "feed#" + i, List.of());
    Ref person = new Ref("person", "jo-doe");
    Ref place = new Ref("place", "springfield");
    Ref article = new Ref("article", "a" + i);
    String sentence = "Jo Doe, the mayor of Springfield, said \u201Cno\u201D on day " + i + ".";
    List<Node> nodes = List.of(
        new Node(person, List.of("Person"), "Jo Doe", new TreeSet<>(List.of("Doe", "Jo Doe", "Mayor Doe"))),
        new Node(place, List.of("Place"), "Springfield", new TreeSet<>()),
        new Node(new Ref("event", "e" + i), List.of("PressConference", "Event"), "press conference", new TreeSet<>()));
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact(person, "mentionedIn", article, new Evidence(sentence, 0, 6, Double.NaN, "name-finder")));
    facts.add(new Fact(place, "mentionedIn", article, new Evidence(sentence, 20, 31, Double.NaN, "name-finder")));
    facts.add(new Fact(person, "holdsOffice", new Ref("office", "mayor-of-springfield"), new Evidence(sentence, 0, 31, 0.75, "title-apposition")));
    facts.add(new Fact(person, "age", Literal.integer(40 + i), new Evidence(sentence, 1, 2, 1.0, null)));
    facts.add(new Fact(person, "name", Literal.string(""), null));
    facts.add(new Fact(place, "owl:sameAs", new ExternalIri("http://www.wikidata.org/entity/Q" + (i + 1)),
        new Evidence("Springfield", 0, 0, 0.9, "gazetteer:exact-label")));
    facts.add(new Fact(person, "startDate", new Literal("2020-02", "gYearMonth"), new Evidence(null, 3, 3, -0.0, "x")));
    return new ArticleGraph(a, nodes, facts);
  }

  @Test
  void graphsComeBackEqualInOrderAndTheFileIsRemoved() throws Exception {
    List<ArticleGraph> graphs = List.of(graph(0), graph(1), graph(2), new ArticleGraph(graph(3).article(), List.of(), List.of()));
    java.nio.file.Path file;
    try (GraphSpill spill = new GraphSpill()) {
      file = spill.file();
      for (ArticleGraph g : graphs) {
        spill.write(g);
      }
      assertEquals(graphs.size(), spill.written());
      for (ArticleGraph g : graphs) {
        ArticleGraph back = spill.next();
        assertEquals(g, back);
        assertEquals(g.facts().size(), back.facts().size());
      }
      assertTrue(Files.size(file) > 500, "the graphs went through the file");
      assertThrows(IllegalStateException.class, spill::next, "nothing is read past the end");
      assertThrows(IllegalStateException.class, () -> spill.write(graph(4)), "no writing once reading began");
    }
    assertFalse(Files.exists(file), "the file is removed on close");
  }

  @Test
  void aSpillClosedBeforeItIsReadIsRemoved() {
    java.nio.file.Path file;
    try (GraphSpill spill = new GraphSpill()) {
      file = spill.file();
      spill.write(graph(0));
    }
    assertFalse(Files.exists(file));
  }
}
