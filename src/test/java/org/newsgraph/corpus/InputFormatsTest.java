package org.newsgraph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input format, metadata precedence, and one test per kind of bad input. */
class InputFormatsTest {
  @TempDir Path dir;

  private static final String STORY = "The sheriff spoke to reporters on Tuesday about the county budget.";

  private static String problems(ArticleReader.Result r) {
    return r.problems().stream().map(InputProblem::toString).collect(Collectors.joining("\n"));
  }

  private static List<String> problemsOf(ArticleReader.Result r, String where) {
    return r.problems().stream().filter(p -> p.where().equals(where)).map(InputProblem::message).toList();
  }

  private static String body(Article a) {
    return a.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
  }

  private ArticleReader.Result read() throws CorpusException {
    return ArticleReader.standard().readDirectory(dir);
  }

  static final String PAGE = """
      <!DOCTYPE html>
      <html><head>
        <meta charset="utf-8">
        <title>Sheriff speaks | Daily Example</title>
        <meta property="og:title" content="Sheriff speaks on the budget">
        <meta property="og:site_name" content="Daily Example">
        <meta property="article:published_time" content="2021-12-08T09:30:00-08:00">
        <meta name="author" content="Meta Author">
        <link rel="canonical" href="https://news.example.org/sheriff-budget">
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "NewsArticle",
         "headline": "Sheriff speaks on the county budget",
         "datePublished": "2021-12-07",
         "author": [{"@type": "Person", "name": "Ana Writer"}, {"@type": "Person", "name": "Ben Writer"}],
         "publisher": {"@type": "Organization", "name": "Daily Example News"}}
        </script>
      </head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <header class="site-header"><div class="ad-slot">Buy now, fifty percent off</div></header>
        <article>
          <h1>Sheriff speaks on the county budget</h1>
          <div class="share-buttons"><button>Share on Facebook</button> Tweet this</div>
          <p>The sheriff spoke to reporters on Tuesday about the county budget.</p>
          <figure><img src="a.jpg"><figcaption>The sheriff at the podium. (Photo: Agency)</figcaption></figure>
          <p>She said the jail is <b>full</b> and asked for more deputies.</p>
          <div class="related-stories"><p>Related: another story entirely</p></div>
        </article>
        <aside>Most read today</aside>
        <footer>Copyright Daily Example</footer>
      </body></html>
      """;

  @Test
  void htmlPagesGiveTheArticleBodyAndTheirMetadata() throws Exception {
    Files.writeString(dir.resolve("page.html"), PAGE);
    ArticleReader.Result r = read();
    assertEquals("", problems(r));
    Article a = r.articles().get(0);
    assertEquals(List.of("Sheriff speaks on the county budget",
        "The sheriff spoke to reporters on Tuesday about the county budget.",
        "She said the jail is full and asked for more deputies."), a.blocks().stream().map(Block::text).toList());
    for (String furniture : List.of("Home", "Buy now", "Share on", "Tweet", "Photo", "Related", "Most read", "Copyright")) {
      assertFalse(a.text().contains(furniture), furniture + " in " + a.text());
    }
    ArticleMeta m = a.meta();
    // JSON-LD first, then og:/article: meta tags, then the title element
    assertEquals("Sheriff speaks on the county budget", m.headline());
    assertEquals("JSON-LD NewsArticle.headline", m.origins().get(ArticleMeta.HEADLINE).field());
    assertEquals(LocalDate.of(2021, 12, 7), m.published());
    assertEquals(List.of("Ana Writer", "Ben Writer"), m.authors());
    assertEquals("Daily Example News", m.publisher());
    assertEquals("https://news.example.org/sheriff-budget", m.url());
    assertEquals(MetaSource.DOCUMENT, m.origins().get(ArticleMeta.URL).source());
    assertEquals("link canonical", m.origins().get(ArticleMeta.URL).field());
  }

