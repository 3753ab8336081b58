package org.newsgraph.extract.quote;

import java.util.Locale;
import java.util.Set;

/**
 * Titles in quote marks are no quotations: a short quotation in title case ("Meet the Press", "The
 * Long Road Home") right after a possessive ("NBC's"), after "on" ("said on 'Face the Nation'") or
 * within three words after a noun of a titled work ("the book", "a film titled").
 */
final class Titles {
  private static final int MAX_WORDS = 6;
  private static final Set<String> SMALL = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or",
      "but", "with", "by", "from", "as", "is", "vs.", "de", "la", "el", "del");

  private final Cues cues;

  Titles(Cues cues) {
    this.cues = cues;
  }

  boolean isTitle(String text, QuoteSpans.Span s, int paragraphStart) {
    if (!s.closed() || !titleCase(text.substring(s.start(), s.end()))) {
      return false;
    }
    String[] before = wordsBefore(text, s.start(), paragraphStart);
    if (before.length == 0) {
      return false;
    }
    String last = before[before.length - 1];
    if (last.endsWith("'s") || last.endsWith("\u2019s") || last.equals("on")) {
      return true;
    }
    for (int k = before.length - 1; k >= Math.max(0, before.length - 3); k--) {
      if (cues.work(before[k].replaceAll("[^\\p{L}-]", ""))) {
        return true;
      }
    }
    return false;
  }

  private static boolean titleCase(String q) {
    String[] w = q.strip().replaceAll("[.,!?]+$", "").split("\\s+");
    if (w.length == 0 || w.length > MAX_WORDS || w[0].isEmpty() || !Character.isUpperCase(w[0].charAt(0))) {
      return false;
    }
    for (int i = 0; i < w.length; i++) {
      String x = w[i];
      if (x.isEmpty() || SMALL.contains(x.toLowerCase(Locale.ROOT))) {
        continue;
      }
      char c = x.charAt(0);
      if (!Character.isUpperCase(c) && !Character.isDigit(c) && c != '(') {
        return false;
      }
      if (x.matches(".*[.!?,;:]$") && i < w.length - 1) {
        return false; // a sentence inside: words, not a title
      }
    }
    return true;
  }

  /** The lower-cased words of the paragraph before {@code offset} (up to six), quote marks dropped. */
  private static String[] wordsBefore(String text, int offset, int paragraphStart) {
    int from = Math.max(paragraphStart, offset - 60);
    String head = text.substring(from, offset).replaceAll("[\"\u201c\u2018']+\\s*$", "").strip();
    if (head.isEmpty()) {
      return new String[0];
    }
    String[] w = head.toLowerCase(Locale.ROOT).split("\\s+");
    int n = Math.min(6, w.length);
    String[] out = new String[n];
    System.arraycopy(w, w.length - n, out, 0, n);
    return out;
  }
}
