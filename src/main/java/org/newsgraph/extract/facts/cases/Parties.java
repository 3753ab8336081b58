package org.newsgraph.extract.facts.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.extract.facts.MaskedSentence;
import org.newsgraph.extract.facts.Slot;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * Who a word of a role is: the person named there (a name, a surname the article gave in full,
 * a pronoun or description the {@link Coreference} resolves), the names in apposition with it
 * ("the reporter, Ana Ruiz"), the noun a relative pronoun stands for, and every conjunct;
 * else, for a noun of a person, a description of someone unnamed ("16-year-old boy").
 */
final class Parties {
  private static final Set<String> RELATIVE = Set.of("who", "whom", "that", "which");
  private static final Set<String> PERSONAL = Set.of("he", "she", "they");
  private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\b\\d{1,3}[- ]years?[- ]old\\b");
  private static final Set<String> DESCRIPTION_RELS = Set.of("amod", "compound", "nummod", "obl:unmarked", "nmod:unmarked");

  /** What a role word gives: named people, descriptions of unnamed ones, and the offender noun seen. */
  static final class Found {
    final List<Ref> named = new ArrayList<>();
    final List<String> unnamed = new ArrayList<>();
    final List<Integer> words = new ArrayList<>();
    String offenderNoun;
  }

  private final MaskedSentence s;
  private final Tree tree;
  private final List<Token> tokens;
  private final Coreference coref;
  private final CaseWords words;
  private final Offenders offenders;

  Parties(MaskedSentence s, Tree tree, Coreference coref, CaseWords words, Offenders offenders) {
    this.s = s;
    this.tree = tree;
    this.tokens = s.sentence().tokens();
    this.coref = coref;
    this.words = words;
    this.offenders = offenders;
  }

  /** The people word {@code w} stands for. */
  Found at(int w) {
    Found f = new Found();
    collect(w, f, 0);
    return f;
  }

  private void collect(int w, Found f, int depth) {
    if (depth > 4 || f.words.contains(w)) {
      return;
    }
    f.words.add(w);
    Token t = tokens.get(w);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (RELATIVE.contains(lemma) && tree.head(w) >= 0 && tree.rel(tree.head(w)).equals("acl:relcl")) {
      collect(tree.head(tree.head(w)), f, depth + 1);
      return;
    }
    int main = mainSubject(w);
    if (main >= 0) {
      collect(main, f, depth + 1);
      return;
    }
    if ((lemma.equals("one") || t.pos().equals("NUM")) && tree.child(w, "nmod") >= 0) {
      // "one of the suspects"
      collect(tree.child(w, "nmod"), f, depth + 1);
      return;
    }
    Optional<Ref> named = person(w);
    if (named.isPresent()) {
      add(f, named.get());
      // a list of names: "victims: A, B and C" hangs B off A and C off B's last word
      for (int x : nameWords(w)) {
        for (int c : tree.children(x)) {
          if ((Tree.like(tree.rel(c), "appos") || Tree.like(tree.rel(c), "conj")) && !f.words.contains(c) && person(c).isPresent()) {
            collect(c, f, depth + 1);
          }
        }
      }
    } else {
      if (offenders.is(lemma) && f.offenderNoun == null) {
        f.offenderNoun = t.text();
      }
      boolean hasName = false;
      for (int a : tree.children(w)) {
        if (!(Tree.like(tree.rel(a), "appos") || Tree.like(tree.rel(a), "flat") || Tree.like(tree.rel(a), "compound"))) {
          continue;
        }
        Optional<Ref> p = person(a);
        if (p.isPresent()) {
          add(f, p.get());
          hasName = true;
        }
      }
      if (!hasName && t.pos().equals("NOUN") && (words.has("person", lemma) || age(w))) {
        f.unnamed.add(description(w));
      }
    }
    for (int c : tree.childrenLike(w, "conj")) {
      collect(c, f, depth + 1);
    }
  }

  /**
   * For a personal pronoun that is the subject of an adverbial clause, the subject of the clause
   * it hangs off when that is someone unnamed ("a 16-year-old boy was charged after he punched a
   * clerk": he is the boy, whom the coreference, which follows names, cannot offer); else -1.
   */
  private int mainSubject(int w) {
    Token t = tokens.get(w);
    int v = tree.head(w);
    if (!t.pos().equals("PRON") || !PERSONAL.contains(t.text().toLowerCase(Locale.ROOT))
        || !Tree.like(tree.rel(w), "nsubj") || v < 0 || !Tree.like(tree.rel(v), "advcl") || tree.head(v) < 0) {
      return -1;
    }
    for (int subj : tree.childrenLike(tree.head(v), "nsubj")) {
      String lemma = tokens.get(subj).lemma().toLowerCase(Locale.ROOT);
      if (subj < w && tokens.get(subj).pos().equals("NOUN") && person(subj).isEmpty()
          && (words.has("person", lemma) || age(subj))) {
        return subj;
      }
    }
    return -1;
  }

  private static void add(Found f, Ref r) {
    if (!f.named.contains(r)) {
      f.named.add(r);
    }
  }

  /** The words of the name at word {@code w} (the mention or masked name that covers it). */
  private List<Integer> nameWords(int w) {
    List<Integer> out = new ArrayList<>();
    Token t = tokens.get(w);
    for (Slot x : s.slots()) {
      if (x.code() == 'P' && x.start() <= t.start() && t.end() <= x.end()) {
        for (int i = 0; i < tokens.size(); i++) {
          if (x.start() <= tokens.get(i).start() && tokens.get(i).end() <= x.end()) {
            out.add(i);
          }
        }
        return out;
      }
    }
    out.add(w);
    return out;
  }

  /** The person named at word {@code w}: a mention, a masked surname, or what the coreference resolves. */
  Optional<Ref> person(int w) {
    Token t = tokens.get(w);
    for (Slot x : s.slots()) {
      if (x.code() == 'P' && x.start() <= t.start() && t.end() <= x.end()) {
        return Optional.of(x.ref());
      }
    }
    int idx = s.sentence().index();
    return coref.at(idx, w).filter(r -> r.kind().equals("person"));
  }

  /** Whether a noun carries an age before it ("a 16-year-old boy"). */
  boolean age(int w) {
    return AGE.matcher(description(w)).find();
  }

  /** A noun with its modifiers before it, as written: "16-year-old boy", "unarmed food-delivery driver". */
  String description(int w) {
    int from = w;
    for (int c : tree.children(w)) {
      if (c < w && DESCRIPTION_RELS.contains(tree.rel(c))) {
        from = Math.min(from, tree.span(c)[0]);
      }
    }
    return s.article().text().substring(tokens.get(from).start(), tokens.get(w).end()).replaceAll("\\s+", " ");
  }
}
