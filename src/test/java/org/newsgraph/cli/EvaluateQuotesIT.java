package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestGraphs;

/**
 * {@code evaluate-quotes} on a few PolNeAR dev articles, read from {@code ../shared/eval/polnear}
 * (third-party data, never copied into the repository); skipped when that folder is absent.
 */
class EvaluateQuotesIT {
  @Test
  void scoresSpeakersOfDirectQuotationsOnPolnear() throws Exception {
    Path repo = TestGraphs.repo().toAbsolutePath();
    Path polnear = repo.resolve("../shared/eval/polnear").normalize();
    assumeTrue(Files.isDirectory(polnear.resolve("dev")), "no PolNeAR at " + polnear + ": skipped");
    BuildCommandIT.Run r = BuildCommandIT.jar(repo, "evaluate-quotes", "--polnear", polnear.toString(), "--limit", "4");
    assertEquals(0, r.code(), r.err());
    Matcher m = Pattern.compile("direct-quotation speaker P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+)").matcher(r.out());
    assertTrue(m.find(), r.out());
    assertTrue(Double.parseDouble(m.group(3)) > 0.3, "speaker F1 on 4 dev articles: " + r.out());
  }

  @Test
  void aMissingFolderIsAUsageErrorNamingIt() throws Exception {
    Path repo = TestGraphs.repo().toAbsolutePath();
    BuildCommandIT.Run r = BuildCommandIT.jar(repo, "evaluate-quotes", "--polnear", "no/such/dir");
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("no/such/dir"), r.err());
  }
}
