package org.newsgraph.extract.facts.paths;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * A path through a dependency tree from one entity to another, as written in
 * {@code relation-paths.tsv}: {@code S <nsubj [criticize] >obj O} reads "from S, up an nsubj
 * relation to a word of the class criticize, down an obj relation to O".
 *
 * <ul>
 *   <li>{@code <rel} goes up: the current word's relation is like {@code rel} ("nsubj" also takes
 *       "nsubj:pass"); {@code >rel} goes down to any dependent whose relation is like {@code rel};
 *   <li>{@code >rel(of)} and {@code <rel(of)}: the word reached below (or the current word, going
 *       up) has a {@code case} or {@code mark} dependent with that lemma ("criticism from X");
 *   <li>{@code [class]}: the current word's lemma is in that trigger class ({@link Triggers});
 *       {@code [!class]}: it is not; {@code {class}}: a word of the class is in the current word's
 *       subtree (it is the trigger whose negation is checked); {@code >*}: down to any word below
 *       the current one;
 *   <li>the first symbol is {@code S} or {@code O} (where the walk starts), the last the other one.
 * </ul>
 *
 * Coordination is followed at both ends: "A and B criticized C and D" gives four pairs.
 */
final class PathPattern {

  /** How deep {@code >*} looks below a word. */
  private static final int MAX_DEPTH = 8;

  private final String text;
  private final boolean fromSubject;
  private final List<PathStep> steps;

  private PathPattern(String text, boolean fromSubject, List<PathStep> steps) {
    this.text = text;
    this.fromSubject = fromSubject;
    this.steps = steps;
  }

  static PathPattern parse(String text) {
    String[] parts = text.trim().split("\\s+");
    if (parts.length < 3 || !(parts[0].equals("S") || parts[0].equals("O"))
        || !(parts[parts.length - 1].equals("S") || parts[parts.length - 1].equals("O"))
        || parts[0].equals(parts[parts.length - 1])) {
      throw new IllegalArgumentException("a path starts with S or O and ends with the other: " + text);
    }
    List<PathStep> steps = new ArrayList<>();
    for (int i = 1; i < parts.length - 1; i++) {
      String p = parts[i];
      steps.add(PathStep.parse(p).orElseThrow(() -> new IllegalArgumentException("cannot read step '" + p + "' of path: " + text)));
    }
    return new PathPattern(text, parts[0].equals("S"), List.copyOf(steps));
  }

  boolean fromSubject() {
    return fromSubject;
  }

  /** The trigger classes the path names (every one must be known). */
  List<String> triggerClasses() {
    return steps.stream().filter(s -> s.triggerClass() != null).map(PathStep::triggerClass).toList();
  }

  @Override
  public String toString() {
    return text;
  }

  /** A walk's end, with the trigger word it passed (for evidence and polarity), or -1. */
  record End(int word, int trigger) {}

  /** Every word the path reaches from {@code start}. */
  List<End> walk(Tree tree, List<Token> tokens, int start, Triggers triggers) {
    List<End> out = new ArrayList<>();
    // "A and B criticized C": B walks up as A does; but what hangs below A ("A, the speaker, and
    // B, the leader") is A's alone
    boolean up = !steps.isEmpty() && steps.get(0).dir() == '<';
    for (int s : up ? coordinated(tree, start, true) : List.of(start)) {
      walk(tree, tokens, s, 0, -1, triggers, out);
    }
    return out;
  }

