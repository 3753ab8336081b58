package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.Engine;
import org.newsgraph.store.Credentials;
import org.newsgraph.store.NewsgraphServer;
import org.newsgraph.store.TdbStore;

/**
 * The Spark engine gives the local engine's output, byte for byte (the shards put end to end are
 * the local sorted N-Quads file), with the same problems, on the bundled articles, on a folder
 * made to meet every cross-article rule of the reader (the same text twice, an articles.tsv row
 * naming nothing, a file that is no article) and on ../shared/corpus/devset when it is there.
 * Also with --input a glob over several folders. Both run in this JVM, through the command line;
 * Spark on the JVM's shared local[2] context.
 * Also: --store, and --endpoint to a real embedded server that wants a user; and, as for the
 * local engine, a folder with no article or whose articles all fail writes nothing.
 */
class SparkBuildTest {
  @TempDir static Path tmp;

  @BeforeAll
  static void spark() {
    SparkTests.context();
  }

  @Test
  void theEngineIsFoundOnTheClasspath() {
    assertTrue(Engine.named("spark").isPresent(), "the spark engine is registered with ServiceLoader");
    SparkTests.Run r = SparkTests.cli("build", "--engine", "spark", "--threads", "2", "--input",
        SparkTests.repo().resolve("data/articles").toString(), "--output", tmp.resolve("x.nq").toString());
    assertEquals(2, r.code(), "--threads is the local engine's: " + r.err());
    assertTrue(r.err().contains("--master local[N]"), r.err());
  }

  @Test
  void bundledArticles() throws IOException {
    sameAsLocal(SparkTests.repo().resolve("data/articles"), "articles", 0);
  }

