package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestGraphs;

/**
 * The parallel build gives the same N-Quads, byte for byte, as the build on one thread, also when
 * the annotated articles and the article graphs go through temporary files.
 */
class ParallelBuildIT {
  @TempDir Path tmp;

  @Test
  void anyNumberOfThreadsGivesTheSameBytes() throws Exception {
    Path articles = TestGraphs.repo().resolve("data/articles");
    Path one = tmp.resolve("one.nq");
    Path four = tmp.resolve("four.nq");
    Path spilled = tmp.resolve("spilled.nq");
    StageTimes times = new StageTimes();
    Pipeline.BuildResult sequential = Pipeline.standard().threads(1).build(articles);
    Pipeline.BuildResult parallel = Pipeline.standard().threads(4).times(times).build(articles);
    assertTrue(sequential.ok(), sequential.problems().toString());
    assertTrue(parallel.ok(), parallel.problems().toString());
    Pipeline.BuildResult viaFile = Pipeline.standard().threads(3).spillAbove(0).build(articles);
    assertTrue(viaFile.ok(), viaFile.problems().toString());
    GraphFiles.write(viaFile.dataset(), spilled);
    assertEquals(5, parallel.graphs().size());
    GraphFiles.write(sequential.dataset(), one);
    GraphFiles.write(parallel.dataset(), four);
    assertTrue(Files.size(one) > 100_000, "the graph of the five articles is not that small");
    assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(four));
    assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(spilled),
        "annotations and graphs through temporary files change nothing");
    assertEquals(sequential.graphs(), viaFile.graphs(), "the graphs read back from the file are the graphs written");
    for (int i = 0; i < 5; i++) {
      assertEquals(sequential.graphs().get(i).article().fileName(), parallel.graphs().get(i).article().fileName(),
          "graphs come in input order");
    }
    assertTrue(times.tokens() > 1000, "tokens are counted: " + times.tokens());
    for (StageTimes.Stage s : new StageTimes.Stage[] {StageTimes.Stage.OPENNLP, StageTimes.Stage.NAMES,
        StageTimes.Stage.FACTS, StageTimes.Stage.RDF, StageTimes.Stage.SHACL}) {
      assertTrue(times.nanos(s) > 0, s + " is timed");
    }
  }
}
