package org.newsgraph.extract.coref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Definite descriptions of people and organisations: "the sheriff", "the district attorney" is the
 * person the article gave that title, the last one named before it (else the first after);
 * "the department", "the union" is the last organisation named before it whose name ends with that
 * word. Read at the description's head word.
 */
public final class Nominals {
  private static final Set<String> DETERMINERS = Set.of("the", "this", "that");
  private static final int MAX_ADJECTIVES = 2;

  private final Lexicons lex;
  /** The people the article gives each title (canonical, lower case), in text order. */
  private final Map<String, List<Mention>> holders;

  public Nominals(Lexicons lex, Map<String, List<Mention>> holders) {
    this.lex = lex;
    this.holders = holders;
  }

  Optional<Ref> resolve(ArticleContext a, Sentence s, int i) {
    List<Token> t = s.tokens();
    Token head = t.get(i);
    if (!head.pos().equals("NOUN") && !head.pos().equals("PROPN")) {
      return Optional.empty();
    }
    List<String> lower = new ArrayList<>(t.size());
    for (Token k : t) {
      lower.add(k.text().toLowerCase(Locale.ROOT));
    }
    // the title ending at i, after a determiner and up to two adjectives
    for (int start = Math.max(0, i - lex.maxTitleWords() + 1); start <= i; start++) {
      Optional<Lexicons.Title> title = lex.titleAt(lower, start);
      if (title.isEmpty() || start + title.get().words().size() != i + 1 || !determined(t, lower, start)) {
        continue;
      }
      List<Mention> hs = holders.getOrDefault(title.get().canonical().toLowerCase(Locale.ROOT), List.of());
      return nearest(hs, s.index(), i);
    }
    if (head.pos().equals("NOUN") && determined(t, lower, i) && lex.isOrganizationHead(capitalised(lower.get(i)))) {
      Mention last = null;
      for (Mention m : a.mentions()) {
        if (m.type() != EntityType.ORGANIZATION || !before(m, s.index(), i)) {
          continue;
        }
        String label = a.labelOf(m).toLowerCase(Locale.ROOT);
        if (label.endsWith(" " + lower.get(i)) || label.equals(lower.get(i))) {
          last = m;
        }
      }
      return Optional.ofNullable(last).map(Mention::entity);
    }
    return Optional.empty();
  }

  private static String capitalised(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** A determiner right before {@code start}, or one and up to two adjectives. */
  private static boolean determined(List<Token> t, List<String> lower, int start) {
    int k = start - 1;
    int adjectives = 0;
    while (k >= 0 && adjectives < MAX_ADJECTIVES && t.get(k).pos().equals("ADJ")) {
      k--;
      adjectives++;
    }
    return k >= 0 && DETERMINERS.contains(lower.get(k));
  }

  private static boolean before(Mention m, int sentence, int token) {
    return m.sentence() < sentence || (m.sentence() == sentence && m.endToken() <= token);
  }

  private static Optional<Ref> nearest(List<Mention> hs, int sentence, int token) {
    Mention last = null;
    for (Mention m : hs) {
      if (before(m, sentence, token)) {
        last = m;
      }
    }
    if (last == null && !hs.isEmpty()) {
      last = hs.get(0);
    }
    return Optional.ofNullable(last).map(Mention::entity);
  }
}
