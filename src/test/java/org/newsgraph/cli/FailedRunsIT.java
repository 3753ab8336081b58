package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestGraphs;
import org.newsgraph.store.ChildProcess;
import org.newsgraph.store.Fixtures;

/**
 * Runs of the jar that cannot end well: killed (what they leave in the temporary folder and
 * beside the output is removed by the next run, which says so), out of room to write (one line
 * naming the file, exit code 3), on a damaged store or a folder that holds none.
 */
class FailedRunsIT {
  @TempDir Path work;

  /** The regular files under {@code dir}, but the JVM's own performance data. */
  private static List<Path> filesUnder(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> !p.toString().contains("hsperfdata"))
          .filter(p -> !p.getFileName().toString().equals(".lock")).toList();
    }
  }

  private Path oneArticle() throws IOException {
    Path in = Files.createDirectories(work.resolve("in"));
    Path first;
    try (Stream<Path> s = Files.list(TestGraphs.repo().resolve("data/articles"))) {
      first = s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
    }
    Files.copy(first, in.resolve(first.getFileName()));
    return in;
  }

  @Test
  void whatAKilledBuildLeftIsRemovedByTheNextRunWhichSaysSo() throws Exception {
    Path in = oneArticle();
    Path tmpdir = Files.createDirectories(work.resolve("tmp"));
    Map<String, String> env = Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmpdir);
    Path out = work.resolve("graph.nq");
    long killedPid;
    try (ChildProcess build = ChildProcess.newsgraph(work, env, "build", "-q", "--threads", "1", "--spill-above", "0",
        "--input", in.toString(), "--output", out.toString())) {
      for (int i = 0; i < 3000 && filesUnder(tmpdir).isEmpty() && build.isAlive(); i++) {
        Thread.sleep(100); // until the build has spilled (a guard of 300 s, not a timing)
      }
      assertFalse(filesUnder(tmpdir).isEmpty(), "the build made no temporary file: " + build.stderr());
      killedPid = build.pid();
      build.kill();
    }
    // the temporary file of the output a killed write leaves beside it, under the killed process's id
    Path stale = Files.writeString(work.resolve(".graph.nq." + killedPid + "-0123456789abcdef.tmp"), "half a graph");
    try (ChildProcess again = ChildProcess.newsgraph(work, env, "build", "-q", "--input", in.toString(), "--output",
        out.toString())) {
      assertEquals(0, again.waitFor(300), again.stderr());
      assertTrue(again.stderr().contains("removed the temporary files of 1 earlier run(s) that did not end normally"),
          again.stderr());
      assertTrue(again.stderr().contains("removed 1 temporary file(s) that an earlier run writing"), again.stderr());
    }
    assertEquals(List.of(), filesUnder(tmpdir), "temporary files are left");
    assertFalse(Files.exists(stale));
    assertTrue(Files.size(out) > 0);
  }

  /** The jar under a limit on the size of the files it writes ({@code ulimit -f}, in KB). */
  private ChildProcess limited(int kilobytes, String... args) throws IOException {
    StringBuilder cmd = new StringBuilder("ulimit -f " + kilobytes + " && exec '" + ChildProcess.javaBin()
        + "' -Xmx512m -jar '" + ChildProcess.newsgraphJar().toAbsolutePath() + "'");
    for (String a : args) {
      cmd.append(" '").append(a).append('\'');
    }
    return ChildProcess.start(List.of("bash", "-c", cmd.toString()), work, Map.of());
  }

  @Test
  void noRoomToWriteIsOneLineNamingTheFileAndExitCode3() throws Exception {
    Path in = oneArticle();
    Path out = work.resolve("out").resolve("graph.nq");
    Files.createDirectories(out.getParent());
    Files.writeString(out, "the old graph\n");
    try (ChildProcess build = limited(16, "build", "-q", "--input", in.toString(), "--output", out.toString())) {
      assertEquals(Main.CANNOT_WRITE, build.waitFor(300), build.stderr());
      assertTrue(build.stderr().contains("Could not write: cannot write " + out), build.stderr());
      assertTrue(build.stderr().contains("File too large"), build.stderr());
      assertFalse(build.stderr().contains("\tat "), "a stack trace: " + build.stderr());
    }
    assertEquals("the old graph\n", Files.readString(out));
    try (Stream<Path> s = Files.list(out.getParent())) {
      assertEquals(1, s.count(), "a temporary file was left beside the output");
    }
    Path store = work.resolve("store");
    try (ChildProcess load = limited(16, "load", "--store", store.toString(), "--data", Fixtures.trig().toString())) {
      assertEquals(Main.CANNOT_WRITE, load.waitFor(300), load.stderr());
      assertTrue(load.stderr().contains(store.toString()), load.stderr());
      assertFalse(load.stderr().contains("\tat "), "a stack trace: " + load.stderr());
    }
  }

  @Test
  void aDamagedStoreOrAFolderWithoutOneIsNeverReadAsEmpty() throws Exception {
    Path store = work.resolve("store");
    try (ChildProcess load = ChildProcess.newsgraph(work, Map.of(), "load", "--store", store.toString(), "--data",
        Fixtures.trig().toString())) {
      assertEquals(0, load.waitFor(300), load.stderr());
    }
    Path query = Files.writeString(work.resolve("count.rq"), "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
    try (ChildProcess q = ChildProcess.newsgraph(work, Map.of(), "query", query.toString(), "--store", store.toString())) {
      assertEquals(0, q.waitFor(300), q.stderr());
      // the table has one row, the count (issue 18's table draws no borders around it)
      assertTrue(q.stdout().lines().anyMatch(l -> l.strip().equals(String.valueOf(Fixtures.QUADS))), q.stdout());
    }
    Files.write(store.resolve("Data-0001").resolve("nodes.dat"), new byte[0]);
    for (String[] args : List.of(new String[] {"query", query.toString(), "--store", store.toString()},
        new String[] {"serve", "--store", store.toString(), "--port", "0"})) {
      try (ChildProcess damaged = ChildProcess.newsgraph(work, Map.of(), args)) {
        assertEquals(Main.CANNOT_WRITE, damaged.waitFor(300), damaged.stdout() + damaged.stderr());
        assertTrue(damaged.stderr().contains("The store " + store.toAbsolutePath() + " is damaged"), damaged.stderr());
        assertFalse(damaged.stderr().contains("\tat "), "a stack trace: " + damaged.stderr());
        assertFalse(damaged.stdout().contains("| 0 |"), damaged.stdout());
      }
    }
    try (Stream<Path> s = Files.walk(store.resolve("Data-0001"))) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    Path empty = Files.createDirectories(work.resolve("empty"));
    for (Path dir : List.of(store, empty)) {
      try (ChildProcess q = ChildProcess.newsgraph(work, Map.of(), "query", query.toString(), "--store", dir.toString())) {
        assertEquals(Main.USAGE, q.waitFor(300), q.stdout() + q.stderr());
        assertTrue(q.stderr().contains(dir + " is not a store: it holds no TDB2 database"), q.stderr());
        assertFalse(q.stdout().contains("| 0 |"), q.stdout());
      }
    }
  }
}
