package org.newsgraph.extract.facts.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.facts.dates.Tense;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * Whether a trigger tells an event that took place, and in which tense. Not one that took place:
 * a negated one ("did not sue", "no lawsuit"), one under a modal ("should be impeached", "could
 * face charges"), in a condition ("if he resigns"), or the complement of a verb that wants, plans
 * or asks for it ("called for him to resign", "plans to sue", "failed to file"). A word that is not
 * a verb takes these from the verb it depends on ("filed a lawsuit"). A future event ("will vote")
 * is not one yet: see {@link #tense}.
 */
final class Modality {
  private static final Set<String> MODALS = Set.of("would", "could", "should", "may", "might", "must", "can", "'d");
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> PAST_AUX = Set.of("was", "were", "had", "has", "have", "did", "been");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
  private static final Set<String> UNREAL_HEADS = Set.of("want", "plan", "seek", "ask", "urge", "call", "threaten", "vow",
      "expect", "hope", "need", "try", "intend", "promise", "consider", "demand", "propose", "push", "weigh", "refuse",
      "decline", "fail", "pledge", "wish", "aim", "prepare", "press", "encourage", "allow", "let", "decide", "schedule",
      "set", "due", "likely", "able", "would");
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
  private static final Set<String> ATTACH = Set.of("obj", "obl", "nsubj", "nmod", "iobj", "compound", "appos");

  private Modality() {}

  /** The verb whose clause the trigger is told in: itself for a verb, else the verb a noun depends on. */
  static int clauseVerb(Tree tree, List<Token> tokens, int trigger) {
    int w = trigger;
    for (int i = 0; i < 4 && w >= 0; i++) {
      String pos = tokens.get(w).pos();
      if (pos.equals("VERB") || pos.equals("AUX") || tree.head(w) < 0) {
        return w;
      }
      String rel = tree.rel(w);
      if (ATTACH.stream().noneMatch(r -> Tree.like(rel, r))) {
        return w;
      }
      w = tree.head(w);
    }
    return w < 0 ? trigger : w;
  }

  /**
   * Whether the event took place (as far as the sentence tells): from the trigger up through the
   * clauses it depends on, none negated (at its own clause), under a modal or a condition, nor the
   * complement of a verb that wants or plans it, nor an infinitive modifying a noun ("enough
   * support to pass the Senate"). A relative clause or a complement clause (what someone is
   * reported to have said or thought) asserts on its own: the climb stops there.
   */
  static boolean realis(Tree tree, List<Token> tokens, int trigger) {
    int v = clauseVerb(tree, tokens, trigger);
    if (negated(tree, tokens, trigger) || negated(tree, tokens, v)) {
      return false;
    }
    for (int w = v, i = 0; w >= 0 && i < 6; i++) {
      if (hasAux(tree, tokens, w, MODALS) || hasMark(tree, tokens, w, CONDITIONS)) {
        return false;
      }
      String rel = tree.rel(w);
      int h = tree.head(w);
      if (Tree.like(rel, "acl") && !rel.equals("acl:relcl") && hasMark(tree, tokens, w, Set.of("to"))) {
        return false;
      }
      if (h < 0 || rel.equals("acl:relcl") || Tree.like(rel, "parataxis")) {
        break;
      }
      String head = tokens.get(h).lemma().toLowerCase(Locale.ROOT);
      if ((Tree.like(rel, "xcomp") || Tree.like(rel, "ccomp")) && UNREAL_HEADS.contains(head)) {
        return false;
      }
      if (Tree.like(rel, "ccomp")) {
        break; // "Prosecutors said he shot them", "he may have thought he won": the clause asserts its own
      }
      w = h;
    }
    return true;
  }

  /** The tense of the trigger's clause: future with will/shall, past with a past form or auxiliary, else unknown. */
  static Tense tense(Tree tree, List<Token> tokens, int trigger) {
    int v = clauseVerb(tree, tokens, trigger);
    Token t = tokens.get(v);
    if (!t.pos().equals("VERB") && !t.pos().equals("AUX")) {
      return Tense.UNKNOWN;
    }
    if (hasAux(tree, tokens, v, FUTURE)) {
      return Tense.FUTURE;
    }
    if (hasAux(tree, tokens, v, PAST_AUX)) {
      return Tense.PAST;
    }
    String text = t.text().toLowerCase(Locale.ROOT);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    boolean past = text.endsWith("ed") || !text.equals(lemma) && !text.endsWith("s") && !text.endsWith("ing");
    if (past) {
      return Tense.PAST;
    }
    // a participle or gerund takes the tense of the clause it depends on ("writing on Twitter")
    int h = tree.head(v);
    String rel = tree.rel(v);
    if (h >= 0 && h != v && (Tree.like(rel, "advcl") || Tree.like(rel, "xcomp") || Tree.like(rel, "conj"))) {
      return tense(tree, tokens, h);
    }
    return Tense.UNKNOWN;
  }

  private static boolean negated(Tree tree, List<Token> tokens, int w) {
    for (int c : tree.children(w)) {
      String text = tokens.get(c).text().toLowerCase(Locale.ROOT);
      if ((tree.isLike(c, "advmod") || tree.isLike(c, "det")) && NEGATIONS.contains(text)) {
        return true;
      }
    }
    return false;
  }

  /** An auxiliary of {@code w} among {@code words}, before it (one after it is a misparse: "said her office will:"). */
  private static boolean hasAux(Tree tree, List<Token> tokens, int w, Set<String> words) {
    for (int c : tree.childrenLike(w, "aux")) {
      if (c < w && words.contains(tokens.get(c).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasMark(Tree tree, List<Token> tokens, int w, Set<String> words) {
    for (int c : tree.children(w, "mark")) {
      if (words.contains(tokens.get(c).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
