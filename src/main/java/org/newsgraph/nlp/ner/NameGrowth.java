package org.newsgraph.nlp.ner;

import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** Names grown over what the finders split: a nickname in quotes inside a name, an ordinal after it. */
final class NameGrowth {
  private NameGrowth() {}

  private static final java.util.regex.Pattern ORDINAL =
      java.util.regex.Pattern.compile("\\d+(?:st|nd|rd|th|d)");

  /**
   * Rules on a person's name: a nickname in quotes between first and last name belongs to it
   * (William " Cowboy " Cowley).
   */
  static void joinNicknames(Sentence s, String[] words, List<NameSpan> out) {
    for (int i = 0; i < out.size(); i++) {
      NameSpan n = out.get(i);
      if (n.type() != EntityType.PERSON) {
        continue;
      }
      int e = n.end();
      NameSpan x = null;
      if (e + 2 < words.length && isQuote(words[e])) {
        int close = e + 1;
        while (close < words.length && close - e <= 3 && NameEvidence.capitalised(words[close])) {
          close++;
        }
        int last = close + 1;
        while (last < words.length && last - close <= 3 && NameEvidence.capitalised(words[last])
            && s.tokens().get(last).isProperNoun()) {
          last++;
        }
        if (close > e + 1 && close < words.length && isQuote(words[close]) && last > close + 1) {
          x = new NameSpan(n.start(), last, EntityType.PERSON, n.confidence(), n.source() + "+nickname");
        }
      }
      if (x != null) {
        NameSpan y = x;
        boolean crosses = false;
        for (NameSpan o : out) {
          if (o != n && o.overlaps(y) && (o.end() > y.end() || o.type() != EntityType.PERSON)) {
            crosses = true;
          }
        }
        if (!crosses) {
          out.removeIf(o -> o.overlaps(y));
          out.add(Math.min(i, out.size()), y);
        }
      }
    }
  }

  private static boolean isQuote(String w) {
    return w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("\u201c") || w.equals("\u201d");
  }

  /**
   * Rule: an ordinal right before an organisation belongs to it ("65th Air Division"), and so does
   * a bare number of one to three digits before a military unit ("3 Air Division", "4 Fighter
   * Wing"; not "3 Air Force planes").
   */
  static void extendOrdinals(Sentence s, List<NameSpan> out, NerLexicon lexicon) {
    for (int i = 0; i < out.size(); i++) {
      NameSpan n = out.get(i);
      String before = n.start() > 0 ? s.tokens().get(n.start() - 1).text() : "";
      boolean unit = before.matches("\\d{1,3}") && n.length() >= 2
          && lexicon.isUnitHead(s.tokens().get(n.end() - 1).text());
      if (n.type() == EntityType.ORGANIZATION && n.start() > 0 && (unit || ORDINAL.matcher(before).matches())) {
        NameSpan x = new NameSpan(n.start() - 1, n.end(), n.type(), n.confidence(), n.source() + "+ordinal");
        NameEdges.replaceIfFree(out, i, x);
      }
    }
  }

  /**
   * "London and South Western Railway": a name right before "and" joins an organisation whose
   * head ends it, when both sides are capitalised and nothing else is between them.
   */
  static void joinBeforeAnd(String[] words, List<NameSpan> out, NerLexicon lexicon) {
    for (int i = 0; i < out.size(); i++) {
      NameSpan n = out.get(i);
      if (n.type() != EntityType.ORGANIZATION || n.start() < 2 || !words[n.start() - 1].equals("and")
          || !lexicon.isRuleOrgHead(words[n.end() - 1])) {
        continue;
      }
      for (NameSpan m : out) {
        if (m != n && m.end() == n.start() - 1 && m.length() <= 3 && m.type() != EntityType.ORGANIZATION
            && (m.start() == 0 || !NameEvidence.capitalised(words[m.start() - 1]))) {
          NameSpan joined = new NameSpan(m.start(), n.end(), EntityType.ORGANIZATION, n.confidence(), n.source() + "+and");
          out.remove(m);
          out.set(out.indexOf(n), joined);
          break;
        }
      }
    }
  }
}