  @Test
  void readerRulesAcrossFiles() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("mixed"));
    Path bundled = SparkTests.repo().resolve("data/articles");
    List<Path> texts = new ArrayList<>();
    try (var s = Files.list(bundled)) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(2).forEach(texts::add);
    }
    Files.copy(texts.get(0), in.resolve("a-first.txt"));
    Files.copy(texts.get(0), in.resolve("b-same-text.txt"));
    Files.copy(texts.get(1), in.resolve("c-second.txt"));
    Files.write(in.resolve("d-empty.txt"), new byte[0]);
    Files.writeString(in.resolve("articles.tsv"), "c-second.txt\tThe Courier\t2021-03-04\tA headline\t\n"
        + "missing.txt\tNobody\t2021-01-01\tNo such file\t\n");
    sameAsLocal(in, "mixed", 1);
  }

  @Test
  void aGlobOverSeveralFolders() throws IOException {
    Path root = tmp.resolve("archive");
    List<Path> texts = new ArrayList<>();
    try (var s = Files.list(SparkTests.repo().resolve("data/articles"))) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
    }
    for (int i = 0; i < texts.size(); i++) {
      Path month = Files.createDirectories(root.resolve("2021-0" + (1 + i % 2)));
      Files.copy(texts.get(i), month.resolve(texts.get(i).getFileName()));
    }
    Files.copy(SparkTests.repo().resolve("data/articles/articles.tsv"), root.resolve("articles.tsv"));
    sameAsLocal(root.resolve("2021-*").resolve("*.txt"), "glob", 0);
  }

  @Test
  void casesAndStatementsMergedAcrossArticles() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("merges"));
    Files.writeString(in.resolve("a-killing.txt"), "Nell Ambrose was shot and killed by Tad Quist in Lowell in 2019.\n");
    Files.writeString(in.resolve("b-sentence.txt"), "Tad Quist was sentenced to life without parole on Tuesday.\n");
    Files.writeString(in.resolve("c-tweet.txt"),
        "\"We will not cut the library budget this year,\" Mayor Sam Pike tweeted again.\n");
    Files.writeString(in.resolve("d-tweet.txt"), "Pike answered his critics on Friday.\n\n"
        + "\"We will not cut the library budget this year, or next,\" Mayor Sam Pike tweeted again.\n");
    sameAsLocal(in, "merges", 0);
    List<String> lines = Files.readAllLines(tmp.resolve("merges-spark.nq"));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("<https://w3id.org/newsgraph/id/case/killing-of-nell-ambrose>")
        && l.contains("defendant") && l.endsWith("b-sentence> .")), "the sentencing joined the killing");
  }

  @Test
  void devset() throws IOException {
    Path devset = SparkTests.repo().resolve("../shared/corpus/devset").normalize();
    Assumptions.assumeTrue(Files.isDirectory(devset), "no " + devset + " here");
    sameAsLocal(devset, "devset", -1);
  }

  @Test
  void aFolderWithoutArticlesOrWhoseArticlesAllFailWritesNothing() throws IOException {
    Path missing = tmp.resolve("no-such-folder");
    SparkTests.Run none = SparkTests.cli("build", "--engine", "spark", "--input", missing.toString(), "--output",
        tmp.resolve("none").toString());
    assertEquals(2, none.code(), none.err());
    assertEquals(List.of("newsgraph build: no folder " + missing + ": --input wants a folder of articles",
        "Try: newsgraph build --help"), none.err().lines().toList());

    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Path shards = tmp.resolve("empty-shards");
    Path store = tmp.resolve("empty-store");
    SparkTests.Run r = SparkTests.cli("build", "--engine", "spark", "--input", empty.toString(), "--output",
        shards.toString(), "--store", store.toString());
    assertEquals(1, r.code(), r.err());
    assertEquals(List.of("newsgraph build: nothing written to " + shards + ": no article in " + empty + ": it is empty"),
        r.err().lines().toList());
    assertFalse(Files.exists(shards), "no shard folder");
    assertFalse(Files.exists(store), "no store");

    Path bad = Files.createDirectories(tmp.resolve("all-fail"));
    Files.write(bad.resolve("empty.txt"), new byte[0]);
    Path file = tmp.resolve("all-fail.nq");
    SparkTests.Run failed = SparkTests.cli("build", "-q", "--engine", "spark", "--input", bad.toString(), "--output",
        file.toString(), "--store", store.toString());
    assertEquals(1, failed.code(), failed.err());
    assertEquals(List.of("problem: empty.txt: empty file", "newsgraph build: nothing written to " + file
        + ": none of the articles in " + bad + " could be built (1 problem above)"), failed.err().lines().toList());
    assertFalse(Files.exists(file), "no .nq file");
    try (java.util.stream.Stream<Path> beside = Files.list(tmp)) {
      assertEquals(List.of(), beside.filter(p -> p.getFileName().toString().startsWith(".all-fail.nq")).toList(),
          "no shards or temporary file beside it");
    }
    assertFalse(Files.exists(store), "no store");
    assertEquals("", failed.out());
  }

  @Test
  void theGraphsGoToAServerThatWantsAUser() throws Exception {
    Path articles = SparkTests.repo().resolve("data/articles");
    Path password = tmp.resolve("password");
    Files.writeString(password, "correct horse\n");
    try (TdbStore store = TdbStore.open(tmp.resolve("served"));
        NewsgraphServer server = NewsgraphServer.start(store.datasetGraph(), new NewsgraphServer.Options("127.0.0.1", 0,
            Duration.ofSeconds(10), new Credentials("editor", "correct horse")))) {
      String url = "http://127.0.0.1:" + server.port() + "/newsgraph";
      SparkTests.Run refused = SparkTests.cli("build", "-q", "--engine", "spark", "--input", articles.toString(),
          "--output", tmp.resolve("no-user").toString(), "--endpoint", url);
      assertEquals(1, refused.code(), refused.err());
      assertTrue(refused.err().contains("sending to " + url + " failed"), refused.err());
      assertEquals(0, store.graphCount(), "nothing stored without the user");
      SparkTests.Run sent = SparkTests.cli("build", "-q", "--engine", "spark", "--input", articles.toString(),
          "--output", tmp.resolve("sent").toString(), "--endpoint", url, "--user", "editor", "--password-file",
          password.toString());
      assertEquals(0, sent.code(), sent.err());
      assertTrue(sent.out().contains("sent 5 graph(s) to " + url), sent.out());
      long lines = 0;
      for (Path p : Shards.of(tmp.resolve("sent"))) {
        lines += Files.readAllLines(p).size();
      }
      assertEquals(5, store.graphCount(), "one graph per article, PUT by the executors");
      assertEquals(lines, store.quadCount(), "every quad of the shards is on the server");
    }
  }

  /** Builds {@code in} with both engines; the same bytes, problems and exit code ({@code code}, or any when -1). */
  private static void sameAsLocal(Path in, String name, int code) throws IOException {
    Path local = tmp.resolve(name + "-local.nq");
    Path sparkFile = tmp.resolve(name + "-spark.nq");
    Path shards = tmp.resolve(name + "-shards");
    SparkTests.Run l = SparkTests.cli("build", "-q", "--input", in.toString(), "--output", local.toString());
    SparkTests.Run s = SparkTests.cli("build", "-q", "--engine", "spark", "--partitions", "3", "--input", in.toString(),
        "--output", sparkFile.toString());
    Path store = tmp.resolve(name + "-store");
    SparkTests.Run d = SparkTests.cli("build", "-q", "--engine", "spark", "--input", in.toString(), "--output",
        shards.toString(), "--store", store.toString());
    if (code >= 0) {
      assertEquals(code, l.code(), l.err());
    }
    assertEquals(l.code(), s.code(), s.err());
    assertEquals(l.code(), d.code(), d.err());
    byte[] expected = Files.readAllBytes(local);
    assertTrue(expected.length > 1000, "the local build wrote a graph");
    assertArrayEquals(expected, Files.readAllBytes(sparkFile), "Spark's .nq equals the local one");
    StringBuilder joined = new StringBuilder();
    List<Path> parts = Shards.of(shards);
    assertTrue(parts.size() > 1, "several shards: " + parts);
    for (Path p : parts) {
      joined.append(Files.readString(p));
    }
    assertEquals(Files.readString(local), joined.toString(), "the shards put end to end are the local file");
    try (TdbStore tdb = TdbStore.open(store)) {
      assertEquals(Files.readAllLines(local).size(), tdb.quadCount(), "--store holds every quad, loaded from the shards");
      assertEquals(tdb.graphCount(), Files.readAllLines(local).stream().map(line -> line.substring(line.lastIndexOf(" <")))
          .distinct().count(), "one named graph per article graph written");
      // a reifier and its evidence sort into different shards, and are still joined in the store:
      // every fact reaches its sentence, and there are as many blank nodes as in the local file
      Dataset fromFile = RDFDataMgr.loadDataset(local.toString());
      Dataset stored = DatasetFactory.wrap(tdb.datasetGraph());
      for (String query : List.of(EVIDENCE, BLANK_NODES)) {
        List<String> want = fromFile.calculateRead(() -> rows(fromFile, query));
        assertTrue(!want.isEmpty() && !want.get(0).equals("0"), query + ": " + want);
        assertEquals(want, stored.calculateRead(() -> rows(stored, query)), "--store answers as the local file: " + query);
      }
    }
    assertEquals(problems(l.err()), problems(s.err()), "the same problems in the same order");
    assertEquals(l.out().replaceAll(" \\(\\d+ lines\\)", "").replace(local.toString(), "OUT"),
        s.out().replaceAll(" \\(\\d+ lines\\)", "").replace(sparkFile.toString(), "OUT"), "the same counts");
  }

  private static final String EVIDENCE = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>"
      + " PREFIX ng: <https://w3id.org/newsgraph/ontology#>"
      + " SELECT ?g ?t ?s ?m WHERE { GRAPH ?g { ?r rdf:reifies ?t ; ng:evidence ?e . ?e ng:sentence ?s ;"
      + " ng:start ?m } }";
  private static final String BLANK_NODES = "SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE { GRAPH ?g { { ?b ?p ?o }"
      + " UNION { ?s ?p ?b } } FILTER(isBlank(?b)) }";

  /** The rows of a query, each row its values joined, sorted. */
  private static List<String> rows(Dataset ds, String query) {
    List<String> out = new ArrayList<>();
    try (QueryExecution qe = QueryExecutionFactory.create(query, ds)) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution row = rs.next();
        List<String> values = new ArrayList<>();
        rs.getResultVars().forEach(v -> values.add(String.valueOf(row.get(v))));
        out.add(String.join(" | ", values));
      }
    }
    out.sort(null);
    return out;
  }

  private static List<String> problems(String err) {
    return err.lines().filter(x -> x.startsWith("problem: ")).toList();
  }
}
