package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.corpus.Block;
import org.newsgraph.extract.ArticleContext;

/**
 * The quotations of an article ({@link QuoteSpans} per paragraph), titles left out ({@link
 * Titles}). A quotation left open at a paragraph's end goes on in the next paragraph that opens
 * with a quote mark, as news write a quotation over several paragraphs.
 */
final class QuoteFinder {
  /** The quotations in text order, and which characters lie inside one (or on its marks). */
  record Found(List<Quotation> quotes, boolean[] inQuote) {}

  private final Titles titles;

  QuoteFinder(Cues cues) {
    this.titles = new Titles(cues);
  }

  Found find(ArticleContext a) {
    String text = a.text();
    List<Quotation> quotes = new ArrayList<>();
    Quotation open = null;
    for (Block b : a.article().blocks()) {
      List<QuoteSpans.Span> spans = QuoteSpans.find(text, b.start(), b.end());
      boolean any = false;
      for (QuoteSpans.Span s : spans) {
        if (titles.isTitle(text, s, b.start())) {
          continue;
        }
        any = true;
        boolean continues = open != null && s.start() <= b.start() + 2 && text.substring(b.start(), s.start()).strip()
            .replaceAll("[\"\u201c\u2018']", "").isEmpty();
        if (!continues) {
          open = new Quotation();
          quotes.add(open);
        }
        open.parts.add(s);
        if (s.closed()) {
          open = null;
        }
      }
      if (!any) {
        open = null;
      }
    }
    boolean[] inQuote = new boolean[text.length() + 1];
    for (Quotation q : quotes) {
      for (QuoteSpans.Span s : q.parts) {
        int markBefore = s.start() >= 2 && text.startsWith("''", s.start() - 2) ? 2 : 1;
        int markAfter = text.startsWith("''", s.end()) ? 2 : 1;
        for (int i = Math.max(0, s.start() - markBefore); i < Math.min(text.length(), s.end() + markAfter); i++) {
          inQuote[i] = true;
        }
      }
    }
    return new Found(quotes, inQuote);
  }

  /** The index of the paragraph holding a character offset, or -1. */
  static int blockOf(ArticleContext a, int offset) {
    List<Block> bs = a.article().blocks();
    for (int i = 0; i < bs.size(); i++) {
      if (bs.get(i).start() <= offset && offset <= bs.get(i).end()) {
        return i;
      }
    }
    return -1;
  }
}
