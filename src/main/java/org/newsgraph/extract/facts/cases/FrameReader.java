package org.newsgraph.extract.facts.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.extract.facts.MaskedArticle;
import org.newsgraph.extract.facts.MaskedSentence;
import org.newsgraph.extract.facts.dates.DateResolver;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.syntax.Tree;

/**
 * The tree layer: every word of a frame class of {@code case-words.tsv} in a parsed sentence, with
 * the roles its frame ({@code case-frames.tsv}) finds in the dependency tree, is a {@link Partial}:
 * "X was shot to death by Y", "prosecutors charged X with murder", "the homicide of X and his
 * wife, Y", "X, who was sentenced to death in 2004". A frame that is negated ("never touched"),
 * hypothetical ("could face") or wished for ("asked the court to charge him") tells nothing.
 * Frames that name nobody ("the March 8 incident") are kept as anchors of a date and a place.
 */
final class FrameReader {
  private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");
  private static final Set<String> MODALS = Set.of("could", "would", "might", "may", "should");
  private static final Set<String> LEGAL = Set.of("charge", "arrest", "convict", "conviction", "plead", "sentence",
      "acquit", "accuse");
  /** Frames that tell the offence itself: their date is the offence's date. */
  static final Set<String> HARM = Set.of("harm", "harm-noun", "incident");

  private final CaseWords words;
  private final Frames frames;
  private final Offenders offenders;
  private final Offences offences;
  private final PriorCues priors;
  private final Equations equations;

  FrameReader(CaseWords words, Offenders offenders, Offences offences, PriorCues priors) {
    this.words = words;
    this.frames = new Frames(words);
    this.offenders = offenders;
    this.offences = offences;
    this.priors = priors;
    this.equations = new Equations(words, frames, offenders);
  }

