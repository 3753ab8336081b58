package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query page of {@code serve}, run by headless Chromium: its script queries and fills the
 * table.
 */
class QueryPageIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path work;

  @BeforeAll
  static void needsChromium() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM),
        "Skipped: /usr/bin/chromium is not installed (apt-get install -y chromium; .ci/run does)");
  }

  private String dumpDom(String url) throws Exception {
    Path profile = Files.createDirectories(work.resolve("chromium-profile"));
    try (ChildProcess chromium =
        ChildProcess.start(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--virtual-time-budget=20000",
                "--dump-dom",
                url),
            work,
            Map.of())) {
      assertEquals(0, chromium.waitFor(180), chromium.stderr());
      return chromium.stdout();
    }
  }

  @Test
  void thePageRunsTheDefaultQueryAndShowsTheOfficeHolders() throws Exception {
    try (TdbStore store = TdbStore.open(work.resolve("db"))) {
      store.replaceAll(Fixtures.dataset(), TdbStore.Progress.NONE);
      try (NewsgraphServer server =
          NewsgraphServer.start(
              store.datasetGraph(),
              new NewsgraphServer.Options("127.0.0.1", 0, Duration.ofSeconds(10), null))) {
        String dom = dumpDom(server.baseUrl() + "/");
        assertTrue(dom.contains("data-state=\"done\""), dom);
        assertTrue(dom.contains("data-rows=\"2\""), dom);
        assertTrue(
            dom.contains("<tr><td>Ada Placeholder</td><td>Mayor of Exampleton</td></tr>"), dom);
        assertTrue(dom.contains("<th>?person</th><th>?office</th>"), dom);

        String ask =
            URLEncoder.encode(
                "ASK { ?s <http://www.w3.org/2000/01/rdf-schema#label> \"Bo Dummy\" }",
                StandardCharsets.UTF_8);
        String answer = dumpDom(server.baseUrl() + "/?query=" + ask);
        assertTrue(answer.contains("<tbody><tr><td>true</td></tr></tbody>"), answer);

        String broken =
            dumpDom(
                server.baseUrl()
                    + "/?query="
                    + URLEncoder.encode("SELECT", StandardCharsets.UTF_8));
        assertTrue(broken.contains("class=\"error\""), broken);
        assertTrue(broken.contains("HTTP 400"), broken);
      }
    }
  }

  @Test
  void thePageListsTheQueryFilesAndFillsTheirParameters() throws Exception {
    Path queries = Path.of(System.getProperty("newsgraph.repo", ".")).resolve("queries");
    Path trig =
        Path.of(QueryPageIT.class.getResource("/org/newsgraph/ontology/two-articles.trig").toURI());
    try (TdbStore store = TdbStore.open(work.resolve("db"))) {
      store.replaceAll(
          org.apache.jena.riot.RDFDataMgr.loadDataset(trig.toString()), TdbStore.Progress.NONE);
      try (NewsgraphServer server =
          NewsgraphServer.start(
              store.datasetGraph(),
              new NewsgraphServer.Options(
                  "127.0.0.1", 0, Duration.ofSeconds(10), null, false, queries))) {
        String subject = "https://w3id.org/newsgraph/id/person/dana-rivera";
        String dom =
            dumpDom(
                server.baseUrl()
                    + "/?file=11-evidence.rq&subject="
                    + URLEncoder.encode(subject, StandardCharsets.UTF_8));
        assertTrue(dom.contains("data-state=\"done\""), dom);
        // the list of query files and the chosen one's parameter field (a text area's and a
        // field's values are not in the dumped DOM: the answer below shows they were used)
        assertTrue(dom.contains(">01-office-holders.rq</option>"), dom);
        assertTrue(dom.contains("data-param=\"subject\""), dom);
        // the answer: the evidence of the fixture person's facts, not the file's default person
        assertTrue(
            dom.contains(
                "<td>Springfield County District Attorney Dana Rivera defended her policies.</td>"),
            dom);
        assertTrue(!dom.contains("data-rows=\"0\""), dom);
      }
    }
  }
}
