package org.newsgraph.extract.facts.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.facts.paths.PathStep;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * A path from an event's trigger word to a word of the sentence, as written in {@code
 * event-rules.tsv}: {@code <obl(in) >subject} reads "up an obl relation whose word has the case
 * word 'in', then down to the doer". Steps:
 *
 * <ul>
 *   <li>{@code <rel} up, the current word's relation being like {@code rel} ("obl" also takes
 *       "obl:tmod"); {@code >rel} down to each dependent whose relation is like {@code rel};
 *       {@code rel(word)}: the word going up from, or reached going down, has a {@code case} or
 *       {@code mark} dependent with that lemma;
 *   <li>{@code [class]} the current word is of that trigger class ({@link TriggerWords});
 *   <li>{@code >subject} down to the doer: the active subject, the agent of a passive ("by X"), or,
 *       for a word with neither, the doer of the clause it depends on ("writing on Twitter", "shot
 *       and killed", "a man shooting X"); {@code >patient} down to the one done to: the object or
 *       the passive subject, shared the same way.
 * </ul>
 *
 * The word reached and the words coordinated with it ("X and Y") are the ends.
 */
final class TriggerPath {

  private static final Set<String> CASE_RELS = Set.of("case", "mark");
  /** Relations through which a word shares the doer or the one done to of the word it depends on. */
  private static final Set<String> SHARING = Set.of("xcomp", "advcl", "conj", "ccomp");

  private final String text;
  private final List<PathStep> steps;

  private TriggerPath(String text, List<PathStep> steps) {
    this.text = text;
    this.steps = steps;
  }

  static TriggerPath parse(String text) {
    List<PathStep> steps = new ArrayList<>();
    for (String p : text.trim().split("\\s+")) {
      if (p.equals(">subject") || p.equals(">patient")) {
        steps.add(new PathStep(p.equals(">subject") ? 's' : 'p', null, null, null));
      } else {
        steps.add(PathStep.parse(p).orElseThrow(() -> new IllegalArgumentException("cannot read step '" + p + "' of path: " + text)));
      }
    }
    return new TriggerPath(text, List.copyOf(steps));
  }

  /** The trigger classes the path names. */
  List<String> triggerClasses() {
    return steps.stream().filter(s -> s.triggerClass() != null).map(PathStep::triggerClass).toList();
  }

  @Override
  public String toString() {
    return text;
  }

  /** Every word the path reaches from the trigger word {@code start}, with the words coordinated with each. */
  List<Integer> walk(Tree tree, List<Token> tokens, int start, TriggerWords words) {
    List<Integer> out = new ArrayList<>();
    walk(tree, tokens, start, 0, words, out);
    return out;
  }

  private void walk(Tree tree, List<Token> tokens, int w, int step, TriggerWords words, List<Integer> out) {
    if (step == steps.size()) {
      for (int c : coordinated(tree, w)) {
        if (!out.contains(c)) {
          out.add(c);
        }
      }
      return;
    }
    PathStep st = steps.get(step);
    switch (st.dir()) {
      case '=' -> {
        if (words.has(st.triggerClass(), tokens, w)) {
          walk(tree, tokens, w, step + 1, words, out);
        }
      }
      case 's', 'p' -> {
        for (int c : st.dir() == 's' ? doers(tree, tokens, w, 0) : patients(tree, tokens, w, 0)) {
          walk(tree, tokens, c, step + 1, words, out);
        }
      }
      case '<' -> {
        if (tree.head(w) >= 0 && tree.isLike(w, st.rel()) && (st.casePrep() == null || hasCase(tree, tokens, w, st.casePrep()))) {
          walk(tree, tokens, tree.head(w), step + 1, words, out);
        }
      }
      default -> {
        for (int c : tree.childrenLike(w, st.rel())) {
          if (st.casePrep() == null || hasCase(tree, tokens, c, st.casePrep())) {
            walk(tree, tokens, c, step + 1, words, out);
          }
        }
      }
    }
  }

  /** The doer of word {@code w}: its active subject, the agent of a passive, else the doer it shares. */
  static List<Integer> doers(Tree tree, List<Token> tokens, int w, int depth) {
    List<Integer> out = antecedents(tree, tokens, w, tree.children(w, "nsubj"));
    out.addAll(tree.children(w, "obl:agent"));
    if (!out.isEmpty() || !tree.children(w, "nsubj:pass").isEmpty() || passive(tree, w) || depth > 3 || tree.head(w) < 0) {
      return out;
    }
    String rel = tree.rel(w);
    if (rel.equals("acl") && tokens.get(w).text().toLowerCase(Locale.ROOT).endsWith("ing") && near(tree, w)) {
      return List.of(tree.head(w)); // "an officer shooting X": the officer
    }
    return SHARING.contains(rel) ? doers(tree, tokens, tree.head(w), depth + 1) : out;
  }

  /** The one done to by word {@code w}: its object or passive subject, else the one it shares. */
  static List<Integer> patients(Tree tree, List<Token> tokens, int w, int depth) {
    List<Integer> out = new ArrayList<>(tree.children(w, "obj"));
    out.addAll(antecedents(tree, tokens, w, tree.children(w, "nsubj:pass")));
    if (!out.isEmpty() || depth > 3) {
      return out;
    }
    for (int c : tree.children(w, "conj")) {
      out.addAll(tree.children(c, "obj")); // "shot and killed X": X hangs from the last verb
    }
    if (!out.isEmpty() || tree.head(w) < 0) {
      return out;
    }
    String rel = tree.rel(w);
    if (passive(tree, w) && (rel.equals("conj") || rel.equals("xcomp"))) {
      int h = tree.head(w); // "he was on probation and has been sentenced": he
      List<Integer> subject = new ArrayList<>(tree.children(h, "nsubj"));
      subject.addAll(tree.children(h, "nsubj:pass"));
      return subject;
    }
    if (rel.equals("acl") && !tokens.get(w).text().toLowerCase(Locale.ROOT).endsWith("ing") && near(tree, w)) {
      return List.of(tree.head(w)); // "the man arrested Friday": the man
    }
    return rel.equals("conj") || rel.equals("xcomp") ? patients(tree, tokens, tree.head(w), depth + 1) : out;
  }

  private static final java.util.Set<String> RELATIVE_PRONOUNS = java.util.Set.of("who", "that", "which");

  /**
   * The subjects of verb {@code w}, a relative pronoun replaced by the noun its clause describes,
   * and a noun in apposition by the name it stands beside ("X, a lawyer who sued Y": X).
   */
  static List<Integer> antecedents(Tree tree, List<Token> tokens, int w, List<Integer> subjects) {
    List<Integer> out = new ArrayList<>();
    for (int c : subjects) {
      if (RELATIVE_PRONOUNS.contains(tokens.get(c).text().toLowerCase(Locale.ROOT)) && tree.rel(w).equals("acl:relcl")
          && tree.head(w) >= 0) {
        int noun = tree.head(w);
        noun = tree.rel(noun).equals("appos") && tree.head(noun) >= 0 ? tree.head(noun) : noun;
        out.add(tokens.get(noun).pos().equals("PROPN") ? noun : apposedName(tokens, c, noun));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /** How many words an appositive may hold before its relative pronoun ("a longtime Republican who"). */
  private static final int APPOSITIVE_REACH = 5;

  /** The name before the comma that opens the appositive the relative pronoun ends ("X, a lawyer who"), else {@code noun}. */
  private static int apposedName(List<Token> tokens, int pronoun, int noun) {
    for (int k = pronoun - 1; k > 0 && k >= pronoun - APPOSITIVE_REACH; k--) {
      if (tokens.get(k).text().equals(",")) {
        return tokens.get(k - 1).pos().equals("PROPN") ? k - 1 : noun;
      }
    }
    return noun;
  }

  /** "has been sentenced": a passive verb, whose doer is never the subject it shares. */
  private static boolean passive(Tree tree, int w) {
    return !tree.children(w, "aux:pass").isEmpty();
  }

  /** How far a participle may stand from the noun it describes: further off, its attachment is more likely wrong. */
  private static final int PARTICIPLE_REACH = 8;

  private static boolean near(Tree tree, int w) {
    return Math.abs(w - tree.head(w)) <= PARTICIPLE_REACH;
  }

  private static boolean hasCase(Tree tree, List<Token> tokens, int w, String prep) {
    for (int c : tree.children(w)) {
      if (CASE_RELS.contains(tree.rel(c)) && tokens.get(c).lemma().equalsIgnoreCase(prep)) {
        return true;
      }
    }
    return false;
  }

  /** A word and the words coordinated with it ("X and Y"). */
  static List<Integer> coordinated(Tree tree, int w) {
    List<Integer> out = new ArrayList<>();
    out.add(w);
    for (int i = 0; i < out.size() && out.size() < 10; i++) {
      out.addAll(tree.childrenLike(out.get(i), "conj"));
    }
    return out;
  }
}
