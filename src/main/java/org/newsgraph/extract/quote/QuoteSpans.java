package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations in a paragraph: text between double quotes (straight or curly) or between
 * single curly quotes used as quotation marks (‘…’), telling apostrophes ("Quist’ wife", "it’s")
 * from closing marks, or between two apostrophes in a row (''…''), the quotation marks of some
 * newspapers' archives. Quote marks nested inside a quotation are kept in its text. A quotation left
 * open at the end of the paragraph runs to its end (news continue a quotation into the next
 * paragraph by opening it again).
 */
public final class QuoteSpans {
  private QuoteSpans() {}

  /** A quotation's content, without its marks: [start, end) in the text; closed or running on. */
  public record Span(int start, int end, boolean closed) {}

  public static List<Span> find(String text, int from, int to) {
    List<Span> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      Kind k = opening(text, i, from, to);
      if (k == null) {
        i++;
        continue;
      }
      int width = k == Kind.TWO_APOSTROPHES ? 2 : 1;
      int contentStart = i + width;
      int close = closing(text, contentStart, to, k);
      if (close < 0) {
        int end = to;
        if (end > contentStart) {
          out.add(new Span(contentStart, end, false));
        }
        break;
      }
      if (close > contentStart) {
        out.add(new Span(contentStart, close, true));
      }
      i = close + width;
    }
    return out;
  }

  private enum Kind { DOUBLE, SINGLE, TWO_APOSTROPHES }

  private static Kind opening(String t, int i, int from, int to) {
    char c = t.charAt(i);
    boolean atWordStart = i == from || isOpenContext(t.charAt(i - 1));
    boolean beforeText = i + 1 < to && !Character.isWhitespace(t.charAt(i + 1));
    if (c == '\u201c') {
      return Kind.DOUBLE;
    }
    if (c == '\'' && t.startsWith("''", i) && atWordStart && i + 2 < to && !Character.isWhitespace(t.charAt(i + 2))
        && t.charAt(i + 2) != '\'') {
      return Kind.TWO_APOSTROPHES;
    }
    if (c == '"' && atWordStart && beforeText) {
      return Kind.DOUBLE;
    }
    if (c == '\u2018' && atWordStart && beforeText) {
      return Kind.SINGLE;
    }
    if (c == '\'' && atWordStart && beforeText && i + 1 < to && Character.isLetter(t.charAt(i + 1))
        && hasSingleClose(t, i + 1, to)) {
      return Kind.SINGLE;
    }
    return null;
  }

  private static boolean hasSingleClose(String t, int from, int to) {
    for (int j = from; j < to; j++) {
      if (t.charAt(j) == '\'' && isClosingContext(t, j, to)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOpenContext(char prev) {
    return Character.isWhitespace(prev) || prev == '(' || prev == '[' || prev == '\u2014' || prev == '\u2013'
        || prev == '-' || prev == ':' || prev == '\u201c' || prev == '"' || prev == '\u2018';
  }

  /** A closing mark: followed by the end, a space or punctuation, not by a letter or digit. */
  private static boolean isClosingContext(String t, int j, int to) {
    return j + 1 >= to || !Character.isLetterOrDigit(t.charAt(j + 1));
  }

  private static int closing(String t, int from, int to, Kind k) {
    int depth = 0; // straight double quotes nested inside: "celebrating "accomplishments," we need"
    for (int j = from; j < to; j++) {
      char c = t.charAt(j);
      if (k == Kind.TWO_APOSTROPHES) {
        if (t.startsWith("''", j) && isClosingContext(t, j + 1, to)) {
          return j;
        }
      } else if (k == Kind.DOUBLE) {
        if (c == '\u201d') {
          if (depth == 0) {
            return j;
          }
          depth--;
        } else if (c == '\u201c') {
          depth++;
        } else if (c == '"') {
          boolean opensNested = j > from && Character.isWhitespace(t.charAt(j - 1))
              && j + 1 < to && Character.isLetterOrDigit(t.charAt(j + 1));
          if (opensNested) {
            depth++;
          } else if (depth > 0) {
            depth--;
          } else {
            return j;
          }
        }
      } else {
        boolean mark = c == '\u2019' || c == '\'';
        if (mark && isClosingContext(t, j, to) && !isPluralPossessive(t, j, from)) {
          return j;
        }
      }
    }
    return -1;
  }

  /** "the officers’ families": an apostrophe after a plural noun followed by a space and a word. */
  private static boolean isPluralPossessive(String t, int j, int from) {
    if (j <= from || t.charAt(j - 1) != 's') {
      return false;
    }
    int k = j + 1;
    if (k + 1 >= t.length() || t.charAt(k) != ' ') {
      return false;
    }
    return Character.isLowerCase(t.charAt(k + 1)) || Character.isUpperCase(t.charAt(k + 1)) && !isSentenceEndBefore(t, j);
  }

  private static boolean isSentenceEndBefore(String t, int j) {
    int k = j - 1;
    while (k >= 0 && Character.isLetter(t.charAt(k))) {
      k--;
    }
    return k >= 0 && (t.charAt(k) == '.' || t.charAt(k) == ',');
  }
}
