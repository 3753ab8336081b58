package org.newsgraph.corpus;

import java.util.List;
import java.util.Locale;

/** A saved web page or an HTML fragment: one article (see {@link HtmlPage}). Truncated pages are refused. */
final class HtmlFormat implements ArticleFormat {
  @Override
  public String name() {
    return "HTML";
  }

  @Override
  public List<String> extensions() {
    return List.of("html", "htm", "xhtml", "shtml");
  }

  @Override
  public boolean sniff(String head) {
    String h = head.stripLeading().toLowerCase(Locale.ROOT);
    return h.startsWith("<!doctype html") || h.startsWith("<html") || h.contains("<body")
        || (h.startsWith("<") && h.contains("<p>"))
        || (h.startsWith("<?xml") && h.contains("<html"));
  }

  @Override
  public Parsed read(String fileName, byte[] bytes) throws CorpusException {
    String html = TextDecoder.decode(fileName, bytes).text();
    String cut = HtmlPage.truncation(html);
    if (cut != null) {
      throw new CorpusException(fileName, "truncated HTML: " + cut + "; save the whole page again");
    }
    HtmlPage.Extracted page = HtmlPage.page(html);
    return Parsed.one(page.text(), page.meta());
  }
}
