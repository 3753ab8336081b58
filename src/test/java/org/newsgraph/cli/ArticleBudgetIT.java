package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build} from the jar on a folder where one article needs far more work than the budget
 * given to each article: that one is reported as too long to analyse, the other is built.
 */
class ArticleBudgetIT {
  @TempDir Path tmp;

  @Test
  void anArticleOverItsBudgetIsReportedAndTheOthersAreBuilt() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("library.txt"),
        "Mayor Ada Placeholder of Exampleton opened the new library on Monday, the city said.\n");
    // about 1 MB of prose on one line: many seconds of language analysis, however linear
    String sentence = "The council of Exampleton said on Monday that the new rules would change how the city spends"
        + " its money on roads, schools and parks, while residents asked for more time. ";
    Files.writeString(in.resolve("endless.txt"), sentence.repeat(1_000_000 / sentence.length()) + "\n");
    Path out = tmp.resolve("graph.nq");
    BuildCommandIT.Run r = BuildCommandIT.jar(tmp, "build", "-q", "--threads", "1", "--article-time-limit", "1s",
        "--input", in.toString(), "--output", out.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("problem: endless.txt: too long to analyse (over the budget of 1 s"), r.err());
    String graph = Files.readString(out);
    assertTrue(graph.contains("\"library.txt\""), "the other article was not built: " + r.err());
    assertFalse(graph.contains("\"endless.txt\""), "the article over its budget is in the graph");
  }
}
