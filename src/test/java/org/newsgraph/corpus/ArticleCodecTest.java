package org.newsgraph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the temporary files of a large build hold of an article comes back equal to it. */
class ArticleCodecTest {
  static Article roundTrip(Article a) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      ArticleCodec.write(out, a);
    }
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    Article back = ArticleCodec.read(in);
    assertEquals(-1, in.read(), "everything written is read");
    return back;
  }

  @Test
  void theArticlesOfTheRepositoryComeBackEqual() throws Exception {
    Path dir = Path.of(System.getProperty("newsgraph.repo", "."), "data/articles");
    List<Article> articles = ArticleReader.standard().readDirectory(dir).articles();
    assertTrue(articles.size() >= 5, "articles read: " + articles.size());
    for (Article a : articles) {
      assertTrue(!a.blocks().isEmpty() && !a.text().isEmpty(), a.fileName());
      assertEquals(a, roundTrip(a), a.fileName());
      assertEquals(a.withoutText(), roundTrip(a.withoutText()), a.fileName());
    }
  }

  @Test
  void everyFieldAndOddTextComesBackEqual() throws Exception {
    // a lone surrogate (which UTF-8 cannot carry), a pair, curly quotes and an empty string
    String text = "A \uD800 lone half, a pair \uD83D\uDE00, \u201Cquoted\u201D.\n\nSecond.";
    ArticleMeta meta = new ArticleMeta("x.txt", "The Paper", LocalDate.of(2020, 2, 29), "Head \uDC00", "https://x.test/a",
        List.of("One Author", ""), Map.of(ArticleMeta.PUBLISHER, new ArticleMeta.Origin(MetaSource.DOCUMENT, "meta og:site_name"),
            ArticleMeta.PUBLISHED, new ArticleMeta.Origin(MetaSource.FILE_NAME, "file name")));
    Block first = new Block(0, 20, text.substring(0, 20));
    Block second = new Block(text.length() - 7, text.length(), "Second.");
    Article a = new Article("x", "x.txt", text, meta, List.of(first), List.of(new Article.Dropped(second, "boilerplate")),
        "abc123", "feed.xml#2", List.of("y.txt", "z.txt"));
    Article back = roundTrip(a);
    assertEquals(a, back);
    assertEquals(text, back.text());
    Article bare = new Article("y", "y.txt", "", ArticleMeta.empty("y.txt"), List.of(), List.of(), "def");
    assertEquals(bare, roundTrip(bare));
    Article noMeta = new Article("z", "z.txt", "t", null, List.of(), List.of(), null);
    assertEquals(noMeta, roundTrip(noMeta));
  }
}
