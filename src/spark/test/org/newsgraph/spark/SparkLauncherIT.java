package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ChildProcess;

/**
 * The {@code newsgraph} launcher with {@code --engine spark}, run by bash from another folder as a
 * user runs it: Spark's jars from {@code target/spark.classpath} and its JVM options, and the
 * caller's folder for relative paths; the same bytes as the local engine through the launcher.
 */
class SparkLauncherIT {
  @TempDir Path work;

  @Test
  void sparkThroughTheLauncherReadsAndWritesInTheCallersFolder() throws Exception {
    Path mini = Files.createDirectories(work.resolve("mini"));
    try (var s = Files.list(SparkTests.repo().resolve("data/articles"))) {
      Files.copy(s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow(),
          mini.resolve("one.txt"));
    }
    String launcher = SparkTests.repo().resolve("newsgraph").toString();
    try (ChildProcess p = ChildProcess.start(List.of("bash", launcher, "build", "-q", "--engine", "spark", "--master",
        "local[1]", "--input", "mini", "--output", "spark.nq"), work, Map.of())) {
      assertEquals(0, p.waitFor(600), p.stderr());
      // "(N lines)": the Spark engine's line; the local engine does not count lines
      assertTrue(p.stdout().matches("(?s)wrote spark\\.nq: 1 articles, \\d+ quads \\(\\d+ lines\\)\\s*"), p.stdout());
    }
    try (ChildProcess p = ChildProcess.start(List.of("bash", launcher, "build", "-q", "--input", "mini", "--output",
        "local.nq"), work, Map.of())) {
      assertEquals(0, p.waitFor(600), p.stderr());
    }
    byte[] local = Files.readAllBytes(work.resolve("local.nq"));
    assertTrue(local.length > 1000, "the local build wrote a graph");
    assertArrayEquals(local, Files.readAllBytes(work.resolve("spark.nq")), "Spark's .nq in the caller's folder");
    assertFalse(Files.exists(SparkTests.repo().resolve("spark.nq")), "nothing written in the newsgraph folder");
  }
}