  @Test
  void metaTagsCountWhenThereIsNoJsonLd() throws Exception {
    Files.writeString(dir.resolve("page.html"), PAGE.replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", ""));
    ArticleMeta m = read().articles().get(0).meta();
    assertEquals("Sheriff speaks on the budget", m.headline());
    assertEquals("meta og:title", m.origins().get(ArticleMeta.HEADLINE).field());
    assertEquals(LocalDate.of(2021, 12, 8), m.published());
    assertEquals(List.of("Meta Author"), m.authors());
    assertEquals("Daily Example", m.publisher());
  }

  @Test
  void articlesTsvWinsOverThePageWhichWinsOverTheFileName() throws Exception {
    Files.writeString(dir.resolve("2020-01-02-budget.html"), PAGE);
    Files.writeString(dir.resolve("2020-01-03-plain.txt"), STORY + "\n");
    Files.writeString(dir.resolve("articles.tsv"), "file\tpublisher\tpublished\theadline\turl\n"
        + "2020-01-02-budget.html\tThe Row Publisher\t\t\t\n");
    ArticleReader.Result r = read();
    assertEquals("", problems(r));
    ArticleMeta page = r.articles().get(0).meta();
    assertEquals("The Row Publisher", page.publisher());
    assertEquals(new ArticleMeta.Origin(MetaSource.ARTICLES_TSV, "articles.tsv:2 publisher"), page.origins().get(ArticleMeta.PUBLISHER));
    assertEquals(LocalDate.of(2021, 12, 7), page.published(), "the page's date beats the file name's");
    assertEquals(MetaSource.DOCUMENT, page.origins().get(ArticleMeta.PUBLISHED).source());
    ArticleMeta plain = r.articles().get(1).meta();
    assertEquals(LocalDate.of(2020, 1, 3), plain.published());
    assertEquals(new ArticleMeta.Origin(MetaSource.FILE_NAME, "date in the file name"), plain.origins().get(ArticleMeta.PUBLISHED));
    assertNull(plain.publisher());
  }

  @Test
  void jsonLinesGiveOneArticlePerLineAndReportBadLinesByNumber() throws Exception {
    Files.writeString(dir.resolve("export.jsonl"), String.join("\n",
        "{\"text\": \"" + STORY + "\", \"headline\": \"Budget\", \"author\": \"Ana Writer\", \"published\": \"2022-03-04\", \"url\": \"https://x.example/1\"}",
        "{\"text\": \"The mayor said the plan was dead.\", \"publisher\": {\"name\": \"Example Wire\"}",
        "",
        "{\"text\": \"<p>The council <em>voted</em> on Monday.</p><div class=\\\"share\\\">Share</div>\"}",
        "[1, 2]",
        "{\"headline\": \"no text here\"}",
        "{\"text\": \"The judge ruled on Friday.\"} trailing"));
    ArticleReader.Result r = read();
    assertEquals(List.of("export.jsonl#1", "export.jsonl#4"), r.articles().stream().map(Article::name).toList());
    assertEquals(List.of("not valid JSON: the line ends before its JSON object does; line skipped"), problemsOf(r, "export.jsonl:2"));
    assertTrue(problemsOf(r, "export.jsonl:5").get(0).startsWith("a JSON array, not an object"), problems(r));
    assertTrue(problemsOf(r, "export.jsonl:6").get(0).startsWith("no \"text\" string"), problems(r));
    assertTrue(problemsOf(r, "export.jsonl:7").get(0).startsWith("not valid JSON: more text after the JSON object"), problems(r));
    assertEquals(4, r.problems().size(), problems(r));
    Article first = r.articles().get(0);
    assertEquals("export-1", first.slug());
    assertEquals("export.jsonl", first.fileName());
    assertEquals("Budget", first.meta().headline());
    assertEquals(List.of("Ana Writer"), first.meta().authors());
    assertEquals(LocalDate.of(2022, 3, 4), first.meta().published());
    assertEquals("JSON field published", first.meta().origins().get(ArticleMeta.PUBLISHED).field());
    assertEquals("The council voted on Monday.", body(r.articles().get(1)));
  }

  @Test
  void rssItemsAreArticlesWithTheirContentCleaned() throws Exception {
    Files.writeString(dir.resolve("feed.rss"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Example Wire</title><link>https://wire.example/</link>
          <item><title>Jail is full</title><link>https://wire.example/a</link>
            <pubDate>Wed, 08 Dec 2021 10:00:00 GMT</pubDate><dc:creator>Ana Writer</dc:creator>
            <description>Short summary.</description>
            <content:encoded><![CDATA[<p>The sheriff said the jail is full.</p><div class="social-share">Share</div><p>She asked for money.</p>]]></content:encoded>
          </item>
          <item><title>Empty</title><description></description></item>
          <item><title>Plain</title><description>The mayor &amp; the council met on Monday.</description></item>
        </channel></rss>
        """);
    ArticleReader.Result r = read();
    assertEquals(List.of("feed.rss#1", "feed.rss#3"), r.articles().stream().map(Article::name).toList());
    assertEquals(List.of("item 2 has no text; skipped"), problemsOf(r, "feed.rss#2"));
    Article a = r.articles().get(0);
    assertEquals("The sheriff said the jail is full.\nShe asked for money.", body(a));
    assertEquals("Jail is full", a.meta().headline());
    assertEquals("Example Wire", a.meta().publisher());
    assertEquals(LocalDate.of(2021, 12, 8), a.meta().published());
    assertEquals("https://wire.example/a", a.meta().url());
    assertEquals(List.of("Ana Writer"), a.meta().authors());
    assertEquals("The mayor & the council met on Monday.", body(r.articles().get(1)));
  }

  @Test
  void atomEntriesAreArticles() throws Exception {
    Files.writeString(dir.resolve("news.atom"), """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Example</title>
          <entry><title>Court rules</title><link rel="alternate" href="https://atom.example/1"/>
            <published>2022-06-22T08:00:00Z</published><author><name>Cy Writer</name></author>
            <content type="html">&lt;p&gt;The court ruled on Friday.&lt;/p&gt;</content></entry>
        </feed>
        """);
    ArticleReader.Result r = read();
    assertEquals("", problems(r));
    Article a = r.articles().get(0);
    assertEquals("news.atom#1", a.name());
    assertEquals("The court ruled on Friday.", body(a));
    assertEquals("Atom Example", a.meta().publisher());
    assertEquals(List.of("Cy Writer"), a.meta().authors());
    assertEquals(LocalDate.of(2022, 6, 22), a.meta().published());
  }

  @Test
  void formatsAreFoundByExtensionThenByContent() throws Exception {
    Files.writeString(dir.resolve("saved-page.txt"), PAGE);
    Files.writeString(dir.resolve("export"), "{\"text\": \"" + STORY + "\"}\n");
    ArticleReader.Result r = read();
    assertEquals("", problems(r));
    assertEquals(List.of("export#1", "saved-page.txt"), r.articles().stream().map(Article::name).toList());
    assertEquals("Sheriff speaks on the county budget", r.articles().get(1).meta().headline());
  }

  @Test
  void emptyAndBinaryFilesAreRefused() throws Exception {
    Files.write(dir.resolve("empty.html"), new byte[0]);
    Files.write(dir.resolve("image.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0});
    Files.writeString(dir.resolve("good.txt"), STORY);
    ArticleReader.Result r = read();
    assertEquals(List.of("good.txt"), r.articles().stream().map(Article::name).toList());
    assertEquals(List.of("empty file"), problemsOf(r, "empty.html"));
    assertTrue(problemsOf(r, "image.jpg").get(0).startsWith("binary file (NUL byte at offset 4)"), problems(r));
  }

  @Test
  void windows1252IsDetectedAndReadCorrectly() throws Exception {
    String text = "\u201cWe will not prosecute,\u201d the district attorney said \u2014 caf\u00e9 owners disagreed.";
    byte[] cp1252 = text.getBytes(Charset.forName("windows-1252"));
    Files.write(dir.resolve("cp1252.txt"), cp1252);
    ArticleReader.Result r = read();
    assertEquals("", problems(r));
    assertEquals(text, body(r.articles().get(0)));
    assertEquals("windows-1252", TextDecoder.decode("x", cp1252).charset());
    assertEquals("UTF-8", TextDecoder.decode("x", text.getBytes(StandardCharsets.UTF_8)).charset());
  }

  @Test
  void utf16WithAByteOrderMarkIsRead() throws Exception {
    Files.write(dir.resolve("utf16.txt"), (STORY + " Caf\u00e9.").getBytes(StandardCharsets.UTF_16)); // big-endian, with BOM
    ArticleReader.Result r = read();
    assertEquals("", problems(r));
    assertEquals(STORY + " Caf\u00e9.", body(r.articles().get(0)));
  }

  @Test
  void aPageThatDeclaresACharsetItDoesNotUseIsRefused() throws Exception {
    byte[] html = "<html><head><meta charset=\"shift_jis\"></head><body><p>\u00ff\u00ff\u00ff</p></body></html>"
        .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("liar.html"), html);
    assertEquals(List.of("declares the charset Shift_JIS but is not valid Shift_JIS"), problemsOf(read(), "liar.html"));
  }

  @Test
  void aPageThatDeclaresItsCharsetIsReadWithIt() throws Exception {
    String html = "<html><head><meta charset=\"iso-8859-15\"></head><body><p>Prix: 5 \u20ac, caf\u00e9.</p></body></html>";
    Files.write(dir.resolve("euro.html"), html.getBytes(Charset.forName("ISO-8859-15")));
    ArticleReader.Result r = read();
    assertEquals("", problems(r));
    assertEquals("Prix: 5 \u20ac, caf\u00e9.", body(r.articles().get(0)));
  }

  @Test
  void textThatIsNeitherUtf8NorPlausibleWindows1252IsRefused() throws Exception {
    // high bytes that are all defined in Windows-1252 but decode to symbols, not words
    byte[] symbols = new byte[200];
    for (int i = 0; i < symbols.length; i++) {
      symbols[i] = (byte) (i % 2 == 0 ? 'a' + i % 26 : 0xA4 + i % 8);
    }
    Files.write(dir.resolve("symbols.txt"), symbols);
    // a UTF-8 file with one stray byte: mixed encodings, not Windows-1252
    byte[] utf8 = ("Caf\u00e9 \u00e9t\u00e9 na\u00efve r\u00e9sum\u00e9 ").repeat(5).getBytes(StandardCharsets.UTF_8);
    byte[] mixed = java.util.Arrays.copyOf(utf8, utf8.length + 2);
    mixed[utf8.length] = (byte) 0xE9;
    mixed[utf8.length + 1] = '.';
    Files.write(dir.resolve("mixed.txt"), mixed);
    ArticleReader.Result r = read();
    assertEquals(List.of(), r.articles());
    assertTrue(problemsOf(r, "symbols.txt").get(0).contains("not Windows-1252 text either"), problems(r));
    assertTrue(problemsOf(r, "mixed.txt").get(0).contains("mixed encodings"), problems(r));
  }

  @Test
  void truncatedHtmlAndFeedsAreRefused() throws Exception {
    Files.writeString(dir.resolve("cut.html"), PAGE.substring(0, PAGE.indexOf("She said")));
    Files.writeString(dir.resolve("cut-in-tag.html"), "<p>The sheriff spoke.</p><p class=\"x");
    Files.writeString(dir.resolve("cut.rss"), "<?xml version=\"1.0\"?><rss><channel><item><description>A");
    Files.writeString(dir.resolve("fragment.html"), "<p>" + STORY + "</p>");
    ArticleReader.Result r = read();
    assertEquals(List.of("fragment.html"), r.articles().stream().map(Article::name).toList());
    assertEquals(List.of("truncated HTML: the file ends before </body> and </html>; save the whole page again"), problemsOf(r, "cut.html"));
    assertTrue(problemsOf(r, "cut-in-tag.html").get(0).startsWith("truncated HTML: the file ends inside a tag"), problems(r));
    assertTrue(problemsOf(r, "cut.rss").get(0).startsWith("truncated feed"), problems(r));
  }

  @Test
  void theSameTextUnderAnotherNameIsOneArticleWithBothNames() throws Exception {
    Files.writeString(dir.resolve("a.txt"), STORY + "\n");
    Files.writeString(dir.resolve("b-copy.txt"), STORY + "\n");
    Files.writeString(dir.resolve("c.jsonl"), "{\"text\": \"" + STORY + "\"}\n");
    ArticleReader.Result r = read();
    assertEquals(1, r.articles().size());
    Article a = r.articles().get(0);
    assertEquals("a.txt", a.name());
    assertEquals(List.of("b-copy.txt", "c.jsonl#1"), a.alsoReadFrom());
    assertTrue(problemsOf(r, "b-copy.txt").get(0).startsWith("same text as a.txt; built once"), problems(r));
    assertTrue(problemsOf(r, "c.jsonl#1").get(0).startsWith("same text as a.txt"), problems(r));
  }

  @Test
  void aMetadataRowNamingAMissingFileIsReportedWithItsLine() throws Exception {
    Files.writeString(dir.resolve("a.txt"), STORY);
    Files.writeString(dir.resolve("e.jsonl"), "{\"text\": \"The mayor spoke.\"}\n{broken\n");
    Files.writeString(dir.resolve("articles.tsv"), "file\tpublisher\na.txt\tX\nghost.txt\tY\ne.jsonl#1\tZ\ne.jsonl#2\tW\ne.jsonl#9\tV\n");
    ArticleReader.Result r = read();
    assertEquals(List.of("lists ghost.txt, which is not in " + dir), problemsOf(r, "articles.tsv:3"));
    assertTrue(problemsOf(r, "articles.tsv:6").get(0).startsWith("lists e.jsonl#9"), problems(r));
    assertEquals(List.of(), problemsOf(r, "articles.tsv:5"), "line 2 of e.jsonl is reported once, as itself");
    assertEquals(1, problemsOf(r, "e.jsonl:2").size());
    assertEquals("Z", r.articles().get(1).meta().publisher());
    assertEquals(3, r.problems().size(), problems(r));
  }

  @Test
  void aFiftyMegabyteFileIsRefusedByTheSizeLimitWithoutReadingIt() throws Exception {
    Path big = dir.resolve("big.txt");
    byte[] line = (STORY + "\n\n").getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    Files.writeString(dir.resolve("small.txt"), STORY);
    ArticleReader.Result r = read();
    assertEquals(List.of("small.txt"), r.articles().stream().map(Article::name).toList());
    assertEquals(List.of("file is 50.0 MB, over the limit of 5.0 MB for one input file (raise it with build --max-file-size)"),
        problemsOf(r, "big.txt"));
  }

  @Test
  void aRaisedLimitReadsALargerFile() throws IOException, CorpusException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < 6 * 1024 * 1024; i++) {
      sb.append("Paragraph ").append(i).append(": the sheriff spoke about budget line ").append(i * 7).append(".\n\n");
    }
    Files.writeString(dir.resolve("large.txt"), sb);
    assertEquals("file is 6.0 MB, over the limit of 5.0 MB for one input file (raise it with build --max-file-size)",
        problemsOf(read(), "large.txt").get(0));
    ArticleReader.Result r = ArticleReader.withMaxBytes(8L * 1024 * 1024).readDirectory(dir);
    assertEquals("", problems(r));
    assertTrue(r.articles().get(0).blocks().size() > 50_000);
  }
}
