package org.newsgraph.extract.facts.paths;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.corpus.LexiconFiles;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * Relations read over the dependency tree: each rule of a rules file ({@code relation-paths.tsv})
 * is a property, a {@link PathPattern} between the two entities and options ({@code
 * kinds=person|organization>person}, {@code conf=0.7}, {@code symmetric}: both directions). The entities are names, and pronouns and
 * descriptions the {@link Coreference} resolves ("she praised him"). A trigger word that is
 * negated ("did not criticize", "no longer supports") or stopped ("stopped supporting") states
 * nothing. Each fact's evidence names its rule ({@code paths:property:path}).
 */
public final class PathRules {
  record Rule(String property, PathPattern path, Set<String> subjectKinds, Set<String> objectKinds, double confidence,
      boolean symmetric) {}

  private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");
  private static final Set<String> STOPS = Set.of("stop", "quit", "cease", "end", "refuse", "decline", "fail");

  private final List<Rule> rules;
  private final Triggers triggers;

  private PathRules(List<Rule> rules, Triggers triggers) {
    this.rules = List.copyOf(rules);
    this.triggers = triggers;
  }

  /** The rules of {@code file} whose property is one of {@code properties}, with their triggers. */
  public static PathRules load(String file, String triggerFile, Set<String> properties) {
    Triggers t = Triggers.load(triggerFile);
    List<Rule> rules = new ArrayList<>();
    for (String[] f : LexiconFiles.tsv(file, 2)) {
      if (!properties.contains(f[0])) {
        continue;
      }
      PathPattern p = PathPattern.parse(f[1]);
      for (String c : p.triggerClasses()) {
        if (!t.knows(c)) {
          throw new IllegalStateException(file + ": rule '" + f[1] + "' names the unknown trigger class [" + c + "]");
        }
      }
      Set<String> sk = Set.of("person", "organization");
      Set<String> ok = Set.of("person", "organization");
      double conf = 0.7;
      boolean symmetric = false;
      for (int i = 2; i < f.length; i++) {
        for (String opt : f[i].split(",")) {
          String o = opt.strip();
          if (o.startsWith("kinds=")) {
            String[] k = o.substring(6).split(">");
            sk = Set.of(k[0].split("\\|"));
            ok = Set.of(k[1].split("\\|"));
          } else if (o.startsWith("conf=")) {
            conf = Double.parseDouble(o.substring(5));
          } else if (o.equals("symmetric")) {
            symmetric = true;
          } else if (!o.isEmpty()) {
            throw new IllegalStateException(file + ": unknown option '" + o + "' of rule " + f[1]);
          }
        }
      }
      rules.add(new Rule(f[0], p, sk, ok, conf, symmetric));
    }
    return new PathRules(rules, t);
  }

  public int size() {
    return rules.size();
  }

  /** Applies every rule to every sentence of the article. */
  public void apply(ArticleContext a, FactSink sink, String extractor) {
    Coreference coref = Coreference.in(a);
    for (Sentence s : a.sentences()) {
      Map<Integer, Ref> entities = entities(a, coref, s);
      if (entities.size() < 2) {
        continue;
      }
      Tree tree = new Tree(s);
      List<Token> tokens = s.tokens();
      for (Rule r : rules) {
        for (Map.Entry<Integer, Ref> start : entities.entrySet()) {
          Ref from = start.getValue();
          if (!(r.path().fromSubject() ? r.subjectKinds() : r.objectKinds()).contains(from.kind())) {
            continue;
          }
          for (PathPattern.End end : r.path().walk(tree, tokens, start.getKey(), triggers)) {
            Ref to = entities.get(end.word());
            if (to == null || to.equals(from) || (end.trigger() >= 0 && negated(tree, tokens, end.trigger()))) {
              continue;
            }
            Ref subject = r.path().fromSubject() ? from : to;
            Ref object = r.path().fromSubject() ? to : from;
            if (!r.subjectKinds().contains(subject.kind()) || !r.objectKinds().contains(object.kind())) {
              continue;
            }
            int[] span = span(tokens, start.getKey(), end.word(), end.trigger());
            var ev = a.evidence(s, span[0], span[1], r.confidence(), extractor + ":paths:" + r.property() + ":" + r.path());
            sink.fact(subject, r.property(), object, ev);
            if (r.symmetric()) {
              sink.fact(object, r.property(), subject, ev);
            }
          }
        }
      }
    }
  }

  /** The head word of each name in the sentence, and each pronoun or description the coreference resolves. */
  private static Map<Integer, Ref> entities(ArticleContext a, Coreference coref, Sentence s) {
    Map<Integer, Ref> out = new HashMap<>();
    Tree tree = new Tree(s);
    for (Mention m : a.mentionsIn(s.index())) {
      int h = headOf(tree, m);
      out.put(h, m.entity());
      // "Mayor Otto Brenner threw...": the parser may hang the name flat under the title before it,
      // which then holds the name's place in the sentence
      int t = tree.head(h);
      if (t >= 0 && t < m.startToken() && tree.isLike(h, "flat")) {
        out.putIfAbsent(t, m.entity());
      }
    }
    for (int i = 0; i < s.tokens().size(); i++) {
      if (!out.containsKey(i)) {
        Optional<Ref> r = coref.resolved(s.index(), i);
        if (r.isPresent()) {
          out.put(i, r.get());
        }
      }
    }
    return out;
  }

  /** The word of a mention whose head is outside it (its last word when the tree says nothing). */
  static int headOf(Tree tree, Mention m) {
    for (int i = m.startToken(); i < m.endToken(); i++) {
      int h = tree.head(i);
      if (h < m.startToken() || h >= m.endToken()) {
        return i;
      }
    }
    return m.endToken() - 1;
  }

  /** "did not praise", "never criticized", "no longer supports", "stopped supporting", "refused to back". */
  static boolean negated(Tree tree, List<Token> tokens, int trigger) {
    for (int c : tree.children(trigger)) {
      String lemma = tokens.get(c).lemma().toLowerCase(Locale.ROOT);
      String text = tokens.get(c).text().toLowerCase(Locale.ROOT);
      if ((tree.isLike(c, "advmod") || tree.isLike(c, "det")) && (NEGATIONS.contains(lemma) || NEGATIONS.contains(text))) {
        return true;
      }
      if (tree.isLike(c, "advmod") && lemma.equals("longer")) {
        return true;
      }
    }
    int h = tree.head(trigger);
    return h >= 0 && tree.isLike(trigger, "xcomp") && STOPS.contains(tokens.get(h).lemma().toLowerCase(Locale.ROOT));
  }

  private static int[] span(List<Token> t, int a, int b, int c) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    if (c >= 0) {
      lo = Math.min(lo, c);
      hi = Math.max(hi, c);
    }
    return new int[] {t.get(lo).start(), t.get(hi).end()};
  }
}
