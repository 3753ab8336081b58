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

  /** The two-article fixture in a store, served with the repository's query files. */
  private NewsgraphServer fixtureServer(TdbStore store) throws Exception {
    Path queries = Path.of(System.getProperty("newsgraph.repo", ".")).resolve("queries");
    Path trig =
        Path.of(QueryPageIT.class.getResource("/org/newsgraph/ontology/two-articles.trig").toURI());
    store.replaceAll(
        org.apache.jena.riot.RDFDataMgr.loadDataset(trig.toString()), TdbStore.Progress.NONE);
    return NewsgraphServer.start(
        store.datasetGraph(),
        new NewsgraphServer.Options("127.0.0.1", 0, Duration.ofSeconds(10), null, false, queries));
  }

  static final String DANA = "https://w3id.org/newsgraph/id/person/dana-rivera";

  @Test
  void aFieldTakesANameAndTheResultsLinkToAPageAboutEachResource() throws Exception {
    try (TdbStore store = TdbStore.open(work.resolve("db"));
        NewsgraphServer server = fixtureServer(store)) {
      // the parameter given by a name with its accent left out; IRIs shown with prefixes, as links
      String dom =
          dumpDom(server.baseUrl() + "/?file=11-evidence.rq&subject=dana%20rivera");
      assertTrue(dom.contains("data-state=\"done\""), dom);
      assertTrue(
          dom.contains(
              "<a title=\""
                  + DANA
                  + "\" href=\"resource?iri="
                  + URLEncoder.encode(DANA, StandardCharsets.UTF_8)
                  + "\">person:dana-rivera</a>"),
          dom);
      assertTrue(dom.contains(">ng:holdsOffice</span>"), dom);
      assertTrue(
          dom.contains(
              "<td>Springfield County District Attorney Dana Rivera defended her policies.</td>"),
          dom);
      assertTrue(dom.contains("<link rel=\"icon\" href=\"ui/favicon.svg\""), dom);
      Http.Response icon = Http.get(server.baseUrl() + "/ui/favicon.svg");
      assertEquals(200, icon.status());
      assertTrue(icon.body().startsWith("<svg"), icon.body());

      // the page about the person: its facts, each with the sentences that state it
      String page = dumpDom(server.baseUrl() + "/resource?iri=" + URLEncoder.encode(DANA, StandardCharsets.UTF_8));
      assertTrue(page.contains("data-state=\"done\""), page);
      assertTrue(page.contains("<h1 id=\"label\">Dana Rivéra</h1>"), page);
      assertTrue(
          page.contains(
              "<li><b>ng:holdsOffice</b> <a title=\"https://w3id.org/newsgraph/id/office/springfield-county-district-attorney\""
                  + " href=\"resource?iri=https%3A%2F%2Fw3id.org%2Fnewsgraph%2Fid%2Foffice%2Fspringfield-county-district-attorney\">"
                  + "Springfield County District Attorney</a> <span class=\"hint\">(2 articles)</span>"
                  + "<blockquote>District Attorney Dana Rivéra answered.</blockquote>"
                  + "<blockquote>Springfield County District Attorney Dana Rivera defended her policies.</blockquote></li>"),
          page);
      assertTrue(page.contains("<blockquote>Rivera ended the use of the death penalty in the county.</blockquote>"), page);
      assertTrue(page.contains("href=\"http://www.wikidata.org/entity/Q4115189\""), "the Wikidata link: " + page);
      assertTrue(page.contains(">County prosecutor defends reforms</a>"), "the article that mentions her: " + page);
    }
  }

  @Test
  void aNameOfSeveralThingsListsThemInsteadOfAnswering() throws Exception {
    try (TdbStore store = TdbStore.open(work.resolve("db"));
        NewsgraphServer server = fixtureServer(store)) {
      String dom = dumpDom(server.baseUrl() + "/?file=06-quotations.rq&speaker=Marsh");
      assertTrue(dom.contains("data-state=\"error\""), dom);
      assertTrue(dom.contains("?speaker: \"Marsh\" names 5 resources"), dom);
      for (String who : new String[] {"jo-marsh", "kim-marsh", "pat-marsh", "ray-marsh"}) {
        assertTrue(dom.contains("data-iri=\"https://w3id.org/newsgraph/id/person/" + who + "\""), who + ": " + dom);
      }
      assertTrue(dom.contains("data-rows=\"0\""), dom);
    }
  }

  @Test
  void aFailedQueryClearsTheResultsOfTheQueryBefore() throws Exception {
    try (TdbStore store = TdbStore.open(work.resolve("db"));
        NewsgraphServer server = fixtureServer(store);
        org.newsgraph.export.DevTools page =
            org.newsgraph.export.DevTools.open(
                CHROMIUM, Files.createDirectories(work.resolve("chromium-devtools")), server.baseUrl() + "/")) {
      page.await("document.body.dataset.state === 'done'");
      assertTrue(Integer.parseInt(page.evaluate("document.getElementById('results').dataset.rows")) > 0);
      page.evaluate(
          "document.getElementById('query').value = 'SELECT * WHERE { ?s ?p }';"
              + " document.body.dataset.state = 'again'; document.getElementById('run').click(); 1");
      page.await("document.body.dataset.state === 'error'");
      assertEquals("0", page.evaluate("String(document.querySelectorAll('#results tr').length)"));
      assertTrue(page.evaluate("document.getElementById('status').textContent").startsWith("HTTP 400"));
    }
  }
}
