package org.newsgraph.extract.facts.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.ArticleGraph;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Node;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.Literal;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.facts.Lexicon;
import org.newsgraph.extract.facts.MaskedArticle;
import org.newsgraph.extract.facts.MaskedSentence;
import org.newsgraph.extract.facts.Slot;
import org.newsgraph.extract.facts.Slugs;
import org.newsgraph.extract.facts.RequiredParts;
import org.newsgraph.extract.facts.Template;
import org.newsgraph.extract.facts.dates.DateMention;
import org.newsgraph.extract.facts.dates.DateResolver;
import org.newsgraph.extract.facts.dates.TemporalValue;
import org.newsgraph.extract.facts.policy.PolicyScheme;

/**
 * Criminal cases: victims, defendants, charges, sentences, offence date and place, and the policies
 * a case is tied to, from the patterns of {@code cases.tsv}. What several sentences say about the
 * same people is one case; the case IRI is keyed by its first victim (or defendant), so that the
 * same matter told by two articles is one resource. A match that speaks of a defendant's earlier
 * matter (a cue of {@code case-prior.tsv}: "was on probation for a prior gun charge") tells that
 * earlier case, never the victims' case: its charge, sentence and policies go to the defendant's
 * own case, while a role noun in it ("the gunman, X") still makes X the victims' defendant.
 * Killings, shootings, arrests and sentencings are also reported as events.
 */
public final class CaseExtractor implements FactExtractor {
  private static final Pattern PLACE_PREP = Pattern.compile("\\b(?:in|at|inside|near|outside|on)\\b[^,;" + Template.OPEN + "]{0,25}$");

  private static final Pattern SINGULAR = Pattern.compile("^[^" + Template.OPEN + "]*?\\b(?:was|is|has)\\b");

  private record Rule(String offence, String event, Pattern pattern, int line, RequiredParts required) {
    Rule(String offence, String event, Pattern pattern, int line) {
      this(offence, event, pattern, line, RequiredParts.of(pattern.pattern()));
    }
  }

  /** A role noun for the offender and the offences it can refer to (empty: any). */
  private record Offender(Pattern noun, Set<String> offences) {}

  /**
   * How far back (in sentences) a role noun looks for the case it refers to, and how far ahead
   * (0: later in its own sentence only; a role noun before the crime is told rarely refers to it).
   */
  private static final int REFER_BACK = 8;
  private static final int REFER_AHEAD = 0;

  /** The grouping key of a defendant's earlier matter: apart from the people of the victims' case. */
  private record PriorOf(Ref defendant) {}

  /** What one match says. */
  private static final class Partial {
    final MaskedSentence s;
    final Rule rule;
    final int start;
    final int end;
    final List<Ref> victims = new ArrayList<>();
    final List<Ref> defendants = new ArrayList<>();
    /** The people of the case a role noun ("the gunman, X") refers to: they join the same case. */
    final Set<Ref> referredTo = new LinkedHashSet<>();
    String charge;
    String sentence;
    String role;
    /** The line of the {@code case-prior.tsv} cue that makes this match an earlier matter, or -1. */
    int prior = -1;
    /** Its sentence is written as one already told ("served the 20 days"). */
    boolean toldSentence;
    /** Whether this match reports its event (a role referral split off a prior match does not). */
    boolean reportsEvent = true;

    Partial(MaskedSentence s, Rule rule, Matcher m) {
      this(s, rule, m.start(), m.end());
    }

    Partial(MaskedSentence s, Rule rule, int start, int end) {
      this.s = s;
      this.rule = rule;
      this.start = start;
      this.end = end;
    }

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

    int sentenceIndex() {
      return s.sentence().index();
    }

    /** The role referral of a match that also tells an earlier matter: its people, none of its facts. */
    Partial referral() {
      Partial r = new Partial(s, rule, start, end);
      r.victims.addAll(victims);
      r.defendants.addAll(defendants);
      r.role = role;
      r.reportsEvent = false;
      return r;
    }

    boolean hasFacts() {
      return charge != null || sentence != null;
    }

