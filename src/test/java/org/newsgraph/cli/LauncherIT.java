package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ChildProcess;

/** The {@code newsgraph} launcher script, run by bash as a user runs it. */
class LauncherIT {
  static final Path REPO = Path.of(System.getProperty("newsgraph.repo", ".")).toAbsolutePath();

  @TempDir Path work;

  @Test
  void itKeepsTheCallersFolderForRelativePaths() throws Exception {
    Path mini = Files.createDirectories(work.resolve("mini"));
    Files.writeString(mini.resolve("one.txt"), "Kern County Sheriff Tom Whitaker said the jail is full.\n");
    try (ChildProcess p = ChildProcess.start(List.of("bash", REPO.resolve("newsgraph").toString(), "build", "-q",
        "--input", "mini", "--output", "out.nq"), work, Map.of())) {
      assertEquals(0, p.waitFor(600), p.stderr());
      assertTrue(p.stdout().startsWith("wrote out.nq: 1 articles"), p.stdout());
    }
    assertTrue(Files.readString(work.resolve("out.nq")).contains("tom-whitaker"), "out.nq is in the caller's folder");
    assertTrue(!Files.exists(REPO.resolve("out.nq")), "nothing written in the newsgraph folder");
  }

  @Test
  void aFirstRunSaysWhatItBuildsAndHowLongThatTakes() throws Exception {
    Assumptions.assumeTrue(onPath("mvn"), "Skipped: no mvn on the PATH");
    // a copy of the launcher beside a project Maven cannot build: the first run builds, and fails
    Path copy = Files.createDirectories(work.resolve("newsgraph"));
    Files.copy(REPO.resolve("newsgraph"), copy.resolve("newsgraph"));
    Files.writeString(copy.resolve("pom.xml"), "<project>this is not a POM</project>\n");
    Files.createDirectories(copy.resolve("src"));
    try (ChildProcess p = ChildProcess.start(List.of("bash", copy.resolve("newsgraph").toString(), "demo"), work,
        Map.of())) {
      assertEquals(1, p.waitFor(600), p.stderr());
      List<String> err = p.stderr().lines().toList();
      assertEquals("newsgraph: building " + copy.resolve("target/newsgraph.jar") + " (first run), with Maven"
          + " (mvn -B -DskipTests -Dnospark package).", err.get(0));
      assertTrue(err.get(1).startsWith("newsgraph: this takes 1 to 3 minutes"), err.get(1));
      assertTrue(p.stderr().contains("Maven's output goes to " + copy.resolve("target/newsgraph-build.log")), p.stderr());
      assertTrue(p.stderr().contains("newsgraph: the build failed after "), p.stderr());
      assertTrue(p.stderr().contains("Non-parseable POM") || p.stderr().contains("[ERROR]"), "the end of Maven's log: "
          + p.stderr());
    }
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
