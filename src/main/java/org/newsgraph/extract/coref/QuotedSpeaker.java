package org.newsgraph.extract.coref;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * Who speaks a quotation, for the pronouns inside it: a speaker says "I", so "he" or "she" inside
 * his own words is someone else ("'He was arrested twice,' Roe said": not Roe).
 */
final class QuotedSpeaker {
  private static final Set<String> SAY = Set.of("say", "tell", "add", "write", "explain", "argue", "insist", "claim",
      "note", "ask", "state", "continue", "recall", "tweet", "declare", "warn");
  private static final Set<String> MARKS = Set.of("\"", "\u201c", "\u201d", "\u2018", "\u2019", "''", "``");

  private QuotedSpeaker() {}

  /** Which words of the sentence stand between quotation marks. */
  static boolean[] quoted(Sentence s) {
    List<Token> t = s.tokens();
    boolean[] in = new boolean[t.size()];
    boolean open = false;
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).text();
      boolean mark = MARKS.contains(w) && !(w.equals("\u2019") && i > 0 && Character.isLetter(last(t.get(i - 1).text())));
      if (mark) {
        open = !open;
      } else {
        in[i] = open;
      }
    }
    return in;
  }

  private static char last(String w) {
    return w.isEmpty() ? ' ' : w.charAt(w.length() - 1);
  }

  /** The person who is the subject of a say-verb outside the quotation marks, or null. */
  static Ref of(ArticleContext a, Sentence s, Tree tree, boolean[] quoted) {
    for (Mention m : a.mentionsIn(s.index())) {
      if (m.type() != EntityType.PERSON || quoted[m.startToken()]) {
        continue;
      }
      int v = Coreference.subjectOf(tree, m);
      if (v >= 0 && !quoted[v] && SAY.contains(s.tokens().get(v).lemma().toLowerCase(Locale.ROOT))) {
        return m.entity();
      }
    }
    return null;
  }
}