    String method(String extractor) {
      return extractor + ":cases.tsv:" + rule.line() + (prior >= 0 ? "+" + PRIOR_FILE + ":" + prior : "");
    }
  }

  private static final String PRIOR_FILE = "case-prior.tsv";

  /** A cue of an earlier matter and its line in {@value #PRIOR_FILE}. */
  private record PriorCue(Pattern pattern, int line) {}

  private final List<Rule> rules = new ArrayList<>();
  private final List<Offender> offenders = new ArrayList<>();

  private final List<PriorCue> priorCues = new ArrayList<>();
  /** The determiners of a sentence already told ("the 20 days"), at the start of a group SENT. */
  private final Pattern definite;

  private final Optional<PolicyScheme> policies;
  private final Pattern policyContext;

  public CaseExtractor(Optional<PolicyScheme> policies) {
    this.policies = policies;
    List<String> nouns = new ArrayList<>();
    for (Lexicon.Row r : Lexicon.load("case-offenders.tsv").rows()) {
      nouns.add(r.get(0));
      Set<String> offences = r.get(1).equals("*") ? Set.of() : Set.of(r.get(1).split("\\s*,\\s*"));
      offenders.add(new Offender(Pattern.compile("(?i)" + r.get(0)), offences));
    }
    Lexicon lex = Lexicon.load("cases.tsv");
    java.util.Map<String, String> macros = new java.util.LinkedHashMap<>(lex.macros());
    macros.putIfAbsent("OFFENDER", "(?i:" + String.join("|", nouns) + ")");
    for (Lexicon.Row r : lex.rows()) {
      rules.add(new Rule(r.get(0), r.get(1),
          Template.compile(r.get(2), macros, "cases.tsv:" + r.line()), r.line()));
    }
    List<String> ctx = new ArrayList<>();
    for (Lexicon.Row r : Lexicon.load("case-policy.tsv").rows()) {
      ctx.add(r.get(1));
    }
    policyContext = Pattern.compile("(?i)" + String.join("|", ctx));
    List<String> determiners = new ArrayList<>();
    for (Lexicon.Row r : Lexicon.load(PRIOR_FILE).rows()) {
      switch (r.get(0)) {
        case "prior" -> priorCues.add(new PriorCue(Pattern.compile("(?i)" + r.get(1)), r.line()));
        case "definite" -> determiners.add(r.get(1));
        default -> throw new IllegalStateException(PRIOR_FILE + ":" + r.line() + ": unknown kind '" + r.get(0)
            + "' (prior or definite)");
      }
    }
    definite = Pattern.compile("(?i)^\\s*(?:" + (determiners.isEmpty() ? "(?!)" : String.join("|", determiners)) + ")\\s+");
  }

  @Override
  public String name() {
    return "case";
  }

  @Override
  public void extract(ArticleContext a, FactSink sink) {
    sink = new org.newsgraph.extract.facts.DeclaringSink(a, sink);
    MaskedArticle ma = MaskedArticle.of(a, policies);
    // events of this article that already have a date / a place (the first one told wins)
    Set<Ref> dated = new java.util.HashSet<>();
    Set<Ref> placed = new java.util.HashSet<>();
    DateResolver dates = new DateResolver(a.published());
    List<Partial> partials = new ArrayList<>();
    for (MaskedSentence s : ma.sentences()) {
      for (Rule r : rules) {
        if (!r.required().mayMatch(s.text())) {
          continue;
        }
        Matcher m = r.pattern().matcher(s.text());
        while (m.find()) {
          Partial p = new Partial(s, r, m);
          p.victims.addAll(people(s, m, "V"));
          p.defendants.addAll(people(s, m, "D"));
          p.defendants.removeAll(p.victims);
          if (p.victims.size() > 1 && group(m, "V") >= 0 && m.end("V") < m.end()
              && SINGULAR.matcher(s.text().substring(m.end("V"), m.end())).find()) {
            // "a moment of silence for A and B, a boy who was killed": the verb agrees with B only
            Ref lastVictim = p.victims.get(p.victims.size() - 1);
            p.victims.clear();
            p.victims.add(lastVictim);
          }
          p.charge = text(s, m, "C");
          p.sentence = text(s, m, "SENT");
          p.role = group(m, "R") >= 0 ? m.group("R") : null;
          if (p.people().isEmpty()) {
            continue;
          }
          p.prior = priorCue(p, m);
          p.toldSentence = p.sentence != null && definite.matcher(m.group("SENT")).find();
          if (p.prior >= 0 && p.role != null) {
            // "the gunman, X, on probation for a prior ...": X is the victims' defendant, the facts are X's earlier case
            partials.add(p.referral());
            p.role = null;
          }
          partials.add(p);
        }
      }
    }
    referBack(partials);
    List<List<Partial>> cases = group(ma, partials);
    List<Ref> caseRefs = new ArrayList<>();
    for (List<Partial> c : cases) {
      caseRefs.add(emitCase(ma, c, dates, sink, dated, placed));
    }
    if (policies.isPresent()) {
      linkPolicies(ma, cases, caseRefs, sink);
    }
  }

