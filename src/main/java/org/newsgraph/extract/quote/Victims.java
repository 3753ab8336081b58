package org.newsgraph.extract.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * The people an article says were killed, who speak no quotation through a pronoun: the object
 * of a verb of killing ("shot and killed X"), its passive subject ("X was murdered", "X was shot
 * dead", "X was fatally stabbed"). Verbs of
 * killing are the "death" class of the cue lexicon.
 */
final class Victims {
  private Victims() {}

  static Set<Ref> of(ArticleContext a, Cues cues) {
    Set<Ref> dead = new HashSet<>();
    for (Sentence s : a.sentences()) {
      Tree tree = new Tree(s);
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        if (!killing(cues, tree, t, i)) {
          continue;
        }
        // "X was shot and killed", "shot and killed X": the conjuncts share subject and object
        int first = tree.isLike(i, "conj") ? tree.head(i) : i;
        for (int v : new int[] {i, first}) {
          add(a, s, tree, tree.children(v, "obj"), dead);
          add(a, s, tree, tree.children(v, "nsubj:pass"), dead);
        }
      }
    }
    return dead;
  }

  /** "killed", "murdered"; "shot dead"; "fatally shot". */
  private static boolean killing(Cues cues, Tree tree, List<Token> t, int i) {
    if (!t.get(i).pos().equals("VERB")) {
      return false;
    }
    if (cues.death(t.get(i))) {
      return true;
    }
    for (int c : tree.children(i)) {
      String w = t.get(c).text().toLowerCase(Locale.ROOT);
      if (w.equals("fatally") || w.equals("dead") && c == i + 1) {
        return true;
      }
    }
    return false;
  }

  /** The people named by these words or in apposition to them ("a driver, X"). */
  private static void add(ArticleContext a, Sentence s, Tree tree, List<Integer> words, Set<Ref> dead) {
    for (int w : words) {
      if (!tree.children(w, "appos").isEmpty()) {
        add(a, s, tree, tree.children(w, "appos"), dead);
      }
      Optional<Mention> m = a.mentionAt(s.index(), w);
      if (m.isPresent() && m.get().type() == EntityType.PERSON) {
        dead.add(m.get().entity());
      }
    }
  }
}
