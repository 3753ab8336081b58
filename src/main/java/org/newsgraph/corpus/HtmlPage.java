package org.newsgraph.corpus;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page or fragment to article text with jsoup: the article body (the {@code
 * itemprop=articleBody} element, else the {@code <article>} with the most text, else {@code
 * <main>}, else {@code <body>}) without scripts, navigation, asides, figures and captions, forms
 * and buttons, and elements whose class or id names page furniture (data/lexicon/html-boilerplate.txt:
 * ads, share buttons, related links…); one paragraph per block element. Title, author, publisher,
 * publication date and URL come from JSON-LD ({@code NewsArticle} and the other {@code Article}
 * types), then {@code og:}/{@code article:} meta tags, then other meta tags and the title element.
 */
final class HtmlPage {
  private HtmlPage() {}

  /** Text and metadata of one page. */
  record Extracted(String text, MetaCandidates meta) {}

  private static final Set<String> FURNITURE = new TreeSet<>(LexiconFiles.lines("html-boilerplate.txt"));

  private static final String DROP_TAGS = "script, style, noscript, template, nav, footer, aside, figure, "
      + "figcaption, form, button, iframe, svg, select, input, textarea, dialog, object, embed, video, audio, "
      + "[hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=contentinfo], [role=banner]";

  private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li",
      "ul", "ol", "dl", "dt", "dd", "tr", "table", "section", "article", "blockquote", "header", "main", "pre",
      "address", "hr", "title", "figure", "td", "th");

  static Extracted page(String html) {
    Document doc = Jsoup.parse(html);
    MetaCandidates meta = new MetaCandidates();
    jsonLd(doc, meta);
    metaTags(doc, meta);
    return new Extracted(text(bodyOf(doc)), meta);
  }

  /** The text of an HTML fragment (a feed item's content, a JSON Lines record's HTML text). */
  static String fragment(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    return text(bodyOf(doc));
  }

  private static Element bodyOf(Document doc) {
    Element body = doc.body();
    Element root = body.selectFirst("[itemprop=articleBody]");
    if (root == null) {
      Element best = null;
      int most = -1;
      for (Element a : body.select("article")) {
        int n = a.text().length();
        if (n > most) {
          best = a;
          most = n;
        }
      }
      root = best;
    }
    if (root == null) {
      root = body.selectFirst("main, [role=main]");
    }
    if (root == null) {
      root = body;
    }
    Element copy = root.clone();
    copy.select(DROP_TAGS).remove();
    List<Element> furniture = new ArrayList<>();
    for (Element e : copy.getAllElements()) {
      if (e != copy && isFurniture(e)) {
        furniture.add(e);
      }
    }
    furniture.forEach(Element::remove);
    return copy;
  }

  private static boolean isFurniture(Element e) {
    for (String attr : List.of(e.className(), e.id())) {
      for (String word : attr.toLowerCase(Locale.ROOT).split("[-_\\s]+")) {
        if (FURNITURE.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /** One paragraph per block element, whitespace collapsed, paragraphs separated by a blank line. */
  private static String text(Element root) {
    StringBuilder raw = new StringBuilder();
    root.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          raw.append(t.getWholeText().replaceAll("[\\s\\u00a0]+", " "));
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          raw.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          raw.append('\n');
        }
      }
    });
    StringBuilder out = new StringBuilder();
    for (String line : raw.toString().split("\n")) {
      String t = line.replaceAll("[ \\t\\u00a0]+", " ").strip();
      if (!t.isEmpty()) {
        out.append(t).append("\n\n");
      }
    }
    return out.toString();
  }

  private static void metaTags(Document doc, MetaCandidates meta) {
    MetaSource d = MetaSource.DOCUMENT;
    meta.add(ArticleMeta.HEADLINE, content(doc, "meta[property=og:title]"), d, "meta og:title");
    meta.add(ArticleMeta.PUBLISHED, content(doc, "meta[property=article:published_time]"), d, "meta article:published_time");
    meta.add(ArticleMeta.PUBLISHER, content(doc, "meta[property=og:site_name]"), d, "meta og:site_name");
    meta.add(ArticleMeta.URL, content(doc, "meta[property=og:url]"), d, "meta og:url");
    for (Element e : doc.select("meta[property=article:author]")) {
      String v = e.attr("content");
      if (!v.contains("://")) { // often the author's profile URL, which is not a name
        meta.add(ArticleMeta.AUTHOR, v, d, "meta article:author");
      }
    }
    meta.add(ArticleMeta.HEADLINE, content(doc, "meta[name=twitter:title]"), d, "meta twitter:title");
    for (Element e : doc.select("meta[name=author]")) {
      meta.add(ArticleMeta.AUTHOR, e.attr("content"), d, "meta author");
    }
    for (String name : List.of("date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.date")) {
      meta.add(ArticleMeta.PUBLISHED, content(doc, "meta[name=" + name + "]"), d, "meta " + name);
    }
    Element time = doc.selectFirst("time[itemprop=datePublished], time[pubdate]");
    if (time != null) {
      meta.add(ArticleMeta.PUBLISHED, time.attr("datetime"), d, "time element");
    }
    meta.add(ArticleMeta.PUBLISHER, content(doc, "meta[name=publisher]"), d, "meta publisher");
    Element canonical = doc.selectFirst("link[rel=canonical]");
    if (canonical != null) {
      meta.add(ArticleMeta.URL, canonical.attr("href"), d, "link canonical");
    }
    meta.add(ArticleMeta.HEADLINE, doc.title(), d, "title element");
  }

  private static String content(Document doc, String css) {
    Element e = doc.selectFirst(css);
    return e == null ? null : e.attr("content");
  }

  private static void jsonLd(Document doc, MetaCandidates meta) {
    Elements scripts = doc.select("script[type=application/ld+json]");
    for (Element s : scripts) {
      JsonElement root;
      try {
        root = JsonParser.parseString(s.data());
      } catch (JsonParseException | IllegalStateException e) {
        continue; // a broken JSON-LD block: the meta tags still count
      }
      List<JsonObject> objects = new ArrayList<>();
      collect(root, objects, 0);
      for (JsonObject o : objects) {
        String type = articleType(o);
        if (type != null) {
          readArticle(o, "JSON-LD " + type, meta);
        }
      }
    }
  }

  private static void collect(JsonElement e, List<JsonObject> out, int depth) {
    if (depth > 4 || e == null) {
      return;
    }
    if (e.isJsonArray()) {
      for (JsonElement x : e.getAsJsonArray()) {
        collect(x, out, depth + 1);
      }
    } else if (e.isJsonObject()) {
      out.add(e.getAsJsonObject());
      collect(e.getAsJsonObject().get("@graph"), out, depth + 1);
    }
  }

  /** NewsArticle and the other schema.org Article types (ReportageNewsArticle, BlogPosting…). */
  private static String articleType(JsonObject o) {
    JsonElement t = o.get("@type");
    List<String> types = new ArrayList<>();
    if (t != null && t.isJsonPrimitive()) {
      types.add(t.getAsString());
    } else if (t != null && t.isJsonArray()) {
      for (JsonElement x : t.getAsJsonArray()) {
        if (x.isJsonPrimitive()) {
          types.add(x.getAsString());
        }
      }
    }
    for (String type : types) {
      String local = type.substring(type.lastIndexOf('/') + 1);
      if (local.endsWith("Article") || local.equals("BlogPosting") || local.equals("Report")) {
        return local;
      }
    }
    return null;
  }

  private static void readArticle(JsonObject o, String where, MetaCandidates meta) {
    MetaSource d = MetaSource.DOCUMENT;
    meta.add(ArticleMeta.HEADLINE, string(o.get("headline")), d, where + ".headline");
    meta.add(ArticleMeta.PUBLISHED, string(o.get("datePublished")), d, where + ".datePublished");
    for (String name : names(o.get("author"))) {
      meta.add(ArticleMeta.AUTHOR, name, d, where + ".author");
    }
    List<String> publisher = names(o.get("publisher"));
    if (!publisher.isEmpty()) {
      meta.add(ArticleMeta.PUBLISHER, publisher.get(0), d, where + ".publisher");
    }
    meta.add(ArticleMeta.URL, string(o.get("url")), d, where + ".url");
    JsonElement main = o.get("mainEntityOfPage");
    if (main != null && main.isJsonObject()) {
      meta.add(ArticleMeta.URL, string(main.getAsJsonObject().get("@id")), d, where + ".mainEntityOfPage");
    } else {
      meta.add(ArticleMeta.URL, string(main), d, where + ".mainEntityOfPage");
    }
    meta.add(ArticleMeta.HEADLINE, string(o.get("name")), d, where + ".name");
  }

  static String string(JsonElement e) {
    return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
  }

  /** Names from a string, an object with "name", or an array of either. */
  static List<String> names(JsonElement e) {
    List<String> out = new ArrayList<>();
    if (e == null) {
      return out;
    }
    if (e.isJsonArray()) {
      JsonArray a = e.getAsJsonArray();
      for (JsonElement x : a) {
        if (!x.isJsonArray()) {
          out.addAll(names(x));
        }
      }
    } else if (e.isJsonObject()) {
      String n = string(e.getAsJsonObject().get("name"));
      if (n != null) {
        out.add(n);
      }
    } else if (e.isJsonPrimitive()) {
      out.add(e.getAsString());
    }
    return out;
  }

  /**
   * Why a page looks cut short, or null: it opens {@code <html>} or {@code <body>} but closes
   * neither, or it ends inside a tag.
   */
  static String truncation(String html) {
    String lower = html.toLowerCase(Locale.ROOT);
    int lastOpen = lower.lastIndexOf('<');
    int lastClose = lower.lastIndexOf('>');
    if (lastOpen > lastClose) {
      return "the file ends inside a tag";
    }
    boolean opensDoc = lower.contains("<html") || lower.contains("<body");
    if (opensDoc && !lower.contains("</html") && !lower.contains("</body")) {
      return "the file ends before </body> and </html>";
    }
    return null;
  }
}
