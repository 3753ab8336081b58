package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ChildProcess;
import org.newsgraph.store.Credentials;
import org.newsgraph.store.NewsgraphServer;
import org.newsgraph.store.TdbStore;

/**
 * What a user reads when a command cannot do what was asked: one line (and for a usage error a
 * hint), never a help page or a stack trace, and nothing left behind by the failed command.
 */
class MessagesIT {
  @TempDir static Path work;
  static Path nq;

  @BeforeAll
  static void aBuiltGraph() throws Exception {
    nq = Cli.bundledGraph();
  }

  private static void noStackTrace(Cli.Run r) {
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
  }

  @Test
  void aUsageErrorIsOneLineAndAHintAndAMisspellingGetsASuggestion() {
    Cli.Run noOutput = Cli.run("build", "--input", "x");
    assertEquals(2, noOutput.code());
    assertEquals(List.of("newsgraph build: Missing required option: '--output=FILE'", "Try: newsgraph build --help"),
        noOutput.errLines());

    Cli.Run option = Cli.run("build", "--ouput", "x.nq");
    assertEquals(2, option.code());
    assertEquals(List.of("newsgraph build: unknown option '--ouput'; did you mean --output?",
        "Try: newsgraph build --help"), option.errLines());

    Cli.Run queryOption = Cli.run("query", "q.rq", "--stor", "s");
    assertEquals("newsgraph query: unknown option '--stor'; did you mean --store?", queryOption.errLines().get(0));

    Cli.Run command = Cli.run("biuld", "--output", "x.nq");
    assertEquals(2, command.code());
    assertEquals(List.of("newsgraph: unknown command 'biuld'; did you mean build?", "Try: newsgraph --help"),
        command.errLines());

    Cli.Run none = Cli.run();
    assertEquals(List.of("newsgraph: Missing command.", "Try: newsgraph --help"), none.errLines());
    assertEquals("", none.out());
  }

  @Test
  void aCommandThatFailsLeavesNoStoreBehind() throws Exception {
    Path emptyDir = Files.createDirectories(work.resolve("empty-store"));
    for (String[] args : List.of(
        new String[] {"link", "--store", emptyDir.toString()},
        new String[] {"query", Cli.query("01-office-holders.rq"), "--store", emptyDir.toString()},
        new String[] {"export", "-f", "gexf", "-o", work.resolve("x.gexf").toString(), "--store", emptyDir.toString()})) {
      Cli.Run r = Cli.run(args);
      assertTrue(r.code() != 0, args[0]);
      assertTrue(r.err().contains(emptyDir + " is not a store: it holds no TDB2 database"), args[0] + ": " + r.err());
      noStackTrace(r);
      try (Stream<Path> in = Files.list(emptyDir)) {
        assertEquals(List.of(), in.toList(), args[0] + " made files in the folder");
      }
    }
    Path store = work.resolve("never-made");
    Cli.Run serve = Cli.run("serve", "--store", store.toString(), "--port", "0", "--data",
        work.resolve("missing.nq").toString());
    assertEquals(2, serve.code());
    assertEquals(List.of("newsgraph serve: no such file " + work.resolve("missing.nq") + " (--data: a built graph file)"),
        serve.errLines());
    assertFalse(Files.exists(store), "serve made the store before failing");

    Path notRdf = Files.writeString(work.resolve("not-rdf.nq"), "<a> <b> broken .\n");
    Cli.Run badData = Cli.run("serve", "--store", store.toString(), "--port", "0", "--data", notRdf.toString());
    assertEquals(1, badData.code());
    assertEquals(1, badData.errLines().size(), badData.err());
    assertTrue(badData.err().startsWith(notRdf + ": not readable as RDF: [line: 1, col: 9] "), badData.err());
    assertFalse(Files.exists(store), "a store made for a file that is not RDF is removed");
  }

