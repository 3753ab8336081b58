package org.newsgraph.nlp.ner;

import java.util.List;
import java.util.stream.IntStream;
import org.newsgraph.nlp.NameSpan;

/**
 * Capitalised words of the page that are no names: a headline in title case, a programme's title
 * ("Fox & Friends First"), page furniture and time-zone words ("LIVE", "EST"), a bill's number.
 */
final class PageText {
  private final NerLexicon lexicon;
  private final org.newsgraph.nlp.Lexicons ruleLexicon = org.newsgraph.nlp.Lexicons.get();

  PageText(NerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Drops the names of {@code out} that are page text of the sentence's words. */
  void drop(String[] words, List<NameSpan> out) {
    dropProgrammes(words, out);
    if (titleCaseHeadline(words)) {
      // "Mayor Wins Budget Fight As Council Caves": capitals say nothing in a title-case headline;
      // a name with a word that is nearly always written in lower case is none
      out.removeIf(n -> n.length() > 1 && IntStream.range(n.start(), n.end())
          .anyMatch(k -> lexicon.isLowercaseWord(words[k]) && !lexicon.isFirstName(words[k])));
    }
    out.removeIf(n -> pageWordsOnly(words, n) || BILL_NUMBER.matcher(words[n.start()]).matches() && n.length() <= 2);
  }

  /**
   * A headline in title case: four words or more, nearly all capitalised, and at least two of them
   * words that are nearly always written in lower case ("Wins", "As"). A line with a semicolon or
   * with two numbers or more is a list of names and dates ("Quarrow Air Force , 2 June 1943 ;"),
   * not a headline.
   */
  private boolean titleCaseHeadline(String[] words) {
    int letters = 0;
    int capitals = 0;
    int common = 0;
    int numbers = 0;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.equals(";") || (TableRules.isNumber(w) && ++numbers >= 2)) {
        return false;
      }
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      letters++;
      if (Character.isUpperCase(w.charAt(0))) {
        capitals++;
        if (i > 0 && lexicon.isLowercaseWord(w)) {
          common++;
        }
      }
    }
    return letters >= 4 && capitals * 10 >= letters * 9 && common >= 2;
  }

  /**
   * Rule: a broadcaster's name joined by "&" to capitalised words is a programme's title ("Fox &
   * Friends First"), no organisation or person: names inside it are dropped.
   */
  private void dropProgrammes(String[] words, List<NameSpan> out) {
    for (int i = 0; i + 2 < words.length; i++) {
      if (!words[i + 1].equals("&") || !ruleLexicon.isKnownOrganization(words[i])
          || !NameEvidence.capitalised(words[i + 2])) {
        continue;
      }
      int end = i + 2;
      while (end < words.length && NameEvidence.capitalised(words[end])) {
        end++;
      }
      int from = i;
      int to = end;
      out.removeIf(n -> n.start() < to && from < n.end());
    }
  }

  /** A bill's number ("HB2", "SB 214"): a law, not an organisation. */
  private static final java.util.regex.Pattern BILL_NUMBER =
      java.util.regex.Pattern.compile("(?:[HS]B|AB|HR|SR|HJR|SJR)\\d*");

  /** A name made only of page furniture and time-zone words ("LIVE", "PRESS CONFERENCE", "EST"). */
  private boolean pageWordsOnly(String[] words, NameSpan n) {
    for (int i = n.start(); i < n.end(); i++) {
      if (!ruleLexicon.isPageWord(words[i])) {
        return false;
      }
    }
    return true;
  }
}
