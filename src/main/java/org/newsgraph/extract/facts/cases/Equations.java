package org.newsgraph.extract.facts.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.facts.MaskedSentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * A description of a victim ("the wounded employee", "three victims", "the person killed", "the
 * hostages") or of an offender ("the gunman", a noun of {@code case-offenders.tsv}) equated with a
 * name by a path of the frame {@code equate} of {@code case-frames.tsv}: "The wounded employee is
 * X", "victims: X, Y and Z", "X was among the hostages", "identified the person killed as X", "the
 * gunman, X". A victim named so joins the one incident the article tells; an offender named so is
 * the defendant of the crime the text has just told.
 */
final class Equations {
  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}[\\p{L}'\u2019-]*");
  private final CaseWords words;
  private final Frames frames;
  private final Offenders offenders;

  Equations(CaseWords words, Frames frames, Offenders offenders) {
    this.words = words;
    this.frames = frames;
    this.offenders = offenders;
  }

  List<Partial> read(MaskedSentence s, Tree tree, Parties parties) {
    List<Token> tokens = s.sentence().tokens();
    List<Partial> out = new ArrayList<>();
    for (int w = 0; w < tokens.size(); w++) {
      Token t = tokens.get(w);
      if (!t.pos().equals("NOUN") || !WORD.matcher(t.text()).matches()) {
        // a noun glued to punctuation ("wounded.--Ivo", a byline run into the sentence) is no description
        continue;
      }
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      int harmed = harmedBy(tree, tokens, w);
      boolean victim = words.has("victim-noun", lemma) || harmed >= 0;
      boolean offender = offenders.is(lemma) || offenders.is(t.text());
      if (!victim && !offender || parties.person(w).isPresent()) {
        continue;
      }
      List<Ref> named = new ArrayList<>();
      List<String> used = new ArrayList<>();
      List<Integer> spanWords = new ArrayList<>(List.of(w));
      for (Frames.RolePath rp : frames.of("equate")) {
        for (int n : rp.path().walk(tree, tokens, words, w)) {
          if (rp.path().toString().contains("appos") && !adjacent(tree, tokens, w, n)) {
            continue;
          }
          Parties.Found f = parties.at(n);
          f.named.stream().filter(r -> !named.contains(r)).forEach(named::add);
          if (!f.named.isEmpty()) {
            used.add(rp.path().toString());
            spanWords.addAll(f.words);
          }
        }
      }
      if (named.isEmpty()) {
        continue;
      }
      String offence = "*";
      String event = "-";
      if (harmed >= 0) {
        Optional<CaseWords.WordClass> c = words.frameAt(tree, tokens, harmed);
        if (c.isPresent() && FrameReader.HARM.contains(c.get().frame())) {
          offence = c.get().offence();
          event = c.get().event();
        }
      }
      int from = spanWords.stream().mapToInt(x -> tokens.get(x).start()).min().orElse(t.start());
      int to = spanWords.stream().mapToInt(x -> tokens.get(x).end()).max().orElse(t.end());
      Partial p = new Partial(s, Clauses.masked(s, from), Clauses.maskedEnd(s, to),
          Frames.FILE + ":equate[" + (victim ? "victim" : "offender") + "] " + String.join("; ", used), offence, event);
      p.trigger = w;
      p.frame = "equate";
      if (victim) {
        p.victims.addAll(named);
        p.kind = Partial.Kind.VICTIM;
        p.fatal = offence.equals("killing");
      } else {
        p.defendants.addAll(named);
        p.role = t.text();
      }
      out.add(p);
    }
    return out;
  }

  /**
   * Whether a description and a name in apposition stand side by side, apart only by a comma or a
   * colon ("three victims: A", "the gunman, B", "C, a victim of"): an apposition across other
   * words ("victims sue D") or a sentence break ("wounded.--E") is a misparse.
   */
  private static boolean adjacent(Tree tree, List<Token> tokens, int description, int name) {
    int[] d = tree.span(description);
    int from;
    int to;
    if (name > description) {
      from = description + 1;
      to = name;
    } else {
      int end = name;
      while (end + 1 < tokens.size() && tree.head(end + 1) == name && Tree.like(tree.rel(end + 1), "flat")) {
        end++;
      }
      from = end + 1;
      to = d[0];
    }
    for (int i = from; i < to; i++) {
      String t = tokens.get(i).text();
      if (!(t.equals(",") || t.equals(":"))) {
        return false;
      }
    }
    return true;
  }

  /** The participle or adjective of harm on a noun ("the wounded employee", "the person killed"), or -1. */
  private int harmedBy(Tree tree, List<Token> tokens, int w) {
    for (int c : tree.children(w)) {
      if ((Tree.like(tree.rel(c), "amod") || Tree.like(tree.rel(c), "acl") && !tree.rel(c).equals("acl:relcl"))
          && words.has("harmed", tokens.get(c).lemma().toLowerCase(Locale.ROOT))) {
        return c;
      }
    }
    return -1;
  }
}
