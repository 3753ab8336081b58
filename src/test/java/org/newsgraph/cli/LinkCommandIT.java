package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.FakeWorld;
import picocli.CommandLine;

/** The {@code link} command on a small two-article dataset, offline and against a fake Wikidata. */
class LinkCommandIT {
  static final Path FIXTURE =
      Path.of(System.getProperty("newsgraph.repo", "."), "src/test/resources/link/two-articles.trig");
  static final String ID = "https://w3id.org/newsgraph/id/";

  @TempDir Path tmp;

  record Run(int code, String out, String err) {
    String row(String kind, String label) {
      return Arrays.stream(out.split("\n"))
          .filter(l -> l.startsWith(kind + "\t" + label + "\t"))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no row for " + kind + " " + label + " in\n" + out));
    }

    String qid(String kind, String label) {
      return row(kind, label).split("\t")[2];
    }
  }

  static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void offlineListsEveryEntityWithItsLinkOrNilAndWritesTheTriples() {
    Path out = tmp.resolve("links.ttl");
    Run r = run("link", "--input", FIXTURE.toString(), "--cache", tmp.resolve("cache").toString(),
        "--output", out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("Q104994", r.qid("place", "Los Angeles County"));
    assertEquals("Q485176", r.qid("place", "Pasadena"), "LA County in the same article");
    assertEquals("NIL", r.qid("place", "Charleston"), "no state in its article");
    assertEquals("Q188515", r.qid("organization", "Los Angeles Times"));
    assertEquals("Q186068", r.qid("organization", "Fox News"));
    assertEquals("NIL", r.qid("organization", "ACLU of Southern California"));
    assertEquals("Q8454", r.qid("policy", "death penalty"));
    assertEquals("NIL", r.qid("office", "Los Angeles County District Attorney"));
    assertEquals("NIL", r.qid("person", "George Gascón"));
    assertEquals("NIL", r.qid("person", "Rachael Rollins"));
    assertTrue(r.row("place", "Pasadena").contains("gazetteer:exact-label+context"), r.out());
    assertTrue(r.out().contains("# 11 entities: 6 linked, 5 NIL; 0 API requests"), r.out());
    Model m = RDFDataMgr.loadModel(out.toString());
    assertEquals(6, m.size());
    assertTrue(m.contains(m.createResource(ID + "place/pasadena"), OWL.sameAs,
        m.createResource("http://www.wikidata.org/entity/Q485176")));
    assertTrue(m.contains(m.createResource(ID + "policy/death-penalty"), SKOS.exactMatch,
        m.createResource("http://www.wikidata.org/entity/Q8454")));
    assertFalse(m.listSubjects().toList().contains(m.createResource(ID + "person/george-gascon")));
    assertEquals("", r.err());
  }

  @Test
  void onlineLinksPeopleAndTheNextOfflineRunReusesTheCache() throws Exception {
    Path cache = tmp.resolve("cache");
    try (FakeWorld fake = FakeWorld.start()) {
      Run r = run("link", "--input", FIXTURE.toString(), "--online", "--base-url",
          fake.baseUrl().toString(), "--cache", cache.toString(),
          "--user-agent", "newsgraph-test/0.1 (https://example.org/contact)");
      assertEquals(0, r.code(), r.err());
      assertEquals("Q900000010", r.qid("person", "George Gascón"));
      assertEquals("Q900000001", r.qid("person", "Rachael Rollins"));
      assertTrue(r.row("person", "George Gascón").contains("online:wbsearchentities:label"));
      int asked = fake.requests();
      assertTrue(asked > 0);
      assertEquals(List.of("newsgraph-test/0.1 (https://example.org/contact)"),
          fake.userAgents().stream().distinct().toList());
      assertTrue(r.out().contains(", 0 failed;"), r.out());
      Run again = run("link", "--input", FIXTURE.toString(), "--cache", cache.toString());
      assertEquals(0, again.code(), again.err());
      assertEquals("Q900000010", again.qid("person", "George Gascón"));
      assertEquals(asked, fake.requests(), "offline run sent no request");
      assertTrue(again.out().contains("0 API requests"), again.out());
    }
  }

  @Test
  void onlineWithoutNetworkWarnsOnceAndStillLinksFromTheGazetteer() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress("127.0.0.1", 0));
      port = s.getLocalPort();
    }
    Run r = run("link", "--input", FIXTURE.toString(), "--online", "--base-url",
        "http://127.0.0.1:" + port + "/w/api.php", "--cache", tmp.resolve("c").toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.err().lines().toList();
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).contains("continuing offline"), lines.get(0));
    assertEquals("Q104994", r.qid("place", "Los Angeles County"));
    assertEquals("NIL", r.qid("person", "George Gascón"));
  }

  @Test
  void readsATdb2Store() {
    Path dir = tmp.resolve("store");
    org.apache.jena.query.Dataset ds = org.apache.jena.tdb2.TDB2Factory.connectDataset(dir.toString());
    org.apache.jena.system.Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, FIXTURE.toString()));
    Run r = run("link", "--store", dir.toString(), "--cache", tmp.resolve("cache").toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("Q485176", r.qid("place", "Pasadena"));
    assertEquals("NIL", r.qid("person", "Rachael Rollins"));
    assertTrue(r.out().contains("# 11 entities: 6 linked, 5 NIL"), r.out());
  }

  @Test
  void missingInputIsNamedAndFailsWithExitOne() {
    Run r = run("link", "--input", tmp.resolve("nope.nq").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("nope.nq"), r.err());
  }

  @Test
  void brokenInputIsNamedAndFailsWithExitOne() throws Exception {
    Path bad = tmp.resolve("bad.nq");
    Files.writeString(bad, "<a> <b> .\n");
    Run r = run("link", "--input", bad.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("bad.nq"), r.err());
  }

  @Test
  void noInputIsAUsageError() {
    Run r = run("link");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--input"), r.err());
  }

  @Test
  void benchReportsTheTimeToLinkNEntities() {
    Run r = run("link", "--bench", "500");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().matches("(?s)offline linking: 500 entities in [0-9.]+ ms .*linked\\).*"), r.out());
  }
}
