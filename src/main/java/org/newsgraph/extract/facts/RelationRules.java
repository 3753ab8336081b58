package org.newsgraph.extract.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.Literal;
import org.newsgraph.extract.Ref;

/**
 * Binary relations read by lexicon patterns. Each row of the lexicon is
 * {@code property<TAB>pattern[<TAB>options]}: the pattern's group {@code S} is the subject and
 * {@code O} the object (a {@code LIST} group gives several); a group {@code N} makes the object an
 * integer literal. Options, comma-separated: {@code symmetric} (state both directions),
 * {@code conf=0.7}, {@code kinds=person>person} (required kinds of subject and object refs).
 */
public final class RelationRules {
  /** One compiled row. */
  public record Rule(String property, Pattern pattern, boolean symmetric, double confidence,
      String subjectKind, String objectKind, int line, RequiredParts required) {}

  private final String name;
  private final List<Rule> rules = new ArrayList<>();

  public RelationRules(String lexiconFile) {
    Lexicon lex = Lexicon.load(lexiconFile);
    this.name = lexiconFile;
    for (Lexicon.Row r : lex.rows()) {
      String where = lexiconFile + ":" + r.line();
      Pattern p = Template.compile(r.get(1), lex.macros(), where);
      boolean sym = false;
      double conf = 0.8;
      String sk = null;
      String ok = null;
      for (String opt : r.get(2).split(",")) {
        opt = opt.trim();
        if (opt.isEmpty()) {
          continue;
        }
        if (opt.equals("symmetric")) {
          sym = true;
        } else if (opt.startsWith("conf=")) {
          conf = Double.parseDouble(opt.substring(5));
        } else if (opt.startsWith("kinds=")) {
          String[] k = opt.substring(6).split(">");
          sk = k[0].equals("*") ? null : k[0];
          ok = k.length > 1 && !k[1].equals("*") ? k[1] : null;
        } else {
          throw new IllegalArgumentException(where + ": unknown option '" + opt + "'");
        }
      }
      rules.add(new Rule(r.get(0), p, sym, conf, sk, ok, r.line(), RequiredParts.of(p.pattern())));
    }
  }

  public List<Rule> rules() {
    return rules;
  }

  /** Applies every rule to every sentence. */
  public void apply(MaskedArticle article, FactSink sink, String method) {
    for (MaskedSentence s : article.sentences()) {
      for (Rule r : rules) {
        if (!r.required().mayMatch(s.text())) {
          continue;
        }
        Matcher m = r.pattern().matcher(s.text());
        while (m.find()) {
          emit(s, r, m, sink, method);
        }
      }
    }
  }

  private void emit(MaskedSentence s, Rule r, Matcher m, FactSink sink, String method) {
    List<Ref> subjects = refs(s, m, "S", null);
    var ev = s.evidence(m.start(), m.end(), r.confidence(), method + ":" + name + ":" + r.line());
    for (Ref subj : subjects) {
      if (!kind(subj, r.subjectKind())) {
        continue;
      }
      if (group(m, "N") >= 0) {
        long n = Long.parseLong(m.group("N"));
        sink.fact(subj, r.property(), Literal.integer(n), ev);
        continue;
      }
      for (Ref obj : refs(s, m, "O", subj)) {
        if (obj.equals(subj) || !kind(obj, r.objectKind())) {
          continue;
        }
        sink.fact(subj, r.property(), obj, ev);
        if (r.symmetric()) {
          sink.fact(obj, r.property(), subj, ev);
        }
      }
    }
  }

  private static boolean kind(Ref r, String k) {
    return k == null || k.equals(r.kind());
  }

  static int group(Matcher m, String g) {
    try {
      return m.start(g);
    } catch (IllegalArgumentException e) {
      return -1; // the pattern has no such group
    }
  }

  /** The refs of a group: every slot in it, or the pronoun it is, resolved. */
  static List<Ref> refs(MaskedSentence s, Matcher m, String g, Ref exclude) {
    int st = group(m, g);
    if (st < 0) {
      return List.of();
    }
    int en = m.end(g);
    List<Ref> out = new ArrayList<>();
    for (Slot x : s.slotsIn(st, en)) {
      if ((x.isAgent() || x.code() == 'N') && !out.contains(x.ref())) {
        out.add(x.ref());
      }
    }
    if (out.isEmpty()) {
      Optional<Ref> r = s.resolve(st, en, exclude);
      r.ifPresent(out::add);
    }
    return out;
  }
}
