package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.corpus.ArticleReader;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.FactSink;
import org.newsgraph.pipeline.ArticleStages;
import org.newsgraph.pipeline.Components;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.GraphFiles;
import org.newsgraph.rdf.RdfWriter;

/**
 * The local engine's rules for hostile input hold on Spark, with the same output and the same
 * problems in the same order: links out of the input folder are reported and not read (unless
 * {@code --follow-links}), an {@code articles.tsv} that is a link to {@code /dev/zero} is one line
 * and the articles are built without it, an article that spends its time budget in the language
 * analysis or in the facts is reported as too long to analyse and the others are built, and an
 * {@code --output FILE.nq} is not written through a link planted at it.
 */
class SparkHostileInputTest {
  @TempDir static Path tmp;

  @BeforeAll
  static void spark() {
    SparkTests.context();
  }

  private static Path folderWithHostileFiles() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("hostile"));
    Files.writeString(in.resolve("a-library.txt"),
        "Mayor Ada Placeholder of Exampleton opened the new library on Monday, the city said.\n");
    Files.writeString(in.resolve("b-bridge.txt"),
        "Governor Ben Example of Sampleshire said on Tuesday that the old bridge would close in May.\n");
    Path secret = Files.writeString(tmp.resolve("secret.txt"),
        "The secret plan of Councillor Zed Quux was told to nobody.\n");
    Files.createSymbolicLink(in.resolve("c-planted.txt"), secret);
    Files.createSymbolicLink(in.resolve("articles.tsv"), Path.of("/dev/zero"));
    // about 1 MB of prose on one line: many seconds of language analysis, however linear
    String sentence = "The council of Exampleton said on Monday that the new rules would change how the city spends"
        + " its money on roads, schools and parks, while residents asked for more time. ";
    Files.writeString(in.resolve("d-endless.txt"), sentence.repeat(1_000_000 / sentence.length()) + "\n");
    return in;
  }

  @Test
  void theReaderRulesAndTheArticleBudgetHoldAsLocally() throws Exception {
    Path in = folderWithHostileFiles();
    Path local = tmp.resolve("local.nq");
    Path spark = tmp.resolve("spark.nq");
    Path victim = Files.writeString(tmp.resolve("victim.txt"), "precious\n");
    Files.createSymbolicLink(spark, victim);
    SparkTests.Run l = SparkTests.cli("build", "-q", "--article-time-limit", "2s", "--input", in.toString(), "--output",
        local.toString());
    SparkTests.Run s = SparkTests.cli("build", "-q", "--engine", "spark", "--partitions", "3", "--article-time-limit",
        "2s", "--input", in.toString(), "--output", spark.toString());
    assertEquals(1, l.code(), l.err());
    assertEquals(1, s.code(), s.err());
    List<String> problems = problems(l.err());
    assertEquals(problems, problems(s.err()), "the same problems in the same order");
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("problem: articles.tsv: cannot read metadata")), l.err());
    String planted = "problem: c-planted.txt: is a link to " + tmp.resolve("secret.txt").toRealPath()
        + ", outside the input folder";
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(planted)), l.err());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("problem: d-endless.txt: too long to analyse (over the"
        + " budget of 2 s")), l.err());
    assertEquals(3, problems.size(), l.err());
    assertEquals("precious\n", Files.readString(victim), "the .nq was written through the link planted at it");
    assertFalse(Files.isSymbolicLink(spark));
    String graph = Files.readString(spark);
    assertEquals(Files.readString(local), graph, "Spark's .nq equals the local one");
    assertTrue(graph.contains("\"a-library.txt\"") && graph.contains("\"b-bridge.txt\""), "the good articles are built");
    assertFalse(graph.contains("Quux") || graph.contains("d-endless"), "the linked file or the endless one is in it");
    try (var beside = Files.list(tmp)) {
      assertEquals(List.of(), beside.filter(p -> p.getFileName().toString().startsWith(".spark.nq")).toList(),
          "a temporary file or folder is left beside the output");
    }

    SparkTests.Run followed = SparkTests.cli("build", "-q", "--engine", "spark", "--follow-links", "--article-time-limit",
        "2s", "--input", in.toString(), "--output", tmp.resolve("followed").toString());
    assertEquals(1, followed.code(), followed.err());
    assertFalse(followed.err().contains("c-planted.txt"), followed.err());
    StringBuilder shards = new StringBuilder();
    for (Path p : Shards.of(tmp.resolve("followed"))) {
      shards.append(Files.readString(p));
    }
    assertTrue(shards.toString().contains("\"c-planted.txt\""), "--follow-links reads the linked file");
  }

  /**
   * The standard fact extractors, and one that never ends on an article that says "endless": its
   * facts spend the budget (checked where every extractor reads the article), not its analysis.
   */
  static List<FactExtractor> extractorsThatStallOnOneArticle() {
    List<FactExtractor> all = new ArrayList<>(Components.factExtractors());
    all.add(new FactExtractor() {
      @Override
      public String name() {
        return "stalls";
      }

      @Override
      public void extract(ArticleContext article, FactSink sink) {
        while (article.text().contains("endless")) {
          article.sentences();
        }
      }
    });
    return all;
  }

  @Test
  void anArticleWhoseFactsSpendTheBudgetIsReportedInTheLocalOrder() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("facts"));
    Files.writeString(in.resolve("a-library.txt"),
        "Mayor Ada Placeholder of Exampleton opened the new library on Monday, the city said.\n");
    Files.writeString(in.resolve("b-endless.txt"), "The endless meeting of the Exampleton council went on.\n");
    Files.writeString(in.resolve("c-bridge.txt"),
        "Governor Ben Example of Sampleshire said on Tuesday that the old bridge would close in May.\n");
    ArticleStages stages = new ArticleStages(Components::nameFinder,
        SparkHostileInputTest::extractorsThatStallOnOneArticle, Components::shaclGate).withBudget(Duration.ofSeconds(1));

    List<String> localProblems = new ArrayList<>();
    List<String> localLines = new ArrayList<>();
    RdfWriter writer = new RdfWriter();
    int built = new Pipeline(ArticleReader.standard(), stages).threads(2).build(in, localProblems,
        (g, graph) -> localLines.addAll(GraphFiles.nquads(writer.graphName(g.article()), graph)));
    SparkBuild.Built b = new SparkBuild(SparkTests.context(), stages, ArticleReader.DEFAULT_MAX_BYTES, false, 3,
        line -> {}).run(in);
    List<String> sparkLines = new ArrayList<>(b.lines().collect());
    b.release();

    assertEquals(2, built);
    assertEquals(List.of("b-endless.txt: too long to analyse (over the budget of 1 s of processor time for one stage"
        + " of one article; left out)"), localProblems);
    assertEquals(localProblems, b.problems(), "the same problems in the same order");
    assertEquals(2, b.articles());
    localLines.sort(null);
    sparkLines.sort(null);
    assertEquals(localLines, sparkLines, "the same graphs");
    assertFalse(String.join("\n", sparkLines).contains("endless"), "the article over its budget is in the graph");
  }

  private static List<String> problems(String err) {
    return err.lines().filter(x -> x.startsWith("problem: ")).toList();
  }
}
