package org.newsgraph.extract.facts.events;

/**
 * Where a sentence quotes someone: the characters inside quotation marks (“…”, "…", ''…''),
 * including the beginning of a sentence that continues a quotation opened before it.
 */
final class Quotes {
  private Quotes() {}

  /** For each character of {@code text}, whether it lies inside a quotation. */
  static boolean[] inside(String text) {
    boolean[] out = new boolean[text.length() + 1];
    // a sentence that begins inside a quotation opened in the one before: an odd number of
    // straight marks, or a closing curly mark before any opening one
    long straight = text.chars().filter(c -> c == '"').count();
    int open = text.indexOf('\u201c');
    int close = text.indexOf('\u201d');
    boolean in = straight % 2 == 1 && (text.indexOf('"') > 0 || text.isEmpty()) && !text.startsWith("\"")
        || close >= 0 && (open < 0 || close < open);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u201c') {
        in = true;
      } else if (c == '\u201d') {
        in = false;
      } else if (c == '"') {
        in = !in;
      } else if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
        in = !in;
        out[i] = in;
        i++;
      }
      out[i] = in;
    }
    return out;
  }

  /**
   * Whether the character at {@code at} is in a quotation that is the speaker's own sentence (it
   * opens the sentence, or the sentence begins inside it), not a phrase quoted inside the
   * article's report ("he said he \"hand-delivered a letter\"").
   */
  static boolean inFullQuotation(String text, int at) {
    boolean[] in = inside(text);
    if (at < 0 || at >= text.length() || !in[at]) {
      return false;
    }
    int i = at;
    while (i >= 0 && in[i]) {
      i--;
    }
    return i < 0 || text.substring(0, i + 1).replaceAll("[\\p{Punct}\\s\u201c\u201d\u2018\u2019]", "").isEmpty();
  }

  /** Whether the sentence holds a quotation. */
  static boolean any(String text) {
    return text.indexOf('\u201c') >= 0 || text.indexOf('"') >= 0 || text.contains("''");
  }
}
