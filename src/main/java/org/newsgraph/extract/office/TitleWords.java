package org.newsgraph.extract.office;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Mention;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The word-level steps the title rules share: skipping a possessive, an age or a party label,
 * finding where a clause and its verbs end, the tense of a stretch of words, the mention at a word.
 */
final class TitleWords {
  private TitleWords() {}

  /** Whether a title is held now, was held before, or the words do not say. */
  enum Tense { NONE, HOLDS, HELD }

  /** Verbs after "who" (or the name) that say the person holds the title now. */
  static final Set<String> HOLDS = Set.of("is", "serves", "became", "remains", "has");
  /** Verbs that say the person held it before. */
  static final Set<String> HELD = Set.of("was", "served", "had");

  static boolean possessive(List<Token> t, int i) {
    String w = t.get(i).text();
    if (w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("s'") || w.endsWith("s\u2019")) {
      return true;
    }
    return i + 1 < t.size() && (t.get(i + 1).text().equals("'s") || t.get(i + 1).text().equals("\u2019s"));
  }

  static int afterPossessive(List<Token> t, int i) {
    return i + 1 < t.size() && (t.get(i + 1).text().equals("'s") || t.get(i + 1).text().equals("\u2019s")) ? i + 2 : i + 1;
  }

  /** After "Name," or right after the name: "who [also] is|serves as|served as|was elected ..." */
  static int clause(List<String> lower, int i, boolean comma) {
    int j = i;
    if (comma && j < lower.size() && lower.get(j).equals("who")) {
      j++;
    } else if (comma) {
      return i; // a plain apposition
    }
    return verbs(lower, j, !comma);
  }

  /** "serves as", "served two terms as", "was elected", "is" ...; -1 when no such verb is there. */
  static int verbs(List<String> lower, int j, boolean strict) {
    if (j < lower.size() && Set.of("also", "now", "currently", "later", "previously", "once").contains(lower.get(j))) {
      j++;
    }
    if (j >= lower.size()) {
      return -1;
    }
    String v = lower.get(j);
    if (v.equals("has") || v.equals("had")) {
      if (j + 1 < lower.size() && lower.get(j + 1).equals("been")) {
        j++;
      } else if (j + 1 < lower.size() && lower.get(j + 1).equals("served")) {
        j++;
      }
    } else if (!Set.of("is", "was", "serves", "served", "became", "remains").contains(v)) {
      return -1;
    }
    j++;
    if (j < lower.size() && Set.of("elected", "appointed", "named", "reelected", "re-elected", "sworn").contains(lower.get(j))) {
      j++;
      if (j < lower.size() && lower.get(j).equals("in")) {
        j++;
      }
    } else if (strict && !lower.get(j - 1).startsWith("serve")) {
      return -1; // "Name is ..." right after a name only as "Name served as", "Name was elected"
    }
    if (j + 2 < lower.size() && lower.get(j + 1).equals("terms") && lower.get(j + 2).equals("as")) {
      j += 2; // "served two terms as"
    }
    if (j < lower.size() && lower.get(j).equals("as")) {
      j++;
    }
    return j;
  }

  static Tense tenseOf(List<String> lower, int from, int to) {
    boolean elected = false;
    Tense tense = Tense.NONE;
    for (int k = from; k < to; k++) {
      String w = lower.get(k);
      if (Set.of("elected", "appointed", "named", "reelected", "re-elected", "sworn").contains(w)) {
        elected = true;
      } else if (HOLDS.contains(w) || w.equals("serves") || w.equals("remains")) {
        tense = Tense.HOLDS;
      } else if (HELD.contains(w)) {
        tense = Tense.HELD;
      }
    }
    return elected ? Tense.HOLDS : tense == Tense.NONE ? Tense.HOLDS : tense;
  }

  /** After one apposition: "and [the|a]", or "who [also] serves as"; -1 when none follows. */
  static int continuation(List<String> lower, int i) {
    if (i >= lower.size()) {
      return -1;
    }
    if (lower.get(i).equals("and")) {
      return i + 1;
    }
    if (lower.get(i).equals(",") && i + 1 < lower.size() && lower.get(i + 1).equals("who")) {
      return verbs(lower, i + 2, false);
    }
    if (!lower.get(i).equals("who")) {
      return -1;
    }
    return verbs(lower, i + 1, false);
  }

