package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Ref;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * Who said a quotation, read from the dependency tree of a sentence it touches. The cue is the
 * nearest speech verb above the quotation ("X said the mayor had 'spent months'": said; "X called
 * the plan 'reckless'": called; "X accused Y of 'lying'") or one hanging from it ("'...,' he said"
 * as a parataxis of the quoted clause); the speaker is the subject of the cue, taken through
 * conjoined and subordinate verbs ("X endorsed Y, calling her '...'") and resolved by {@link
 * Referents}.
 */
final class TreeSpeakers {
  /** How far above the quotation the cue may be (in dependency steps). */
  private static final int MAX_STEPS = 5;

  private final Cues cues;
  private final Referents referents;

  TreeSpeakers(Cues cues, Referents referents) {
    this.cues = cues;
    this.referents = referents;
  }

  /** A speaker and the cue lemma that gave it; no speaker when the cue's subject is a name not known. */
  record Found(Ref speaker, String cue) {}

  Optional<Found> speaker(ArticleContext a, Sentence s, Quotation q, boolean[] inQuote) {
    List<Token> t = s.tokens();
    boolean[] in = new boolean[t.size()];
    boolean any = false;
    for (int i = 0; i < t.size(); i++) {
      in[i] = inQuote[t.get(i).start()] && inside(q, t.get(i).start());
      any |= in[i];
    }
    if (!any) {
      return Optional.empty();
    }
    Tree tree = new Tree(s);
    int cue = cue(tree, t, in, inQuote);
    if (cue < 0) {
      return Optional.empty();
    }
    boolean goesOn = cues.continuing(t.get(cue));
    String lemma = t.get(cue).lemma().toLowerCase(Locale.ROOT);
    List<Integer> subjects = new ArrayList<>();
    for (int subject : subjectsOf(t, tree, cue)) {
      if (!inQuote[t.get(subject).start()]) {
        subjects.add(subject); // "'... for Vera Holt,' said Ana Ruiz": no one quoted speaks
      }
    }
    for (int subject : subjects) {
      Optional<Ref> who = referents.of(a, s, tree, subject, goesOn);
      if (who.isPresent()) {
        return Optional.of(new Found(who.get(), lemma));
      }
    }
    for (int subject : subjects) {
      if (t.get(subject).pos().equals("PROPN") && !inQuote[t.get(subject).start()] && !isDate(t.get(subject))) {
        return Optional.of(new Found(null, lemma)); // a name nobody in the article answers to: no guess
      }
    }
    return Optional.empty();
  }

  /** A day or month name ("Thursday said" is a parse that took the date for the subject). */
  private static boolean isDate(Token t) {
    String w = t.text().toUpperCase(Locale.ROOT).replace(".", "");
    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
      if (d.name().startsWith(w) && w.length() >= 3) {
        return true;
      }
    }
    for (java.time.Month m : java.time.Month.values()) {
      if (m.name().startsWith(w) && w.length() >= 3) {
        return true;
      }
    }
    return false;
  }

  /** Whether a character offset lies in one of the quotation's parts or on its marks. */
  private static boolean inside(Quotation q, int offset) {
    for (QuoteSpans.Span p : q.parts) {
      if (offset >= p.start() - 2 && offset < p.end() + 2) {
        return true;
      }
    }
    return false;
  }

  /** The cue verb nearest the quotation in the tree, or -1. */
  private int cue(Tree tree, List<Token> t, boolean[] in, boolean[] inQuote) {
    int best = -1;
    int bestSteps = Integer.MAX_VALUE;
    for (int i = 0; i < t.size(); i++) {
      if (in[i] && !t.get(i).pos().equals("PUNCT")) {
        // up from the quotation to the first word outside it, then on to a cue
        int w = tree.head(i);
        int guard = 0;
        while (w >= 0 && in[w] && guard++ < t.size()) {
          w = tree.head(w);
        }
        for (int steps = 1; w >= 0 && steps <= MAX_STEPS && !inQuote[t.get(w).start()]; steps++, w = tree.head(w)) {
          if (cues.linked(t.get(w))) {
            if (steps < bestSteps) {
              best = w;
              bestSteps = steps;
            }
            break;
          }
        }
      } else if (!in[i] && !inQuote[t.get(i).start()] && cues.linked(t.get(i)) && tree.head(i) >= 0 && in[tree.head(i)]
          && bestSteps > 1) {
        best = i; // "'We lost,' he said, 'and ...'": the cue hangs from the quoted clause
        bestSteps = 1;
      }
    }
    return best;
  }

  /**
   * The subjects of a verb (a parse may give two), through the verbs it is conjoined or subordinate
   * to ("X endorsed Y, calling her ..."); for a relative clause, its relative pronoun or the noun it
   * modifies; none when it has none. A noun before the verb that the parse made the root with the
   * verb conjoined to it ("His boss, Ana Ruiz, called him ...") is the subject the parse lost.
   */
  static List<Integer> subjectsOf(List<Token> t, Tree tree, int verb) {
    int v = verb;
    for (int step = 0; step < 4 && v >= 0; step++) {
      if (step > 0 && tree.head(v) < 0 && v < verb && t.get(v).pos().matches("NOUN|PROPN")
          && tree.childrenLike(v, "nsubj").isEmpty() && tree.children(v, "cop").isEmpty()) {
        return List.of(v);
      }
      List<Integer> out = new ArrayList<>();
      for (int c : tree.childrenLike(v, "nsubj")) {
        if (!tree.rel(c).equals("nsubj:pass")) {
          out.add(c);
          out.addAll(tree.childrenLike(c, "conj")); // "Ruiz and Lee said"; a date parsed as subject
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
      if (tree.isLike(v, "acl")) {
        return List.of(tree.head(v)); // "a statement saying ...", "the judge who wrote ..."
      }
      if (!(tree.isLike(v, "conj") || tree.isLike(v, "xcomp") || tree.isLike(v, "advcl"))) {
        return List.of();
      }
      v = tree.head(v);
    }
    return List.of();
  }
}
