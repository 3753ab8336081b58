package org.newsgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newsgraph.store.ChildProcess;
import picocli.CommandLine;

/** The command line as a user meets it, for the tests: in this JVM, or the packaged jar in a process. */
public final class Cli {
  private Cli() {}

  /** What a command printed and returned. */
  public record Run(int code, String out, String err) {
    /** Standard error's lines (none for an empty stream). */
    public List<String> errLines() {
      return err.isEmpty() ? List.of() : err.lines().toList();
    }
  }

  /** {@code newsgraph ARGS} in this JVM (the same command line the jar's main builds). */
  public static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** {@code java -jar newsgraph.jar ARGS} in {@code cwd}, to its end (guard: 5 minutes). */
  public static Run jar(Path cwd, String... args) throws Exception {
    try (ChildProcess p = ChildProcess.newsgraph(cwd, Map.of(), args)) {
      int code = p.waitFor(300);
      return new Run(code, p.stdout(), p.stderr());
    }
  }

  private static Path bundledGraph;

  /**
   * The graph of the bundled articles as {@code build} writes it (N-Quads), built once for all the
   * tests of this JVM, in a temporary folder removed when the JVM ends.
   */
  public static synchronized Path bundledGraph() throws java.io.IOException {
    if (bundledGraph == null) {
      Path dir = java.nio.file.Files.createTempDirectory("newsgraph-bundled");
      Path nq = dir.resolve("graph.nq");
      Run r = run("build", "-q", "--input", articles().toString(), "--output", nq.toString());
      if (r.code() != 0) {
        throw new AssertionError("the bundled articles did not build: " + r.err());
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          java.nio.file.Files.deleteIfExists(nq);
          java.nio.file.Files.deleteIfExists(dir);
        } catch (java.io.IOException e) {
          // a temporary file left behind
        }
      }));
      bundledGraph = nq;
    }
    return bundledGraph;
  }

  /** A file of the repository's {@code queries/}, as a path a command takes. */
  public static String query(String name) {
    return Path.of(System.getProperty("newsgraph.repo", ".")).resolve("queries").resolve(name).toAbsolutePath()
        .toString();
  }

  /** The repository's bundled articles. */
  public static Path articles() {
    return Path.of(System.getProperty("newsgraph.repo", ".")).resolve("data/articles").toAbsolutePath();
  }
}