  private void walk(Tree tree, List<Token> tokens, int w, int step, int trigger, Triggers triggers, List<End> out) {
    if (step == steps.size()) {
      for (int c : coordinated(tree, w, false)) {
        out.add(new End(c, trigger));
      }
      return;
    }
    PathStep st = steps.get(step);
    switch (st.dir()) {
      case '=' -> {
        if (triggers.has(st.triggerClass(), tokens.get(w).lemma().toLowerCase(Locale.ROOT))) {
          walk(tree, tokens, w, step + 1, trigger < 0 ? w : trigger, triggers, out);
        }
      }
      case '!' -> {
        if (!triggers.has(st.triggerClass(), tokens.get(w).lemma().toLowerCase(Locale.ROOT))) {
          walk(tree, tokens, w, step + 1, trigger, triggers, out);
        }
      }
      case '{' -> {
        int[] span = tree.span(w);
        for (int k = span[0]; k < span[1]; k++) {
          if (tree.dominates(w, k) && triggers.has(st.triggerClass(), tokens.get(k).lemma().toLowerCase(Locale.ROOT))) {
            walk(tree, tokens, w, step + 1, trigger < 0 ? k : trigger, triggers, out);
            break;
          }
        }
      }
      case '-' -> {
        if (tree.childrenLike(w, st.rel()).stream().allMatch(c -> "PRON".equals(tokens.get(c).pos()))) {
          walk(tree, tokens, w, step + 1, trigger, triggers, out);
        }
      }
      case '*' -> {
        int[] span = tree.span(w);
        for (int k = span[0]; k < span[1]; k++) {
          if (k != w && tree.dominates(w, k) && depth(tree, w, k) <= MAX_DEPTH) {
            walk(tree, tokens, k, step + 1, trigger, triggers, out);
          }
        }
      }
      case '<' -> {
        if (tree.head(w) >= 0 && tree.isLike(w, st.rel()) && (st.casePrep() == null || hasCase(tree, tokens, w, st.casePrep()))) {
          for (int h : st.rel().startsWith("nsubj") ? sharingSubject(tree, tree.head(w)) : List.of(tree.head(w))) {
            walk(tree, tokens, h, step + 1, trigger, triggers, out);
          }
        }
      }
      default -> {
        for (int c : tree.childrenLike(w, st.rel())) {
          if (st.casePrep() == null || hasCase(tree, tokens, c, st.casePrep())) {
            walk(tree, tokens, c, step + 1, trigger, triggers, out);
          }
        }
      }
    }
  }

  /**
   * A verb and the verbs coordinated with it that have no subject of their own, which share its
   * subject ("She called the plan reckless and accused the mayor of hiding it").
   */
  private static List<Integer> sharingSubject(Tree tree, int verb) {
    List<Integer> out = new ArrayList<>();
    out.add(verb);
    for (int i = 0; i < out.size() && out.size() < 10; i++) {
      for (int c : tree.childrenLike(out.get(i), "conj")) {
        if (tree.childrenLike(c, "nsubj").isEmpty()) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static int depth(Tree tree, int top, int k) {
    int d = 0;
    for (int w = k; w >= 0 && w != top && d <= tree.size(); w = tree.head(w)) {
      d++;
    }
    return d;
  }

  private static final Set<String> CASE_RELS = Set.of("case", "mark");

  private static boolean hasCase(Tree tree, List<Token> tokens, int w, String prep) {
    for (int c : tree.children(w)) {
      if (CASE_RELS.contains(tree.rel(c)) && tokens.get(c).lemma().equalsIgnoreCase(prep)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word and the words coordinated with it: going down, its conj dependents ("C and D"); at a
   * start, also the first conjunct when the word is itself a conj ("A and B criticized": B walks
   * as A does).
   */
  private static List<Integer> coordinated(Tree tree, int w, boolean start) {
    List<Integer> out = new ArrayList<>();
    out.add(w);
    if (start) {
      int first = w;
      int guard = 0;
      while (tree.head(first) >= 0 && tree.isLike(first, "conj") && guard++ < 10) {
        first = tree.head(first);
      }
      if (first != w) {
        out.add(first);
      }
      return out;
    }
    for (int i = 0; i < out.size() && out.size() < 10; i++) {
      out.addAll(tree.childrenLike(out.get(i), "conj"));
    }
    return out;
  }

}
