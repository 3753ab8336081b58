package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestGraphs;

/** {@code train-parser} and {@code evaluate-parser} as users run them, on a hand-written treebank. */
class ParserCommandsIT {
  private static final Pattern LINE =
      Pattern.compile("UPOS (\\d+\\.\\d\\d) UAS (\\d+\\.\\d\\d) LAS (\\d+\\.\\d\\d) tokens/s (\\d+)");
  private static final String TINY = "src/test/resources/fixtures/syntax/tiny.conllu";

  @Test
  void trainsModelsAndScoresThemInOneLine(@TempDir Path dir) throws Exception {
    Path repo = TestGraphs.repo().toAbsolutePath();
    BuildCommandIT.Run train = BuildCommandIT.jar(repo, "train-parser", "--train", TINY, "--output", dir.toString(),
        "--folds", "2", "--tagger-iterations", "5", "--parser-iterations", "8", "--min-weight", "0");
    assertEquals(0, train.code(), train.out() + train.err());
    assertTrue(Files.size(dir.resolve("en-ud-tagger.bin")) > 0 && Files.size(dir.resolve("en-ud-parser.bin")) > 0);
    BuildCommandIT.Run eval = BuildCommandIT.jar(repo, "evaluate-parser", TINY,
        "--tagger", dir.resolve("en-ud-tagger.bin").toString(), "--parser", dir.resolve("en-ud-parser.bin").toString());
    assertEquals(0, eval.code(), eval.err());
    assertEquals(1, eval.out().lines().count(), eval.out());
    Matcher m = LINE.matcher(eval.out().strip());
    assertTrue(m.matches(), eval.out());
    assertTrue(Double.parseDouble(m.group(3)) >= 80, "LAS on its own training sentences: " + eval.out());
  }

  @Test
  void theCommittedModelsParseUnseenSentencesWell() throws Exception {
    Path repo = TestGraphs.repo().toAbsolutePath();
    BuildCommandIT.Run eval = BuildCommandIT.jar(repo, "evaluate-parser", TINY, "--details");
    assertEquals(0, eval.code(), eval.err());
    Matcher m = LINE.matcher(eval.out().lines().findFirst().orElse(""));
    assertTrue(m.matches(), eval.out());
    assertTrue(Double.parseDouble(m.group(1)) >= 90, "UPOS: " + eval.out());
    assertTrue(Double.parseDouble(m.group(3)) >= 75, "LAS: " + eval.out());
    assertTrue(eval.out().contains("LAS on universal labels"), eval.out());
  }

  @Test
  void aBrokenTreebankIsNamedInOneLine(@TempDir Path dir) throws Exception {
    Path repo = TestGraphs.repo().toAbsolutePath();
    Path broken = dir.resolve("broken.conllu");
    Files.writeString(broken, "1\tWord\tword\tNOUN\t_\t_\t0\troot\t_\t_\n2\tbad line\n\n");
    BuildCommandIT.Run eval = BuildCommandIT.jar(repo, "evaluate-parser", broken.toString());
    assertEquals(1, eval.code(), eval.out() + eval.err());
    assertTrue(eval.err().strip().lines().count() == 1 && eval.err().contains(broken + ":2"), eval.err());
    BuildCommandIT.Run missing = BuildCommandIT.jar(repo, "evaluate-parser", "no/such/file.conllu");
    assertEquals(1, missing.code(), missing.out() + missing.err());
    assertTrue(missing.err().contains("no/such/file.conllu"), missing.err());
  }
}