  /** Whether the article tells a charge, an arrest, a plea or a conviction anywhere (the gate of weak words). */
  boolean legal(MaskedArticle ma) {
    for (MaskedSentence s : ma.sentences()) {
      if (!parsed(s.sentence())) {
        continue;
      }
      Tree tree = new Tree(s.sentence());
      List<Token> tokens = s.sentence().tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Optional<CaseWords.WordClass> c = words.frameAt(tree, tokens, i);
        if (c.isPresent() && LEGAL.contains(c.get().frame()) && !doubted(tree, tokens, i)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The frames of one sentence (none when it was not parsed). */
  List<Partial> read(MaskedSentence s, Coreference coref, DateResolver dates, boolean legal) {
    Sentence sentence = s.sentence();
    if (!parsed(sentence)) {
      return List.of();
    }
    Tree tree = new Tree(sentence);
    List<Token> tokens = sentence.tokens();
    TreeAnchors anchors = new TreeAnchors(s, tree, dates);
    Phrases phrases = new Phrases(s, tree, anchors.dated());
    Parties parties = new Parties(s, tree, coref, words, offenders);
    List<Partial> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Optional<CaseWords.WordClass> c = words.frameAt(tree, tokens, i);
      if (c.isEmpty() || c.get().legalGate() && !legal || doubted(tree, tokens, i)) {
        continue;
      }
      Partial p = frame(s, tree, tokens, i, c.get(), parties, phrases);
      if (p != null) {
        out.add(p);
      }
    }
    out.addAll(equations.read(s, tree, parties));
    anchors.attach(out);
    return out;
  }

  private static final java.util.Set<String> REFLEXIVES = java.util.Set.of("himself", "herself", "themselves", "itself");

  private Partial frame(MaskedSentence s, Tree tree, List<Token> tokens, int i, CaseWords.WordClass c, Parties parties,
      Phrases phrases) {
    String frame = c.frame();
    Partial p;
    List<String> used = new ArrayList<>();
    List<Integer> spanWords = new ArrayList<>(List.of(i));
    List<Ref2> victims = new ArrayList<>();
    List<Ref2> defendants = new ArrayList<>();
    List<String> charges = new ArrayList<>();
    String sentence = null;
    String role = null;
    int need = -1;
    boolean needs = false;
    boolean chargeWords = false;
    int facts = -1;
    for (Frames.RolePath rp : frames.of(c)) {
      if (rp.path().literal() != null) {
        if (rp.role().equals("sentence") && sentence == null) {
          sentence = rp.path().literal();
          used.add(rp.role() + rp.path());
        }
        continue;
      }
      needs |= rp.role().equals("need");
      List<Integer> ws = rp.path().walk(tree, tokens, words, i);
      for (int w : ws) {
        switch (rp.role()) {
          case "victim", "defendant" -> {
            if (rp.role().equals("victim") && REFLEXIVES.contains(tokens.get(w).text().toLowerCase(java.util.Locale.ROOT))) {
              continue; // "the gunman shot himself": the offender's own death is no victim of his case
            }
            Parties.Found f = parties.at(w);
            if (rp.role().equals("victim") && f.offenderNoun != null) {
              // "police killed the gunman, X": X is the offender of the story's crime, not a victim
              defendants.add(new Ref2(f, true));
              role = f.offenderNoun;
            } else {
              (rp.role().equals("victim") ? victims : defendants).add(new Ref2(f, false));
            }
            spanWords.addAll(f.words);
          }
          case "charge" -> {
            // a date in the charge's place ("arrested on Saturday") is no charge that failed
            List<String> stated = phrases.charges(w);
            chargeWords |= !stated.isEmpty();
            for (String t : stated) {
              // an accusation outside court ("accused him of a soft-on-crime approach amid a crime
              // wave") is a charge only when it names a particular offence, not crime in general
              boolean named = frame.equals("accuse")
                  ? offences.of(t).filter(o -> !offences.group(o).equals("*")).isPresent() : offences.names(t);
              if (named && !charges.contains(t)) {
                charges.add(t);
                facts = facts < 0 ? w : Math.min(facts, w);
              }
            }
          }
          case "sentence" -> {
            if (sentence == null) {
              sentence = withCustody(s, tree, tokens, i, w, phrases.sentence(w));
              facts = facts < 0 ? w : Math.min(facts, w);
            }
          }
          case "need" -> need = need < 0 ? w : need;
          default -> { }
        }
        spanWords.add(w);
      }
      if (!ws.isEmpty()) {
        used.add(rp.role() + rp.path());
      }
    }
    if (needs && need < 0 || chargeWords && charges.isEmpty()) {
      // "accused the governor of placing his views above the law": no offence, no case
      return null;
    }
    String offence = c.offence();
    String event = c.event();
    if (need >= 0) {
      Optional<CaseWords.WordClass> n = words.frameAt(tree, tokens, need);
      offence = n.map(CaseWords.WordClass::offence).orElse("*");
    }
    boolean fatal = HARM.contains(frame) && (offence.equals("killing") || fatal(tree, tokens, i));
    if (fatal) {
      offence = "killing";
    }
    int[] span = span(s, tokens, spanWords);
    p = new Partial(s, Clauses.masked(s, span[0]), Clauses.maskedEnd(s, span[1]),
        Frames.FILE + ":" + frame + "[" + c.name() + "] " + String.join("; ", used), offence, event);
    p.trigger = i;
    p.frame = frame;
    p.harm = HARM.contains(frame) || need >= 0;
    p.fatal = fatal;
    p.kind = frame.equals("death") ? Partial.Kind.DEATH : Partial.Kind.STRONG;
    p.role = role;
    for (Ref2 v : victims) {
      v.f.named.stream().filter(r -> !p.victims.contains(r)).forEach(p.victims::add);
      if (v.f.named.isEmpty()) {
        v.f.unnamed.stream().filter(d -> !p.unnamedVictims.contains(d)).forEach(p.unnamedVictims::add);
      }
    }
    for (Ref2 d : defendants) {
      d.f.named.stream().filter(r -> !p.defendants.contains(r) && !p.victims.contains(r)).forEach(p.defendants::add);
      if (d.f.named.isEmpty() && !d.offender) {
        d.f.unnamed.stream().filter(x -> !p.unnamedDefendants.contains(x)).forEach(p.unnamedDefendants::add);
      }
    }
    p.charges.addAll(charges);
    p.sentence = sentence;
    if (!p.named() && p.unnamedVictims.isEmpty() && p.unnamedDefendants.isEmpty() && !HARM.contains(frame)) {
      return null;
    }
    if (p.kind == Partial.Kind.DEATH && p.victims.isEmpty()) {
      return null;
    }
    if (p.named() && !p.harm) {
      p.prior = priors.cue(p, facts < 0 ? p.end : Clauses.masked(s, tokens.get(facts).start()));
      p.toldSentence = p.sentence != null && facts >= 0 && priors.told(phrases.raw(facts));
    }
    return p;
  }

  /**
   * A sentence with where it is served when the parser hung that on the verb: "sentenced to three
   * years | in federal prison" (a word of the class custody, right after the sentence's words).
   */
  private String withCustody(MaskedSentence s, Tree tree, List<Token> tokens, int trigger, int w, String stated) {
    if (stated == null) {
      return null;
    }
    int end = tree.span(w)[1];
    for (int o : tree.childrenLike(trigger, "obl")) {
      int[] sp = tree.span(o);
      if (sp[0] == end && tokens.get(sp[0]).text().equalsIgnoreCase("in")
          && words.has("custody", tokens.get(o).lemma().toLowerCase(Locale.ROOT))) {
        return stated + " " + s.article().text().substring(tokens.get(sp[0]).start(), tokens.get(sp[1] - 1).end()).replaceAll("\\s+", " ");
      }
    }
    return stated;
  }

  /** A person found for a role, and whether it was found as the offender in a victim's place. */
  private record Ref2(Parties.Found f, boolean offender) {}

  /** "shot dead", "shot to death", "fatally stabbed", "shot and killed". */
  private boolean fatal(Tree tree, List<Token> tokens, int i) {
    for (int c : tree.children(i)) {
      String rel = tree.rel(c);
      if ((Tree.like(rel, "advmod") || Tree.like(rel, "xcomp") || Tree.like(rel, "obl") || Tree.like(rel, "obj")
          || Tree.like(rel, "conj")) && words.has("fatal", tokens.get(c).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Negated, hypothetical, conditional or only wished for. */
  boolean doubted(Tree tree, List<Token> tokens, int i) {
    for (int c : tree.children(i)) {
      String lemma = tokens.get(c).lemma().toLowerCase(Locale.ROOT);
      String text = tokens.get(c).text().toLowerCase(Locale.ROOT);
      String rel = tree.rel(c);
      if ((Tree.like(rel, "advmod") || Tree.like(rel, "det")) && (NEGATIONS.contains(lemma) || NEGATIONS.contains(text))) {
        return true;
      }
      if (Tree.like(rel, "aux") && MODALS.contains(lemma) || Tree.like(rel, "mark") && lemma.equals("if")) {
        return true;
      }
      if (Tree.like(rel, "nsubj") && (lemma.equals("nobody") || lemma.equals("none")
          || tree.children(c).stream().anyMatch(d -> tokens.get(d).lemma().equalsIgnoreCase("no")))) {
        return true;
      }
    }
    int h = tree.head(i);
    if (h >= 0 && (Tree.like(tree.rel(i), "xcomp") || Tree.like(tree.rel(i), "ccomp"))) {
      return words.has("unreal", tokens.get(h).lemma().toLowerCase(Locale.ROOT))
          || Tree.like(tree.rel(i), "xcomp") && doubted(tree, tokens, h);
    }
    return false;
  }

  static boolean parsed(Sentence s) {
    return s.tokens().stream().anyMatch(t -> t.head() >= 0 || !t.deprel().isEmpty());
  }

  /** The article offsets from the first to the last word of the match (a name's whole mention). */
  private static int[] span(MaskedSentence s, List<Token> tokens, List<Integer> ws) {
    int from = Integer.MAX_VALUE;
    int to = 0;
    for (int w : ws) {
      from = Math.min(from, tokens.get(w).start());
      to = Math.max(to, tokens.get(w).end());
      for (var x : s.slots()) {
        if (x.start() <= tokens.get(w).start() && tokens.get(w).end() <= x.end()) {
          from = Math.min(from, x.start());
          to = Math.max(to, x.end());
        }
      }
    }
    return new int[] {from, to};
  }
}
