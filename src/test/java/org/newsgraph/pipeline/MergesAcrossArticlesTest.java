package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestGraphs;

/**
 * The build merges cases and statements across articles (the cross-article step, from the graphs'
 * summaries): a sentencing told by a later story joins the killing the first story told, and a
 * statement quoted by two stories is one event. Invented articles, through the real pipeline.
 */
class MergesAcrossArticlesTest {
  @TempDir static Path dir;
  static Pipeline.BuildResult result;

  @BeforeAll
  static void build() {
    result = TestGraphs.build(dir, Map.of(
        "a-killing.txt", "Nell Ambrose was shot and killed by Tad Quist in Lowell in 2019.\n\n"
            + "Quist fled the state and was arrested a week later.\n",
        "b-sentence.txt", "Tad Quist was sentenced to life without parole on Tuesday.\n\n"
            + "The judge called the crime cruel.\n",
        "c-tweet.txt", "\"We will not cut the library budget this year,\" Mayor Sam Pike tweeted again.\n",
        "d-tweet.txt", "Pike answered his critics on Friday.\n\n"
            + "\"We will not cut the library budget this year, or next,\" Mayor Sam Pike tweeted again.\n"));
  }

  @Test
  void theSentencedDefendantsCaseIsTheKillingToldElsewhere() {
    List<String> cases = TestGraphs.select(result.dataset(), "SELECT DISTINCT ?g ?c WHERE { GRAPH ?g { ?c ng:defendant ?d } }"
        + " ORDER BY ?g ?c");
    assertTrue(cases.stream().anyMatch(c -> c.contains("b-sentence") && c.endsWith("case/killing-of-nell-ambrose")),
        cases.toString());
    assertTrue(cases.stream().noneMatch(c -> c.contains("case-against")), cases.toString());
  }

  @Test
  void oneStatementQuotedByTwoStoriesIsOneEvent() {
    List<String> statements = TestGraphs.select(result.dataset(),
        "SELECT DISTINCT ?s WHERE { ?s a ng:Statement } ORDER BY ?s");
    assertEquals(1, statements.size(), statements.toString());
    List<String> graphs = TestGraphs.select(result.dataset(),
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s a ng:Statement } } ORDER BY ?g");
    assertEquals(2, graphs.size(), "told in both stories' graphs: " + graphs);
  }
}