  @Test
  void loadAndServeGivenAFolderWithoutArticlesSayWhatItHoldsAndMakeNothing() throws Exception {
    Path folder = Files.createDirectories(work.resolve("no-articles"));
    Files.writeString(folder.resolve("README.md"), "the articles will go here\n");
    String holds = "no article in " + folder + ": it holds only files that are not articles (README.md";

    Path store = work.resolve("load-not-made");
    Cli.Run load = Cli.run("load", "--store", store.toString(), "--input", folder.toString());
    assertEquals(1, load.code(), load.err());
    assertEquals(1, load.errLines().size(), load.err());
    assertTrue(load.errLines().get(0).startsWith("newsgraph load: nothing loaded: " + holds), load.err());
    assertEquals("", load.out());
    assertFalse(Files.exists(store), "load made the store");

    // to a real server that takes updates: refused before it is asked, nothing sent
    Path password = Files.writeString(work.resolve("password"), "correct horse\n");
    try (TdbStore served = TdbStore.open(work.resolve("endpoint-store"));
        NewsgraphServer server = NewsgraphServer.start(served.datasetGraph(), new NewsgraphServer.Options("127.0.0.1",
            0, Duration.ofSeconds(10), new Credentials("editor", "correct horse")))) {
      Cli.Run sent = Cli.run("load", "--endpoint", "http://127.0.0.1:" + server.port() + "/newsgraph", "--input",
          folder.toString(), "--user", "editor", "--password-file", password.toString());
      assertEquals(1, sent.code(), sent.err());
      assertEquals(List.of(load.errLines().get(0)), sent.errLines());
      assertEquals("", sent.out(), "nothing sent, nothing counted");
      assertEquals(0, served.graphCount());
    }

    Path serveStore = work.resolve("serve-not-made");
    Cli.Run serve = Cli.run("serve", "--store", serveStore.toString(), "--port", "0", "--input", folder.toString());
    assertEquals(1, serve.code(), serve.err());
    assertEquals(1, serve.errLines().size(), serve.err());
    assertTrue(serve.errLines().get(0).startsWith("newsgraph serve: nothing served: " + holds), serve.err());
    assertFalse(Files.exists(serveStore), "serve made the store");

    // no --input and no store yet: the default data/articles of the current folder, here empty
    Path here = Files.createDirectories(work.resolve("elsewhere"));
    Files.createDirectories(here.resolve("data/articles"));
    try (ChildProcess p = ChildProcess.newsgraph(here, Map.of(), "serve", "--store", "s", "--port", "0")) {
      assertEquals(1, p.waitFor(120), p.stderr());
      assertEquals(List.of("newsgraph serve: nothing served: no article in data" + java.io.File.separator
          + "articles: it is empty"), p.stderr().lines().toList());
    }
    assertFalse(Files.exists(here.resolve("s")), "serve made the store");
  }

  @Test
  void aPortInUseIsSaidInOneLineBeforeAnythingIsBuilt() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      int port = taken.getLocalPort();
      Path store = work.resolve("port-store");
      Cli.Run r = Cli.run("serve", "--store", store.toString(), "--port", Integer.toString(port), "--input",
          Cli.articles().toString());
      assertEquals(2, r.code());
      assertEquals(List.of("newsgraph serve: port " + port + " on 127.0.0.1 is in use (another newsgraph serve or"
          + " Fuseki?): choose another with --port, e.g. --port " + (port + 1) + " (--port 0 takes any free port)"),
          r.errLines());
      assertEquals("", r.out(), "nothing was built");
      assertFalse(Files.exists(store), "no store was made");
    }
  }

  @Test
  void aStoreHeldByARunningServerIsSaidInOneLineWithWhereToAsk() throws Exception {
    Path store = work.resolve("served");
    try (ChildProcess serve = ChildProcess.newsgraph(work, Map.of(), "serve", "--store", store.toString(),
        "--port", "0", "--data", nq.toString())) {
      serve.awaitLine(l -> l.equals("Ctrl-C stops the server."), 1, 300);
      String page = serve.stdout().lines().filter(l -> l.startsWith("  query page:")).findFirst().orElseThrow()
          .replaceFirst("^\\s*query page:\\s*", "").replaceFirst("/$", "");
      for (String[] args : List.of(
          new String[] {"query", Cli.query("01-office-holders.rq"), "--store", store.toString()},
          new String[] {"link", "--store", store.toString()},
          new String[] {"load", "--store", store.toString(), "--data", nq.toString()},
          new String[] {"export", "-f", "dot", "-o", work.resolve("x.dot").toString(), "--store", store.toString()})) {
        Cli.Run r = Cli.run(args);
        assertEquals(1, r.code(), args[0] + ": " + r.err());
        assertEquals(1, r.errLines().size(), args[0] + ": " + r.err());
        String line = r.errLines().get(0);
        assertTrue(line.startsWith("The store " + store.toAbsolutePath() + " is in use by another process: the newsgraph"
            + " serve (pid " + serve.pid() + ") at " + page + ". Query it over HTTP there (SPARQL at " + page
            + "/newsgraph/query"), args[0] + ": " + line);
        assertTrue(line.contains("or stop that server first"), line);
        noStackTrace(r);
      }
      serve.terminate();
      serve.waitFor(120);
    }
    assertFalse(Files.exists(store.resolve("newsgraph-server.tsv")), "the server's note is gone with it");
    Cli.Run after = Cli.run("query", Cli.query("01-office-holders.rq"), "--store", store.toString(), "--format", "csv");
    assertEquals(0, after.code(), after.err());
  }

  @Test
  void aFileThatIsNotRdfIsOneLineWithoutTheParsersOwnLog() throws Exception {
    Path broken = Files.writeString(work.resolve("broken.nq"), "<urn:a> <urn:b> \"one\" .\n<urn:a> <urn:b> broken .\n");
    Cli.Run load = Cli.jar(work, "load", "--store", work.resolve("load-store").toString(), "--data", broken.toString());
    assertEquals(1, load.code());
    assertEquals(List.of(broken + ": not readable as RDF: [line: 2, col: 17] Illegal object: [KEYWORD:broken]"),
        load.errLines());
    Cli.Run query = Cli.jar(work, "query", Cli.query("01-office-holders.rq"), "--data", broken.toString());
    assertEquals(2, query.code());
    assertEquals(2, query.errLines().size(), query.err());
    assertTrue(query.errLines().get(0).startsWith("newsgraph query: " + broken + ": cannot parse: [line: 2, col: 17]"),
        query.err());
  }
}
