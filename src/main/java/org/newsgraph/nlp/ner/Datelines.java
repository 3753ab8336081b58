package org.newsgraph.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;

/**
 * The place of a dateline, written in capitals where the model, which learned from ordinary case,
 * is weakest: capitals that start the sentence and stand before a comma, a dash, a bracket or a
 * date ("CARSON CITY, Nev. —", "HELENA, Montana (Reuters)", "MADRID 1996-12-06"), when they are a
 * known place, or a state follows the comma, or a dash follows them outside a headline.
 */
final class Datelines {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?");
  private static final int MAX_WORDS = 4;

  private final NerLexicon lexicon;

  Datelines(NerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<NameSpan> find(Sentence s, String[] words, boolean headline) {
    List<NameSpan> out = new ArrayList<>();
    NameSpan d = dateline(words, headline);
    if (d != null) {
      out.add(d);
    }
    return out;
  }

  private NameSpan dateline(String[] words, boolean headline) {
    int end = 0;
    while (end < words.length && end < MAX_WORDS && capitals(words[end]) && letters(words[end])) {
      end++;
    }
    if (end == 0 || end >= words.length) {
      return null;
    }
    for (int i = 0; i < end; i++) {
      if (org.newsgraph.nlp.Lexicons.get().isPageWord(words[i])) {
        return null;
      }
    }
    String next = words[end];
    boolean known = lexicon.placeKind(words, 0, end) != null;
    boolean dash = next.equals("\u2014") || next.equals("--") || next.equals("\u2013") || next.equals("-");
    boolean stateAfter = next.equals(",") && end + 1 < words.length && (isState(words, end + 1, end + 2)
        || isState(words, end + 1, Math.min(words.length, end + 3)));
    boolean dated = DATE.matcher(next).matches() || next.equals("(");
    if ((known && (next.equals(",") || dash || dated)) || stateAfter || (dash && end <= 3 && !headline)) {
      return new NameSpan(0, end, EntityType.PLACE, 0.7, "rule:dateline");
    }
    return null;
  }

  private boolean isState(String[] words, int from, int to) {
    String k = lexicon.placeKind(words, from, to);
    return "state".equals(k) || "country".equals(k);
  }

  /** Every letter a capital, at least one letter ("NEW", "ST.", "AL-AIN"). */
  static boolean capitals(String w) {
    boolean letter = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  /** Letters, hyphens, periods and apostrophes only. */
  private static boolean letters(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '.' && c != '\'') {
        return false;
      }
    }
    return !w.toLowerCase(Locale.ROOT).equals(w);
  }
}
