package org.newsgraph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  @TempDir Path dir;

  private static final String STORY = "The sheriff spoke to reporters on Tuesday about the budget.\n";

  private String problemFor(ArticleReader.Result r, String file) {
    return r.problems().stream().filter(p -> p.where().startsWith(file)).map(InputProblem::message)
        .findFirst().orElse("<none>");
  }

  @Test
  void badFilesAreReportedByNameAndTheOthersAreRead() throws Exception {
    Files.writeString(dir.resolve("good.txt"), STORY);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.txt"), new byte[] {1, 2, 0, 3, 4, 5});
    Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 owner said no.".getBytes(StandardCharsets.ISO_8859_1));
    // 0x81 and 0x8D are undefined in Windows-1252, and this is not UTF-8 either
    Files.write(dir.resolve("neither.txt"), new byte[] {'N', 'o', ' ', (byte) 0x81, (byte) 0x8D, ' ', 'w', 'a', 'y', '.'});
    Files.writeString(dir.resolve("page.html"),
        "<!DOCTYPE html><html><head><title>x</title><script>var a=1;</script></head>"
            + "<body><p>The mayor said &quot;no&quot; to the plan.</p><p>She left.</p></body></html>");
    ArticleReader.Result r = ArticleReader.standard().readDirectory(dir);
    assertEquals(List.of("good.txt", "latin1.txt", "page.html"), r.articles().stream().map(Article::fileName).toList());
    assertEquals("empty file", problemFor(r, "empty.txt"));
    assertTrue(problemFor(r, "binary.txt").startsWith("binary file"), problemFor(r, "binary.txt"));
    assertEquals("<none>", problemFor(r, "latin1.txt"));
    assertEquals("Caf\u00e9 owner said no.", r.articles().get(1).blocks().get(0).text());
    assertTrue(problemFor(r, "neither.txt").startsWith("not valid UTF-8 (bad byte 0x81 at offset 3) and not Windows-1252"),
        problemFor(r, "neither.txt"));
    Article html = r.articles().get(2);
    assertEquals("The mayor said \"no\" to the plan.", html.blocks().get(0).text());
  }

  @Test
  void hugeFilesAreRefused() throws Exception {
    Path big = dir.resolve("big.txt");
    Files.writeString(big, STORY.repeat(100));
    CorpusException e = assertThrows(CorpusException.class,
        () -> new ArticleReader(Cleaner.standard(), 1000).read(big, ArticleMeta.empty("big.txt")));
    assertTrue(e.getMessage().startsWith("big.txt: file is"), e.getMessage());
  }

  @Test
  void metadataRowsAreReadAndBrokenRowsReported() throws Exception {
    Files.writeString(dir.resolve("a.txt"), STORY);
    Files.writeString(dir.resolve("b.txt"), "The mayor answered on Wednesday.\n"); // another text: the same would be one article
    Files.writeString(dir.resolve("articles.tsv"), "file\tpublisher\tpublished\theadline\turl\n"
        + "a.txt\tDaily Example\t2021-12-08\tSheriff speaks\t\n"
        + "b.txt\tDaily Example\tyesterday\t\t\n"
        + "c.txt\tonly three\tfields\n"
        + "missing.txt\tX\t\t\t\n");
    ArticleReader.Result r = ArticleReader.standard().readDirectory(dir);
    Article a = r.articles().get(0);
    assertEquals(LocalDate.of(2021, 12, 8), a.meta().published());
    assertEquals("Sheriff speaks", a.meta().headline());
    assertEquals(null, r.articles().get(1).meta().published());
    assertTrue(problemFor(r, "articles.tsv:3").contains("not YYYY-MM-DD"));
    assertTrue(problemFor(r, "articles.tsv:4").contains("expected 5 tab-separated fields"));
    assertTrue(problemFor(r, "articles.tsv").contains("missing.txt") || r.problems().stream()
        .anyMatch(p -> p.message().contains("missing.txt")));
  }

  @Test
  void missingDirectoryIsAnError() {
    CorpusException e = assertThrows(CorpusException.class,
        () -> ArticleReader.standard().readDirectory(dir.resolve("nope")));
    assertTrue(e.getMessage().endsWith("no such directory"));
  }

  @Test
  void slugsAreStable() {
    assertEquals("000-f8893c77d16a248b", ArticleReader.slug("000_f8893c77d16a248b.txt"));
    assertEquals("cafe-story", ArticleReader.slug("Caf\u00e9 Story.html"));
  }
}
