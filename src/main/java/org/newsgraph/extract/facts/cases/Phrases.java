package org.newsgraph.extract.facts.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.facts.MaskedSentence;
import org.newsgraph.extract.facts.Slot;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * The words of a role as stated: the subtree of its word without its preposition, the clauses that
 * hang off it (relative clauses, appositions), the names in it ("murder in the Pike shooting",
 * "offense in Romania"), its dates, or anything after a comma. A coordination of charges ("murder
 * and armed carjacking") is one charge per conjunct; a sentence keeps its conjuncts ("two years
 * probation and 20 days in jail") and a policy phrase it starts ("life without the possibility of
 * parole").
 */
final class Phrases {
  private static final Set<String> CUT = Set.of("acl:relcl", "appos", "parataxis", "advcl", "dep", "discourse");
  /** Punctuation that ends a phrase (a hyphen or a quote mark does not: "first-degree"). */
  private static final Set<String> BREAKS = Set.of(",", ";", ":", "(", ")", ".", "--", "?", "!");
  private static final Set<String> HEAD_CUT = Set.of("case", "mark");
  private static final Set<String> CONJ = Set.of("conj", "cc");
  private static final Set<String> LEADING = Set.of("a", "an", "the", "prior", "previous");
  private static final Set<String> TRAILING = Set.of("ADP", "DET", "CCONJ", "SCONJ");

  private final MaskedSentence s;
  private final Sentence sentence;
  private final Tree tree;
  private final List<Token> tokens;
  /** Tokens that are part of a date expression. */
  private final boolean[] dated;
  /** Tokens that are part of a name. */
  private final boolean[] named;

  Phrases(MaskedSentence s, Tree tree, boolean[] dated) {
    this.s = s;
    this.sentence = s.sentence();
    this.tree = tree;
    this.tokens = sentence.tokens();
    this.dated = dated;
    this.named = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      for (Slot x : s.slots()) {
        if (x.code() != 'Y' && x.start() < t.end() && t.start() < x.end()) {
          named[i] = true;
        }
      }
    }
  }

  /** The charges word {@code w} states: one per conjunct, at any depth ("murder with a weapon and other charges"). */
  List<String> charges(int w) {
    List<String> out = new ArrayList<>();
    List<Integer> todo = new ArrayList<>(List.of(w));
    for (int i = 0; i < todo.size() && i < 10; i++) {
      int c = todo.get(i);
      String t = text(c, true, true);
      if (t != null) {
        out.add(t);
      }
      conjuncts(c, todo);
    }
    return out;
  }

  private void conjuncts(int w, List<Integer> into) {
    for (int c : tree.children(w)) {
      if (Tree.like(tree.rel(c), "conj")) {
        into.add(c);
      } else if (!CUT.contains(tree.rel(c)) && !Tree.like(tree.rel(c), "acl")) {
        conjuncts(c, into);
      }
    }
  }

  /** The sentence word {@code w} states, with its conjuncts ("two years probation and 20 days in jail"). */
  String sentence(int w) {
    String t = text(w, false, true);
    if (t == null) {
      return null;
    }
    // "life" of "life without the possibility of parole" (a policy phrase the tree may attach elsewhere)
    int start = sentence.start() + sentence.text().indexOf(t);
    for (Slot x : s.slots()) {
      if (x.code() == 'Y' && x.start() == start && x.end() > start + t.length()) {
        return s.article().text().substring(x.start(), x.end()).replaceAll("\\s+", " ");
      }
    }
    return t;
  }

  /** The words of {@code w} as written, with their determiner ("the 20 days"). */
  String raw(int w) {
    return text(w, false, false);
  }

  private String text(int w, boolean splitConj, boolean strip) {
    boolean[] keep = new boolean[tokens.size()];
    mark(w, w, splitConj, keep);
    int comma = tokens.size();
    for (int i = w + 1; i < tokens.size(); i++) {
      if (BREAKS.contains(tokens.get(i).text())) {
        comma = i;
        break;
      }
    }
    if (!keep[w]) {
      return null;
    }
    // the unbroken run of kept words around the role's word: "murder with a deadly weapon", not what
    // a cut conjunct leaves behind it
    int from = w;
    while (from > 0 && keep[from - 1]) {
      from--;
    }
    int to = w;
    while (to + 1 < comma && keep[to + 1]) {
      to++;
    }
    while (strip && from <= to && LEADING.contains(tokens.get(from).text().toLowerCase())) {
      from++;
    }
    // what a cut date or name leaves at the end: "manslaughter in the [2022 death]"
    while (from <= to && TRAILING.contains(tokens.get(to).pos())) {
      to--;
    }
    if (from > to) {
      return null;
    }
    String t = sentence.text().substring(tokens.get(from).start() - sentence.start(), tokens.get(to).end() - sentence.start());
    return t.replaceAll("\\s+", " ").replaceAll("[\\s,;:]+$", "").trim();
  }

  private void mark(int w, int root, boolean splitConj, boolean[] keep) {
    if (dated[w]) {
      return;
    }
    keep[w] = true;
    for (int c : tree.children(w)) {
      String rel = tree.rel(c);
      boolean cut = CUT.stream().anyMatch(x -> Tree.like(rel, x)) || BREAKS.contains(tokens.get(c).text())
          || splitConj && CONJ.stream().anyMatch(x -> Tree.like(rel, x))
          || w == root && HEAD_CUT.contains(rel)
          || (Tree.like(rel, "nmod") || Tree.like(rel, "obl")) && hasName(c);
      if (!cut) {
        mark(c, root, splitConj, keep);
      }
    }
  }

  /** Whether a subtree holds a name (a person, organisation or place). */
  private boolean hasName(int w) {
    int[] sp = tree.span(w);
    for (int i = sp[0]; i < sp[1]; i++) {
      if (named[i] && tree.dominates(w, i)) {
        return true;
      }
    }
    return false;
  }
}
