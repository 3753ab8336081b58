package org.newsgraph.extract.facts.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.facts.MaskedSentence;
import org.newsgraph.extract.facts.dates.TemporalValue;

/**
 * What one match says about a case: a pattern of {@code cases.tsv} over the masked sentence, or a
 * frame of {@code case-frames.tsv} read over the dependency tree. The people it names, what it
 * says they were charged with or sentenced to, and the dates and place it gives.
 */
final class Partial {
  /** How a match may found a case of its own. */
  enum Kind {
    /** An offence, a charge, an arrest or a sentence told of named people: a case of its own. */
    STRONG,
    /** A victim named by a description ("the wounded employee is X"): joins the one incident told, else a case of its own. */
    VICTIM,
    /** A death ("X was pronounced dead"): the victim of the one killing told without a named victim, else nothing. */
    DEATH
  }

  final MaskedSentence s;
  /** The evidence span, in masked offsets. */
  final int start;
  final int end;
  /** The rule, as the evidence's method names it (after "case:"). */
  final String rule;
  /** The offence the match shows (killing, shooting, ...) or * when it does not say. */
  final String offence;
  /** The event the match also reports (Killing, Shooting, Arrest, Sentencing) or -. */
  final String event;
  Kind kind = Kind.STRONG;
  /** Whether the match tells the offence itself (its date is the offence's date). */
  boolean harm;
  /** Whether the harm was fatal (a shooting that killed is a killing too). */
  boolean fatal;
  /** The word of the sentence that triggered a tree frame (-1 for a surface pattern), and its frame. */
  int trigger = -1;
  String frame;

  final List<Ref> victims = new ArrayList<>();
  final List<Ref> defendants = new ArrayList<>();
  /** People the match describes without naming them ("a 16-year-old boy"), as written. */
  final List<String> unnamedVictims = new ArrayList<>();
  final List<String> unnamedDefendants = new ArrayList<>();
  /** The people of the case a role noun ("the gunman, X") refers to: they join the same case. */
  final Set<Ref> referredTo = new LinkedHashSet<>();
  final List<String> charges = new ArrayList<>();
  String sentence;
  String role;
  /** The line of the {@code case-prior.tsv} cue that makes this match an earlier matter, or -1. */
  int prior = -1;
  /** Its sentence is written as one already told ("served the 20 days"). */
  boolean toldSentence;
  /** Whether this match reports its event (a role referral split off a prior match does not). */
  boolean reportsEvent = true;

  TemporalValue offenceDate;
  TemporalValue sentencingDate;
  /** The date of the arrest or sentencing event the match reports. */
  TemporalValue eventDate;
  Ref place;

  Partial(MaskedSentence s, int start, int end, String rule, String offence, String event) {
    this.s = s;
    this.start = start;
    this.end = end;
    this.rule = rule;
    this.offence = offence;
    this.event = event;
  }

  /** The named people of the match. */
  Set<Ref> people() {
    Set<Ref> p = new LinkedHashSet<>(victims);
    p.addAll(defendants);
    return p;
  }

  /** The people whose case this match belongs to: its own and those its role noun refers to. */
  Set<Ref> group() {
    Set<Ref> p = people();
    p.addAll(referredTo);
    return p;
  }

  boolean named() {
    return !victims.isEmpty() || !defendants.isEmpty();
  }

  boolean hasVictims() {
    return !victims.isEmpty() || !unnamedVictims.isEmpty();
  }

  int sentenceIndex() {
    return s.sentence().index();
  }

  /** The role referral of a match that also tells an earlier matter: its people, none of its facts. */
  Partial referral() {
    Partial r = new Partial(s, start, end, rule, offence, event);
    r.victims.addAll(victims);
    r.defendants.addAll(defendants);
    r.role = role;
    r.reportsEvent = false;
    return r;
  }

  boolean hasFacts() {
    return !charges.isEmpty() || sentence != null;
  }

  /** The evidence's method: the extractor, the rule, and the cue of an earlier matter if any. */
  String method(String extractor) {
    return extractor + ":" + rule + (prior >= 0 ? "+" + PriorCues.FILE + ":" + prior : "");
  }

  /** Whether this match comes before another in the article. */
  boolean before(Partial o) {
    return sentenceIndex() != o.sentenceIndex() ? sentenceIndex() < o.sentenceIndex() : start < o.start;
  }
}
