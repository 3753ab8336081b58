package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code query --param}: a parameterised query file filled from the command line. */
class QueryCommandTest {
  static final String ID = "https://w3id.org/newsgraph/id/";

  private record Run(int status, String out, String err) {}

  private static Run query(String... args) throws Exception {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 1];
    all[0] = "query";
    System.arraycopy(args, 0, all, 1, args.length);
    return new Run(cl.execute(all), out.toString(), err.toString());
  }

  private static String fixture() throws Exception {
    return Path.of(
            QueryCommandTest.class.getResource("/org/newsgraph/ontology/two-articles.trig").toURI())
        .toString();
  }

  private static String evidenceQuery() {
    return Path.of(System.getProperty("newsgraph.repo", "."))
        .resolve("queries/11-evidence.rq")
        .toString();
  }

  @Test
  void aParameterIsFilledFromTheCommandLine() throws Exception {
    // the file's default subject is not in the fixture: nothing
    Run asIs = query(evidenceQuery(), "--data", fixture(), "--format", "csv");
    assertEquals(0, asIs.status(), asIs.err());
    assertFalse(asIs.out().contains("Dana"), asIs.out());

    Run filled =
        query(
            evidenceQuery(),
            "--data",
            fixture(),
            "--format",
            "csv",
            "--param",
            "subject=" + ID + "person/dana-rivera");
    assertEquals(0, filled.status(), filled.err());
    assertTrue(
        filled.out().contains("Springfield County District Attorney Dana Rivera defended her policies."),
        filled.out());
    assertFalse(filled.out().contains("Max Hill was charged"), "another subject's evidence");

    // two values: both subjects
    Run both =
        query(
            evidenceQuery(),
            "--data",
            fixture(),
            "--format",
            "csv",
            "-p",
            "subject=<" + ID + "person/dana-rivera>",
            "-p",
            "?subject=" + ID + "case/killing-of-jo-marsh");
    assertEquals(0, both.status(), both.err());
    assertTrue(both.out().contains("Dana Rivera defended"), both.out());
    assertTrue(both.out().contains("Max Hill was charged with murder."), both.out());
  }

  @Test
  void anUnknownParameterIsAUsageError() throws Exception {
    Run r = query(evidenceQuery(), "--data", fixture(), "--param", "article=" + ID + "article/a-001");
    assertEquals(Main.USAGE, r.status());
    assertTrue(r.err().contains("no parameter ?article"), r.err());
    assertTrue(r.err().contains("?subject"), r.err());
    Run malformed = query(evidenceQuery(), "--data", fixture(), "--param", "subject");
    assertEquals(Main.USAGE, malformed.status());
    assertTrue(malformed.err().contains("NAME=VALUE"), malformed.err());
  }
}
