package org.newsgraph.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.newsgraph.cli.Main;
import picocli.CommandLine;

/** What the Spark tests share: one local[2] Spark context per JVM, and the command line. */
final class SparkTests {
  private SparkTests() {}

  /** The context of this JVM, made by the first test that asks (every build of the JVM then uses it). */
  static JavaSparkContext context() {
    return SparkContexts.share(SparkContexts.conf("local[2]"));
  }

  /** The repository root (surefire sets newsgraph.repo). */
  static Path repo() {
    return Path.of(System.getProperty("newsgraph.repo", ".")).toAbsolutePath();
  }

  record Run(int code, String out, String err) {}

  /** Runs the command line in this JVM. */
  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