  static int skipAge(List<Token> t, int i) {
    if (i + 1 < t.size() && t.get(i).text().matches("\\d{1,3}") && t.get(i + 1).text().equals(",")) {
      return i + 2;
    }
    return i;
  }

  static int skipParty(List<Token> t, int i) {
    if (i + 1 < t.size() && t.get(i).text().length() == 2 && t.get(i).text().endsWith("-")) {
      int j = i + 1;
      while (j < t.size() && !t.get(j).text().equals(",") && j - i < 5) {
        j++;
      }
      return j < t.size() ? j + 1 : i;
    }
    return i;
  }

  static int tokenAt(Sentence s, int charEnd) {
    for (int k = 0; k < s.tokens().size(); k++) {
      if (s.tokens().get(k).start() >= charEnd) {
        return k;
      }
    }
    return s.tokens().size();
  }

  /** A place or organisation mention that covers token {@code k} and starts before it. */
  static Mention mentionOver(ArticleContext a, Sentence s, int k) {
    for (Mention x : a.mentionsIn(s.index())) {
      if (x.type() != EntityType.PERSON && x.startToken() < k && k < x.endToken() && x.endToken() == k + 1) {
        return x;
      }
    }
    return null;
  }

  static Mention mentionEndingAt(ArticleContext a, Sentence s, int tokenEnd) {
    for (Mention x : a.mentionsIn(s.index())) {
      if (x.endToken() == tokenEnd && x.type() != EntityType.PERSON) {
        return x;
      }
    }
    return null;
  }

  private static final Set<String> PARTY_WORDS = Set.of("republican", "democrat", "democratic", "independent");

  /**
   * The place in "Name of Place", "Name, Republican of Place," or a legislator's party tag after
   * the name, "Name (D-N.Y.)", "Name, R-Ariz.," (a state's only: a home town names no seat).
   */
  static Mention placeOfAfter(ArticleContext a, Sentence s, List<String> lower, Mention m) {
    int i = m.endToken();
    if (i + 2 < lower.size() && (lower.get(i).equals("(") || lower.get(i).equals(","))
        && lower.get(i + 1).matches("[dri]-")) {
      Optional<Mention> p = a.mentionAt(s.index(), i + 2);
      if (p.isPresent() && p.get().startToken() == i + 2 && p.get().type() == EntityType.PLACE
          && Jurisdictions.level(a.labelOf(p.get()), Lexicons.get()).equals("state")) {
        return p.get();
      }
      return null;
    }
    if (i + 1 < lower.size() && lower.get(i).equals(",") && PARTY_WORDS.contains(lower.get(i + 1))) {
      i += 2;
    }
    if (i + 1 >= lower.size() || !lower.get(i).equals("of")) {
      return null;
    }
    Optional<Mention> p = a.mentionAt(s.index(), i + 1);
    if (p.isEmpty() || p.get().startToken() != i + 1 || p.get().type() != EntityType.PLACE) {
      return null;
    }
    int after = p.get().endToken();
    boolean ends = after >= lower.size() || Set.of(",", ".", ";", ")", "said", "says", "and", "who", "has", "had", "is", "was")
        .contains(lower.get(after));
    return ends ? p.get() : null;
  }

  private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should", "'d", "\u2019d");

  /**
   * Whether a predicate is only wished or supposed: a modal among its auxiliaries ("would be",
   * "could serve as"; "'d" unless it is "had been").
   */
  static boolean irrealis(org.newsgraph.nlp.syntax.Tree tree, List<String> lower, int head) {
    List<Integer> aux = tree.childrenLike(head, "aux");
    boolean been = aux.stream().anyMatch(x -> lower.get(x).equals("been"));
    return aux.stream().anyMatch(x -> MODALS.contains(lower.get(x)) && !(lower.get(x).endsWith("d") && lower.get(x).length() == 2 && been));
  }
}
