package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.Span;

/**
 * Splits tokens into the words Universal Dependencies (and so the tagger, parser and name model,
 * trained on UD treebanks) see: clitics and contractions become words of their own ("did|n't",
 * "ca|n't", "wo|n't", "I|'m", "we|'re", "they|'ve", "you|'ll", "she|'d", "it|'s", "Roe|'s",
 * "can|not", "gon|na"), with straight or curly apostrophes. Each word is a piece of the token, so
 * offsets stay exact. The OpenNLP token model leaves all of these whole. A bare possessive
 * apostrophe ("Sheriffs'", "Victims’") is left as the token model gives it: it keeps it on
 * capitalised words, which the name rules read as one word of a name ("Fox News' Talia Kaplan").
 */
public final class Contractions {
  private static final String[] CLITICS = {"n't", "'s", "'m", "'d", "'re", "'ve", "'ll"};
  /** Whole words written as two (UD EWT splits them so), with where the second starts. */
  private static final String[][] FUSED = {{"cannot", "3"}, {"gonna", "3"}, {"wanna", "3"}, {"gotta", "3"}};

  private Contractions() {}

  /** The spans of {@code text} with each contraction split; the same array if nothing is split. */
  public static Span[] split(String text, Span[] spans) {
    List<Span> out = null;
    for (int i = 0; i < spans.length; i++) {
      Span s = spans[i];
      int cut = cut(text.substring(s.getStart(), s.getEnd()));
      if (cut > 0 && out == null) {
        out = new ArrayList<>(spans.length + 4);
        for (int k = 0; k < i; k++) {
          out.add(spans[k]);
        }
      }
      if (cut > 0) {
        out.add(new Span(s.getStart(), s.getStart() + cut));
        out.add(new Span(s.getStart() + cut, s.getEnd()));
      } else if (out != null) {
        out.add(s);
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  /** Where the second word of {@code token} starts, or 0 if it is one word. */
  static int cut(String token) {
    if (token.length() < 2) {
      return 0;
    }
    // a right single quote is an apostrophe; so is a left one inside a word ("Roe\u2018s", a
    // typesetting slip of real text): a clitic is only ever cut after a letter or digit
    String w = token.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
    for (String c : CLITICS) {
      int at = w.length() - c.length();
      if (at > 0 && w.endsWith(c) && Character.isLetterOrDigit(w.charAt(at - 1))) {
        return at;
      }
    }
    for (String[] f : FUSED) {
      if (w.equals(f[0])) {
        return Integer.parseInt(f[1]);
      }
    }
    return 0;
  }
}
