package org.newsgraph.extract.facts.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * A path of {@code case-frames.tsv} from a trigger word to the word of a role: {@code >obl(with)}
 * down to a dependent with that case word, {@code <appos} up, {@code +cop} a test that the word
 * has such a dependent, {@code [body]} a test of the word's class, {@code =text} a fixed value.
 * A subject the trigger lacks is found by {@link Subjects}.
 */
final class FramePath {
  private record Step(char op, String rel, Set<String> preps, String cls) {}

  private static final Set<String> CASE_RELS = Set.of("case", "mark");

  private final String text;
  private final List<Step> steps;
  private final String literal;

  private FramePath(String text, List<Step> steps, String literal) {
    this.text = text;
    this.steps = steps;
    this.literal = literal;
  }

  static FramePath parse(String text, CaseWords words, String where) {
    String t = text.trim();
    if (t.startsWith("=")) {
      return new FramePath(t, List.of(), t.substring(1).trim());
    }
    List<Step> steps = new ArrayList<>();
    for (String p : t.split("\\s+")) {
      if (p.startsWith("[") && p.endsWith("]")) {
        String cls = p.substring(1, p.length() - 1);
        if (!words.knows(cls)) {
          throw new IllegalStateException(where + ": path '" + text + "' names the unknown class [" + cls + "]");
        }
        steps.add(new Step('[', null, null, cls));
      } else if (p.length() > 1 && "<>+".indexOf(p.charAt(0)) >= 0) {
        String rel = p.substring(1);
        Set<String> preps = null;
        int open = rel.indexOf('(');
        if (open > 0 && rel.endsWith(")")) {
          preps = Set.of(rel.substring(open + 1, rel.length() - 1).split("\\|"));
          rel = rel.substring(0, open);
        }
        steps.add(new Step(p.charAt(0), rel, preps, null));
      } else {
        throw new IllegalStateException(where + ": cannot read step '" + p + "' of path '" + text + "'");
      }
    }
    return new FramePath(t, List.copyOf(steps), null);
  }

  /** The fixed value of a path written {@code =text}, or null. */
  String literal() {
    return literal;
  }

  @Override
  public String toString() {
    return text;
  }

  /** Every word the path reaches from {@code start}. */
  List<Integer> walk(Tree tree, List<Token> tokens, CaseWords words, int start) {
    List<Integer> out = new ArrayList<>();
    if (literal == null) {
      walk(tree, tokens, words, start, 0, out, start);
    }
    return out;
  }

  private void walk(Tree tree, List<Token> tokens, CaseWords words, int w, int step, List<Integer> out, int start) {
    if (step == steps.size()) {
      if (!out.contains(w)) {
        out.add(w);
      }
      return;
    }
    Step st = steps.get(step);
    switch (st.op()) {
      case '[' -> {
        if (words.has(st.cls(), tree, tokens, w)) {
          walk(tree, tokens, words, w, step + 1, out, start);
        }
      }
      case '+' -> {
        if (tree.children(w).stream().anyMatch(c -> like(tree.rel(c), st.rel()))) {
          walk(tree, tokens, words, w, step + 1, out, start);
        }
      }
      case '<' -> {
        if (tree.head(w) >= 0 && like(tree.rel(w), st.rel()) && prep(tree, tokens, w, st.preps())) {
          walk(tree, tokens, words, tree.head(w), step + 1, out, start);
        }
      }
      default -> {
        List<Integer> next = new ArrayList<>();
        if (w == start && step == 0 && (st.rel().equals("nsubj") || st.rel().equals("nsubj:pass"))) {
          next.addAll(Subjects.of(tree, tokens, w, st.rel().equals("nsubj:pass")));
        } else if (w == start && step == 0 && st.rel().equals("obj") && st.preps() == null) {
          next.addAll(Subjects.objects(tree, w));
        } else {
          for (int c : tree.children(w)) {
            if (like(tree.rel(c), st.rel()) && prep(tree, tokens, c, st.preps())) {
              next.add(c);
            }
          }
        }
        for (int c : next) {
          walk(tree, tokens, words, c, step + 1, out, start);
        }
      }
    }
  }

  /**
   * A relation as a path names it: "obl" takes "obl:tmod" and the like, but the active "nsubj"
   * never takes the passive "nsubj:pass", nor "obl" the agent "obl:agent".
   */
  static boolean like(String rel, String wanted) {
    if (!Tree.like(rel, wanted)) {
      return false;
    }
    return wanted.contains(":") || !(rel.endsWith(":pass") || rel.endsWith(":agent"));
  }

  private static boolean prep(Tree tree, List<Token> tokens, int w, Set<String> preps) {
    if (preps == null) {
      return true;
    }
    for (int c : tree.children(w)) {
      if (CASE_RELS.contains(tree.rel(c)) && preps.contains(tokens.get(c).lemma().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
