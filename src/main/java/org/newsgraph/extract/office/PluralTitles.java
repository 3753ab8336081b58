package org.newsgraph.extract.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Mention;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.nlp.Sentence;

/**
 * A title in the plural and the people it counts, named after "among them" or "including": "Four
 * council members voted no, among them Ana Roe and Bo Lind", "three former senators, including Ana
 * Roe". Each named person holds (or held, after "former") the title; its jurisdiction is found as
 * for a bare title.
 */
final class PluralTitles {
  /** How far before the cue the plural title may stand. */
  private static final int WINDOW = 10;

  private final Lexicons lex;

  PluralTitles(Lexicons lex) {
    this.lex = lex;
  }

  Optional<TitleUse> find(ArticleContext a, Sentence s, List<String> lower, Mention m) {
    int j = m.startToken() - 1;
    // back over the names listed before this one: "among them A, B and C"
    while (j >= 0 && (lower.get(j).equals(",") || lower.get(j).equals("and") || lower.get(j).equals("-")
        || a.mentionAt(s.index(), j).isPresent() || Character.isUpperCase(s.tokens().get(j).text().charAt(0)))) {
      j--;
    }
    int cue;
    if (j >= 1 && lower.get(j).equals("them") && lower.get(j - 1).equals("among")) {
      cue = j - 1;
    } else if (j >= 0 && lower.get(j).equals("including")) {
      cue = j;
    } else {
      return Optional.empty();
    }
    List<String> singular = new ArrayList<>(lower);
    for (int k = Math.max(0, cue - WINDOW); k < cue; k++) {
      String w = lower.get(k);
      if (w.length() > 3 && w.endsWith("s")) {
        singular.set(k, w.substring(0, w.length() - 1));
      }
    }
    for (int k = Math.max(0, cue - WINDOW); k < cue; k++) {
      Optional<Lexicons.Title> t = lex.titleAt(singular, k);
      int last = t.isEmpty() ? -1 : k + t.get().words().size() - 1;
      if (t.isEmpty() || !t.get().makesOffice() || last >= cue || singular.get(last).equals(lower.get(last))) {
        continue; // no title here, or one in the singular
      }
      boolean former = k > 0 && TitleUses.FORMER.contains(lower.get(k - 1));
      int startChar = s.tokens().get(k).start();
      String surface = a.text().substring(startChar, s.tokens().get(last).end());
      return Optional.of(new TitleUse(m, t.get(), null, "", former, s, startChar, m.end(), surface, "plural-title-list"));
    }
    return Optional.empty();
  }
}
