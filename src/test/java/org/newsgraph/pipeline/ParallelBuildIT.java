package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestGraphs;
import org.newsgraph.rdf.GraphFiles;

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

  /**
   * A folder read as the analysis takes it, through the temporary files, gives what the folder read
   * at once and held in memory gives: the same bytes and the same problems in the same order, the
   * text met twice built once with both names.
   */
  @Test
  void aFolderStreamedThroughTheFilesGivesWhatItGaveHeld() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("in"));
    List<Path> files = new ArrayList<>();
    try (var s = Files.list(TestGraphs.repo().resolve("data/articles"))) {
      s.sorted().forEach(files::add);
    }
    for (Path f : files) {
      Files.copy(f, dir.resolve(f.getFileName()));
    }
    Path first = files.stream().filter(f -> f.getFileName().toString().endsWith(".txt")).findFirst().orElseThrow();
    Files.copy(first, dir.resolve("zz-again.txt"));
    Files.writeString(dir.resolve("empty.txt"), "");
    List<String> heldProblems = new ArrayList<>();
    Pipeline.BuildResult held = Pipeline.standard().threads(1).build(
        org.newsgraph.corpus.ArticleReader.standard().readDirectory(dir).articles(), heldProblems);
    heldProblems.addAll(0, org.newsgraph.corpus.ArticleReader.standard().readDirectory(dir).problems().stream()
        .map(Object::toString).toList());
    Pipeline.BuildResult streamed = Pipeline.standard().threads(2).spillAbove(1).build(dir);
    assertEquals(heldProblems, streamed.problems());
    assertEquals(2, streamed.problems().size(), streamed.problems().toString());
    Path a = tmp.resolve("held.nq");
    Path b = tmp.resolve("streamed.nq");
    GraphFiles.write(held.dataset(), a);
    GraphFiles.write(streamed.dataset(), b);
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    assertTrue(Files.readString(b).contains("zz-again.txt"), "the second name of the text is in the graph");
    assertEquals(held.graphs(), streamed.graphs());
  }
}
