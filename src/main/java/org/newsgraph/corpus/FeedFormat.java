package org.newsgraph.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * RSS 2.0 and Atom feeds: every {@code <item>} or {@code <entry>} with text is an article, named
 * {@code feed.xml#N} by its position in the feed (1-based). Its text is {@code content:encoded},
 * else {@code description} (RSS), or {@code content}, else {@code summary} (Atom), cleaned like a
 * page when it is HTML; title, link, author ({@code author}, {@code dc:creator}) and date ({@code
 * pubDate}, {@code published}, {@code updated}, {@code dc:date}) come from the item, the publisher
 * from the channel's or feed's title. A feed that does not end with its closing tag is refused as
 * truncated; an item without text is reported and the others are read.
 */
final class FeedFormat implements ArticleFormat {
  @Override
  public String name() {
    return "RSS/Atom feed";
  }

  @Override
  public List<String> extensions() {
    return List.of("rss", "atom", "xml");
  }

  @Override
  public boolean sniff(String head) {
    String h = head.toLowerCase(Locale.ROOT);
    return h.contains("<rss") || (h.contains("<feed") && h.contains("http://www.w3.org/2005/atom"));
  }

  @Override
  public Parsed read(String fileName, byte[] bytes) throws CorpusException {
    String xml = TextDecoder.decode(fileName, bytes).text();
    String lower = xml.toLowerCase(Locale.ROOT);
    boolean rss = lower.contains("<rss");
    boolean atom = !rss && lower.contains("<feed");
    if (!rss && !atom) {
      throw new CorpusException(fileName, "not an RSS or Atom feed (no <rss> or <feed> element); "
          + "formats read: " + ArticleFormats.standard().describe());
    }
    String closing = rss ? "</rss>" : "</feed>";
    if (!lower.stripTrailing().endsWith(closing)) {
      throw new CorpusException(fileName, "truncated feed: the file does not end with " + closing);
    }
    Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
    List<Element> entries = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      if (e.normalName().equals(rss ? "item" : "entry")) {
        entries.add(e);
      }
    }
    String publisher = null;
    Element channel = first(doc, rss ? "channel" : "feed");
    if (channel != null) {
      Element t = child(channel, "title");
      publisher = t == null ? null : t.text();
    }
    List<Item> items = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Element e = entries.get(i);
      String name = fileName + "#" + (i + 1);
      String text = rss ? rssText(e) : atomText(e);
      if (text == null || text.isBlank()) {
        problems.add(new InputProblem(name, (rss ? "item" : "entry") + " " + (i + 1) + " has no text; skipped"));
        continue;
      }
      MetaCandidates meta = new MetaCandidates();
      String kind = rss ? "RSS item " : "Atom entry ";
      meta.add(ArticleMeta.HEADLINE, textOf(child(e, "title")), MetaSource.DOCUMENT, kind + "title");
      if (rss) {
        meta.add(ArticleMeta.URL, textOf(child(e, "link")), MetaSource.DOCUMENT, kind + "link");
        meta.add(ArticleMeta.PUBLISHED, textOf(child(e, "pubdate")), MetaSource.DOCUMENT, kind + "pubDate");
        meta.add(ArticleMeta.PUBLISHED, textOf(child(e, "dc:date")), MetaSource.DOCUMENT, kind + "dc:date");
        for (Element a : e.children()) {
          if (a.normalName().equals("dc:creator") || a.normalName().equals("author")) {
            meta.add(ArticleMeta.AUTHOR, a.text(), MetaSource.DOCUMENT, kind + a.tagName());
          }
        }
      } else {
        for (Element l : e.children()) {
          if (l.normalName().equals("link") && (l.attr("rel").isEmpty() || l.attr("rel").equals("alternate"))) {
            meta.add(ArticleMeta.URL, l.attr("href"), MetaSource.DOCUMENT, kind + "link");
          }
          if (l.normalName().equals("author")) {
            meta.add(ArticleMeta.AUTHOR, textOf(child(l, "name")), MetaSource.DOCUMENT, kind + "author");
          }
        }
        meta.add(ArticleMeta.PUBLISHED, textOf(child(e, "published")), MetaSource.DOCUMENT, kind + "published");
        meta.add(ArticleMeta.PUBLISHED, textOf(child(e, "updated")), MetaSource.DOCUMENT, kind + "updated");
      }
      meta.add(ArticleMeta.PUBLISHER, publisher, MetaSource.DOCUMENT, (rss ? "RSS channel" : "Atom feed") + " title");
      items.add(new Item(name, text, meta));
    }
    if (entries.isEmpty()) {
      throw new CorpusException(fileName, "the feed has no " + (rss ? "<item>" : "<entry>") + " elements");
    }
    return new Parsed(items, problems);
  }

  private static String rssText(Element item) {
    Element c = child(item, "content:encoded");
    if (c == null || c.wholeText().isBlank()) {
      c = child(item, "description");
    }
    return c == null ? null : html(c.wholeText());
  }

  private static String atomText(Element entry) {
    Element c = child(entry, "content");
    if (c == null || c.wholeText().isBlank()) {
      c = child(entry, "summary");
    }
    if (c == null) {
      return null;
    }
    String type = c.attr("type").toLowerCase(Locale.ROOT);
    if (type.equals("xhtml")) {
      return HtmlPage.fragment(c.html());
    }
    return type.equals("html") ? HtmlPage.fragment(c.wholeText()) : html(c.wholeText());
  }

  /** Text that may hold HTML: cleaned as a fragment when it has tags, else kept as it is. */
  private static String html(String s) {
    return s.contains("<") ? HtmlPage.fragment(s) : s.strip();
  }

  private static Element first(Document doc, String name) {
    for (Element e : doc.getAllElements()) {
      if (e.normalName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static Element child(Element parent, String name) {
    for (Element c : parent.children()) {
      if (c.normalName().equals(name)) {
        return c;
      }
    }
    return null;
  }

  private static String textOf(Element e) {
    return e == null ? null : e.text();
  }
}