  private static List<Ref> people(MaskedSentence s, Matcher m, String g) {
    int st = group(m, g);
    if (st < 0) {
      return List.of();
    }
    List<Ref> out = new ArrayList<>();
    for (Slot x : s.slotsIn(st, m.end(g))) {
      if (x.code() == 'P' && !out.contains(x.ref())) {
        out.add(x.ref());
      }
    }
    if (out.isEmpty()) {
      s.resolve(st, m.end(g)).filter(r -> r.kind().equals("person")).ifPresent(out::add);
    }
    return out;
  }

  private static int group(Matcher m, String g) {
    try {
      return m.start(g);
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  /** The text of a group as written; a policy phrase in it ("life without parole") is read back from the article. */
  private static String text(MaskedSentence s, Matcher m, String g) {
    if (group(m, g) < 0 || m.end(g) <= m.start(g)) {
      return null;
    }
    String t = m.group(g);
    if (t.indexOf(Template.OPEN) >= 0 && s.slotsIn(m.start(g), m.end(g)).stream().allMatch(x -> x.code() == 'Y')) {
      t = s.original(m.start(g), m.end(g));
    }
    t = t.trim().replaceAll("\\s+", " ");
    t = t.replaceFirst("^(?:a|an|the|prior|previous)\\s+", "");
    return t.isEmpty() || t.indexOf(Template.OPEN) >= 0 ? null : t;
  }

  /**
   * The line of the cue of an earlier matter in the match's own clause (from the last comma
   * before its charge or sentence) or in the words leading into it (from the sentence start or the
   * last name before it); -1 when none, or when the match names victims.
   */
  private int priorCue(Partial p, Matcher m) {
    if (!p.victims.isEmpty() || priorCues.isEmpty()) {
      return -1;
    }
    String t = p.s.text();
    int facts = p.end;
    for (String g : List.of("C", "SENT")) {
      int st = group(m, g);
      if (st >= 0) {
        facts = Math.min(facts, st);
      }
    }
    int clause = Math.max(p.start, Math.max(t.lastIndexOf(',', facts - 1), t.lastIndexOf(';', facts - 1)) + 1);
    List<String> regions = new ArrayList<>();
    regions.add(p.s.original(clause, p.end));
    int lead = Math.min(window(p)[0], p.start);
    if (lead < p.start) {
      regions.add(p.s.original(lead, p.start));
    }
    for (PriorCue c : priorCues) {
      for (String r : regions) {
        if (c.pattern().matcher(r).find()) {
          return c.line();
        }
      }
    }
    return -1;
  }

  /**
   * Partials that share a person are one case (victims of the same matter are named together); a
   * defendant's earlier matter is grouped apart from the victims' case, and one case with it when
   * the defendant has no victims' case. A sentence written as already told goes to the case told
   * where it was last written.
   */
  private List<List<Partial>> group(MaskedArticle ma, List<Partial> partials) {
    List<List<Partial>> cases = new ArrayList<>();
    List<Set<Object>> keys = new ArrayList<>();
    List<Partial> told = new ArrayList<>();
    for (Partial p : partials) {
      if (p.toldSentence) {
        told.add(p);
      } else {
        add(cases, keys, p);
      }
    }
    for (Partial p : told) {
      int c = toldIn(ma, p, cases);
      if (c >= 0) {
        cases.get(c).add(p);
      } else {
        add(cases, keys, p);
      }
    }
    // without a victims' case, a defendant's earlier matter and the rest of what is told about him are one case
    for (int i = 0; i < cases.size(); i++) {
      for (int j = i + 1; j < cases.size(); j++) {
        if (victimless(cases.get(i)) && victimless(cases.get(j)) && !java.util.Collections.disjoint(defendants(cases.get(i)),
            defendants(cases.get(j)))) {
          cases.get(i).addAll(cases.remove(j));
          keys.get(i).addAll(keys.remove(j));
          j = i;
        }
      }
    }
    return cases;
  }

  private static Set<Object> keys(Partial p) {
    if (p.prior < 0) {
      return new LinkedHashSet<>(p.group());
    }
    Set<Object> k = new LinkedHashSet<>();
    for (Ref d : p.defendants) {
      k.add(new PriorOf(d));
    }
    return k;
  }

  private static void add(List<List<Partial>> cases, List<Set<Object>> keys, Partial p) {
    Set<Object> own = keys(p);
    int into = -1;
    for (int i = 0; i < cases.size(); i++) {
      if (!java.util.Collections.disjoint(keys.get(i), own)) {
        if (into < 0) {
          into = i;
        } else {
          cases.get(into).addAll(cases.get(i));
          keys.get(into).addAll(keys.get(i));
          cases.remove(i);
          keys.remove(i);
          i--;
        }
      }
    }
    if (into < 0) {
      cases.add(new ArrayList<>());
      keys.add(new LinkedHashSet<>());
      into = cases.size() - 1;
    }
    cases.get(into).add(p);
    keys.get(into).addAll(own);
  }

  private static boolean victimless(List<Partial> c) {
    return c.stream().allMatch(p -> p.victims.isEmpty());
  }

  private static Set<Ref> defendants(List<Partial> c) {
    Set<Ref> out = new LinkedHashSet<>();
    c.forEach(p -> out.addAll(p.defendants));
    return out;
  }

  /**
   * The case a sentence written as already told ("X served the 20 days") belongs to: the last
   * sentence before it that has those words, and of the cases of X the match nearest at or before
   * that sentence (one that states a charge or sentence first, then an earlier matter). -1 when the
   * words were not told before or X has no case there.
   */
  private static int toldIn(MaskedArticle ma, Partial p, List<List<Partial>> cases) {
    Pattern words = Pattern.compile("(?<![\\w])" + Pattern.quote(plain(p.sentence)) + "(?![\\w])");
    int at = -1;
    for (MaskedSentence s : ma.sentences()) {
      int idx = s.sentence().index();
      if (idx < p.sentenceIndex() && idx > at && words.matcher(plain(s.sentence().text())).find()) {
        at = idx;
      }
    }
    if (at < 0) {
      return -1;
    }
    int best = -1;
    int bestScore = Integer.MIN_VALUE;
    for (int i = 0; i < cases.size(); i++) {
      if (java.util.Collections.disjoint(defendants(cases.get(i)), p.defendants)) {
        continue;
      }
      for (Partial q : cases.get(i)) {
        if (q.sentenceIndex() > at) {
          continue;
        }
        int score = 4 * q.sentenceIndex() + (q.hasFacts() ? 2 : 0) + (q.prior >= 0 ? 1 : 0);
        if (score > bestScore) {
          best = i;
          bestScore = score;
        }
      }
    }
    return best;
  }

  /** Lower case, dashes as spaces, single spaces: "20-days" is "20 days". */
  private static String plain(String t) {
    return t.toLowerCase(Locale.ROOT).replaceAll("[\\-\u2010-\u2015]", " ").replaceAll("\\s+", " ").trim();
  }

  /**
   * A defendant named by a role noun with no victim in the same match ("The gunman, X, was on
   * parole") belongs to the case whose victims the text has just told: the nearest match before
   * it (same sentence first, up to {@value #REFER_BACK} sentences back) with victims and an
   * offence the noun can mean, else the nearest later in its own sentence.
   */
  private void referBack(List<Partial> partials) {
    for (Partial p : partials) {
      if (p.role == null || !p.victims.isEmpty() || p.defendants.isEmpty()) {
        continue;
      }
      Set<String> can = offences(p.role);
      Partial best = null;
      int bestDist = Integer.MAX_VALUE;
      for (Partial q : partials) {
        if (q == p || q.victims.isEmpty() || !(can.isEmpty() || can.contains(q.rule.offence()))) {
          continue;
        }
        int d = p.sentenceIndex() - q.sentenceIndex();
        boolean before = d > 0 || (d == 0 && q.start < p.start);
        int dist;
        if (before && d <= REFER_BACK) {
          dist = 2 * d;
        } else if (!before && -d <= REFER_AHEAD) {
          dist = 2 * Math.max(-d, 0) + 1;
        } else {
          continue;
        }
        if (dist < bestDist) {
          best = q;
          bestDist = dist;
        }
      }
      if (best != null) {
        p.referredTo.addAll(best.victims);
      }
    }
  }

  /** The offences a role noun can refer to; empty for any. */
  private Set<String> offences(String role) {
    for (Offender o : offenders) {
      if (o.noun().matcher(role.trim()).matches()) {
        return o.offences();
      }
    }
    return Set.of();
  }

  private Ref emitCase(MaskedArticle ma, List<Partial> c, DateResolver dates, FactSink sink, Set<Ref> dated,
      Set<Ref> placed) {
    c.sort((x, y) -> x.s.sentence().index() != y.s.sentence().index()
        ? x.s.sentence().index() - y.s.sentence().index() : x.start - y.start);
    List<Ref> victims = new ArrayList<>();
    List<Ref> defendants = new ArrayList<>();
    String offence = null;
    for (Partial p : c) {
      p.victims.stream().filter(v -> !victims.contains(v)).forEach(victims::add);
      p.defendants.stream().filter(d -> !defendants.contains(d)).forEach(defendants::add);
      if (!p.rule.offence().equals("*") && (offence == null || p.rule.offence().equals("killing"))) {
        offence = p.rule.offence();
      }
    }
    defendants.removeAll(victims);
    String kind = offence == null ? "case" : offence;
    String slug;
    String label;
    if (!victims.isEmpty()) {
      slug = Slugs.join(kind, "of", victims.get(0).slug());
      label = capital(kind.replace('-', ' ')) + " of " + ma.label(victims.get(0));
    } else {
      slug = Slugs.join("case", "against", defendants.get(0).slug());
      label = "Case against " + ma.label(defendants.get(0));
    }
    Ref ref = new Ref("case", slug);
    sink.node(ref, List.of("Case"), label, List.of());
    Optional<TemporalValue> date = Optional.empty();
    Evidence dateEv = null;
    Ref place = null;
    Evidence placeEv = null;
    for (Partial p : c) {
      Evidence ev = p.s.evidence(p.start, p.end, 0.75, p.method(name()));
      for (Ref v : p.victims) {
        if (!defendants.contains(v) || victims.contains(v)) {
          sink.fact(ref, "victim", v, ev);
        }
      }
      for (Ref d : p.defendants) {
        if (!victims.contains(d)) {
          sink.fact(ref, "defendant", d, ev);
        }
      }
      if (p.charge != null) {
        sink.fact(ref, "charge", Literal.string(p.charge), ev);
      }
      if (p.sentence != null) {
        sink.fact(ref, "sentence", Literal.string(p.sentence), ev);
      }
      boolean offenceMatch = !p.rule.offence().equals("*");
      if (offenceMatch && date.isEmpty()) {
        Optional<DateMention> d = dateOf(p, dates);
        if (d.isPresent()) {
          date = d.get().value();
          dateEv = p.s.evidence(0, p.s.text().length(), 0.7, name() + ":date");
        }
      }
      if (offenceMatch && place == null) {
        Optional<Slot> pl = placeOf(p);
        if (pl.isPresent()) {
          place = pl.get().ref();
          placeEv = ev;
        }
      }
      if (p.reportsEvent) {
        event(ma, p, dates, sink, dated, placed);
      }
    }
    if (date.isPresent()) {
      sink.fact(ref, "date", date.get().literal(), dateEv);
    }
    if (place != null) {
      sink.fact(ref, "place", place, placeEv);
    }
    return ref;
  }

  /** The masked range around a match that belongs to it: up to the names of other people. */
  private static int[] window(Partial p) {
    String t = p.s.text();
    int from = 0;
    int to = t.length();
    String open = String.valueOf(Template.OPEN);
    for (int i = t.indexOf(open + "P"); i >= 0; i = t.indexOf(open + "P", i + 1)) {
      int close = t.indexOf(Template.CLOSE, i) + 1;
      if (close <= p.start) {
        from = close;
      } else if (i >= p.end) {
        to = i;
        break;
      }
    }
    return new int[] {from, to};
  }

  /** A resolved date in the clause of the match: after its start first, else before it. */
  private static Optional<DateMention> dateOf(Partial p, DateResolver dates) {
    String original = p.s.sentence().text();
    int base = p.s.sentence().start();
    int[] w = window(p);
    int from = p.s.origin(w[0]) - base;
    int start = p.s.origin(p.start) - base;
    int to = (w[1] >= p.s.text().length() ? p.s.sentence().end() : p.s.origin(w[1])) - base;
    List<DateMention> ds = dates.find(original);
    for (DateMention d : ds) {
      if (d.start() >= start && d.end() <= to && d.value().isPresent()) {
        return Optional.of(d);
      }
    }
    for (DateMention d : ds) {
      if (d.start() >= from && d.end() <= start && d.value().isPresent()) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** A place after the match start, in its window, introduced by in/at/inside/near. */
  private static Optional<Slot> placeOf(Partial p) {
    String t = p.s.text();
    int end = window(p)[1];
    for (int i = t.indexOf(Template.OPEN + "L", p.start); i >= 0 && i < end; i = t.indexOf(Template.OPEN + "L", i + 1)) {
      String before = t.substring(Math.max(0, i - 40), i);
      if (PLACE_PREP.matcher(before).find()) {
        List<Slot> in = p.s.slotsIn(i, t.indexOf(Template.CLOSE, i) + 1);
        if (!in.isEmpty()) {
          return Optional.of(in.get(0));
        }
      }
    }
    return Optional.empty();
  }

  private void event(MaskedArticle ma, Partial p, DateResolver dates, FactSink sink, Set<Ref> dated, Set<Ref> placed) {
    String type = p.rule.event();
    if (type.equals("-")) {
      return;
    }
    List<Ref> who = type.equals("Killing") || type.equals("Shooting") ? p.victims : p.defendants;
    if (who.isEmpty()) {
      return;
    }
    String kind = type.toLowerCase(Locale.ROOT);
    Optional<DateMention> d = dateOf(p, dates);
    String slug = Slugs.join(kind, "of", who.get(0).slug());
    if (!type.equals("Killing") && !type.equals("Shooting")) {
      slug = Slugs.join(slug, d.flatMap(DateMention::value).map(TemporalValue::lexical).orElse(""));
    }
    Ref ev = new Ref("event", slug);
    sink.node(ev, List.of(type, "Event"), type + " of " + ma.label(who.get(0)), List.of());
    Evidence e = p.s.evidence(p.start, p.end, 0.7, name() + ":event");
    for (Ref v : p.victims) {
      sink.fact(ev, "victim", v, e);
    }
    for (Ref x : p.defendants) {
      sink.fact(ev, "participant", x, e);
    }
    if (!dated.contains(ev)) {
      d.flatMap(DateMention::value).ifPresent(v -> {
        sink.fact(ev, "date", v.literal(), e);
        dated.add(ev);
      });
    }
    if (!placed.contains(ev)) {
      placeOf(p).ifPresent(pl -> {
        sink.fact(ev, "place", pl.ref(), e);
        placed.add(ev);
      });
    }
  }

  /**
   * Policies named in a sentence about a case: the case in that sentence or the nearest before it;
   * of two cases told there, the one the sentence's charge or sentence went to (an earlier matter's
   * plea deal is that matter's, not the victims' case's).
   */
  private void linkPolicies(MaskedArticle ma, List<List<Partial>> cases, List<Ref> refs, FactSink sink) {
    for (MaskedSentence s : ma.sentences()) {
      List<Slot> ps = s.slots().stream().filter(x -> x.code() == 'Y').toList();
      if (ps.isEmpty() || !policyContext.matcher(s.text()).find()) {
        continue;
      }
      int idx = s.sentence().index();
      int best = -1;
      int bestDist = Integer.MAX_VALUE;
      for (int i = 0; i < cases.size(); i++) {
        for (Partial p : cases.get(i)) {
          int dist = idx - p.s.sentence().index();
          int score = 2 * dist + (p.hasFacts() ? 0 : 1);
          if (dist >= 0 && dist <= 2 && score < bestDist) {
            best = i;
            bestDist = score;
          }
        }
      }
      if (best < 0) {
        continue;
      }
      for (Slot y : ps) {
        policies.get().declare(y.ref(), sink);
        sink.fact(refs.get(best), "concernsPolicy", y.ref(), ma.article().evidence(s.sentence(), 0.6, name() + ":policy"));
      }
    }
  }

  /**
   * One case per matter across articles: a case with defendants but no victims ("the case against
   * X": X charged, arrested, sentenced) is the case whose victims X is said to have harmed when
   * the corpus knows exactly one such case with X as a defendant; it takes that case's IRI and
   * label. With none, or several (X is a defendant of two matters), it stays apart; so does a case
   * told as X's earlier matter (a fact read with a cue of {@value #PRIOR_FILE}).
   */
  @Override
  public List<ArticleGraph> reconcile(List<ArticleGraph> graphs) {
    java.util.Map<Ref, Set<Ref>> victimCasesOf = new java.util.LinkedHashMap<>();
    java.util.Map<Ref, Node> declared = new java.util.LinkedHashMap<>();
    for (ArticleGraph g : graphs) {
      Set<Ref> withVictims = casesWithVictims(g);
      for (Fact f : g.facts()) {
        if (withVictims.contains(f.subject()) && f.property().equals("defendant") && f.object() instanceof Ref d) {
          victimCasesOf.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(f.subject());
        }
      }
      for (Node n : g.nodes()) {
        if (withVictims.contains(n.ref())) {
          declared.putIfAbsent(n.ref(), n);
        }
      }
    }
    List<ArticleGraph> out = new ArrayList<>();
    for (ArticleGraph g : graphs) {
      Set<Ref> withVictims = casesWithVictims(g);
      Set<Ref> earlier = new java.util.HashSet<>();
      for (Fact f : g.facts()) {
        if (f.subject().kind().equals("case") && f.evidence() != null && f.evidence().method() != null
            && f.evidence().method().contains("+" + PRIOR_FILE + ":")) {
          earlier.add(f.subject());
        }
      }
      java.util.Map<Ref, Set<Ref>> targets = new java.util.LinkedHashMap<>();
      for (Fact f : g.facts()) {
        if (f.subject().kind().equals("case") && !withVictims.contains(f.subject()) && !earlier.contains(f.subject())
            && f.property().equals("defendant")
            && f.object() instanceof Ref d) {
          targets.computeIfAbsent(f.subject(), k -> new LinkedHashSet<>()).addAll(victimCasesOf.getOrDefault(d, Set.of()));
        }
      }
      java.util.Map<Ref, Ref> rename = new java.util.LinkedHashMap<>();
      targets.forEach((from, to) -> {
        if (to.size() == 1) {
          rename.put(from, to.iterator().next());
        }
      });
      out.add(org.newsgraph.extract.facts.Renaming.apply(g, rename, declared));
    }
    return out;
  }

  private static Set<Ref> casesWithVictims(ArticleGraph g) {
    Set<Ref> out = new LinkedHashSet<>();
    for (Fact f : g.facts()) {
      if (f.subject().kind().equals("case") && f.property().equals("victim")) {
        out.add(f.subject());
      }
    }
    return out;
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
