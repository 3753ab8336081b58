package org.newsgraph.extract.facts.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * The subject of a trigger word, active or passive, where the tree gives it: its own nsubj or
 * nsubj:pass; for a participle the noun it modifies ("the person killed": passive; "an officer
 * shooting X": active); for a verb without one, the subject of the verb it is coordinated with or
 * depends on ("was arrested and charged", "after pleading guilty"), or the object of a verb it
 * completes ("persuaded him to confess").
 */
final class Subjects {
  private static final int DEPTH = 3;

  private Subjects() {}

  /** The words that are the trigger's subject in the voice asked for. */
  static List<Integer> of(Tree tree, List<Token> tokens, int trigger, boolean passive) {
    List<Integer> out = new ArrayList<>();
    List<Integer> own = tree.childrenLike(trigger, "nsubj");
    if (!own.isEmpty()) {
      boolean aux = !tree.childrenLike(trigger, "aux").isEmpty() || !tree.childrenLike(trigger, "cop").isEmpty();
      for (int c : own) {
        // a bare participle's passive subject is the noun right before it ("two Americans killed");
        // one far away is a misparse ("X reeled ... amid criticism by the parents of a soldier killed")
        if (tree.rel(c).equals("nsubj:pass") == passive && (aux || !passive || tree.span(c)[1] == trigger)) {
          out.add(c);
        }
      }
      return out;
    }
    if (isPassive(tree, tokens, trigger) != passive) {
      return out;
    }
    int w = trigger;
    for (int d = 0; d < DEPTH && tree.head(w) >= 0; d++) {
      String rel = tree.rel(w);
      int h = tree.head(w);
      if (Tree.like(rel, "acl") && !rel.equals("acl:relcl")) {
        // the noun a participle modifies stands right before it: no verb between ("the person killed",
        // not "X reeled amid criticism by the parents of a soldier killed")
        for (int i = Math.min(h, w) + 1; i < Math.max(h, w); i++) {
          String pos = tokens.get(i).pos();
          if (pos.equals("VERB") || pos.equals("AUX")) {
            return out;
          }
        }
        out.add(h);
        return out;
      }
      if (!(Tree.like(rel, "conj") || Tree.like(rel, "xcomp") || Tree.like(rel, "advcl"))) {
        return out;
      }
      if (Tree.like(rel, "xcomp")) {
        int obj = tree.child(h, "obj");
        if (obj >= 0) {
          out.add(obj);
          return out;
        }
      }
      List<Integer> subj = tree.childrenLike(h, "nsubj");
      if (!subj.isEmpty()) {
        out.addAll(subj);
        return out;
      }
      w = h;
    }
    return out;
  }

  /** The objects of a trigger: its own, or for a verb coordinated without one, the first verb's ("shot and killed X"). */
  static List<Integer> objects(Tree tree, int trigger) {
    List<Integer> own = tree.children(trigger, "obj");
    if (!own.isEmpty() || !Tree.like(tree.rel(trigger), "conj") || tree.head(trigger) < 0) {
      return own;
    }
    return tree.children(tree.head(trigger), "obj");
  }

  /**
   * Whether the trigger is passive: it has a passive auxiliary or subject; a participle that
   * modifies a noun and does not end in -ing; a verb without an auxiliary of its own, coordinated
   * with a passive one and without an object ("was arrested and charged with").
   */
  static boolean isPassive(Tree tree, List<Token> tokens, int w) {
    if (!tree.children(w, "aux:pass").isEmpty() || !tree.children(w, "nsubj:pass").isEmpty()) {
      return true;
    }
    String rel = tree.rel(w);
    if (Tree.like(rel, "acl") && !rel.equals("acl:relcl")) {
      return !tokens.get(w).text().toLowerCase(Locale.ROOT).endsWith("ing") && !predicate(tree, tokens, w);
    }
    if (Tree.like(rel, "conj") && tree.head(w) >= 0 && tree.childrenLike(w, "aux").isEmpty()
        && tree.childrenLike(w, "obj").isEmpty() && tree.childrenLike(w, "nsubj").isEmpty()) {
      // "was shot and killed" read as a copula and a noun: the participle shares the "was"
      return isPassive(tree, tokens, tree.head(w)) || participle(tokens.get(w)) && beCopula(tree, tokens, tree.head(w));
    }
    return false;
  }

  /**
   * A verb the parser hung off a name as a modifier, after a comma, that completes or takes an
   * object: the name's predicate, misread ("X, 37, pleaded guilty to"; not "X, arrested Friday,").
   */
  private static boolean predicate(Tree tree, List<Token> tokens, int w) {
    int h = tree.head(w);
    return h >= 0 && h < w && tokens.get(h).pos().equals("PROPN") && tokens.get(w - 1).text().equals(",")
        && (!tree.childrenLike(w, "xcomp").isEmpty() || !tree.childrenLike(w, "obj").isEmpty());
  }

  /** An inflected verb form that is no gerund nor third person: "killed", "taken". */
  private static boolean participle(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return t.pos().equals("VERB") && !w.equals(t.lemma().toLowerCase(Locale.ROOT)) && !w.endsWith("ing") && !w.endsWith("s");
  }

  private static boolean beCopula(Tree tree, List<Token> tokens, int w) {
    return tree.childrenLike(w, "cop").stream().anyMatch(c -> tokens.get(c).lemma().equalsIgnoreCase("be"));
  }
}
