package org.newsgraph.extract.facts.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.ArticleContext;
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

/**
 * Press conferences, recall campaigns, statements (tweets, letters, published statements),
 * no-confidence votes and lawsuits, from the patterns of {@code events.tsv}. Event IRIs are keyed
 * by what identifies the event across articles: its kind, its holder or target, and its date.
 */
public final class EventExtractor implements FactExtractor {
  private static final Pattern PLACE_PREP = Pattern.compile("\\b(?:in|at)\\s+(?:[\\w-]+\\s+){0,2}$");
  private static final Map<String, Integer> ORDINALS = Map.of(
      "first", 1, "second", 2, "third", 3, "fourth", 4, "do-over", 2, "renewed", 2);

  private record Rule(String type, String role, Pattern pattern, int line, RequiredParts required) {
    Rule(String type, String role, Pattern pattern, int line) {
      this(type, role, pattern, line, RequiredParts.of(pattern.pattern()));
    }
  }

  private final List<Rule> rules = new ArrayList<>();

  public EventExtractor() {
    Lexicon lex = Lexicon.load("events.tsv");
    for (Lexicon.Row r : lex.rows()) {
      rules.add(new Rule(r.get(0), r.get(1), Template.compile(r.get(2), lex.macros(), "events.tsv:" + r.line()), r.line()));
    }
  }

  @Override
  public String name() {
    return "event";
  }

  private List<Matcher> matches(MaskedSentence s, String type, String role) {
    List<Matcher> out = new ArrayList<>();
    for (Rule r : rules) {
      if (r.type().equals(type) && r.role().equals(role) && r.required().mayMatch(s.text())) {
        Matcher m = r.pattern().matcher(s.text());
        while (m.find()) {
          Matcher copy = r.pattern().matcher(s.text());
          copy.find(m.start());
          out.add(copy);
        }
      }
    }
    return out;
  }

  @Override
  public void extract(ArticleContext a, FactSink sink) {
    sink = new org.newsgraph.extract.facts.DeclaringSink(a, sink);
    MaskedArticle ma = MaskedArticle.of(a, Optional.empty());
    DateResolver dates = new DateResolver(a.published());
    pressConferences(ma, dates, sink);
    recalls(ma, dates, sink);
    statements(ma, dates, sink);
    votes(ma, sink);
    lawsuits(ma, dates, sink);
  }

  // ---------------------------------------------------------------- helpers

  static int group(Matcher m, String g) {
    try {
      return m.start(g);
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  private static Optional<Ref> ref(MaskedSentence s, Matcher m, String g) {
    return ref(s, m, g, null);
  }

  private static Optional<Ref> ref(MaskedSentence s, Matcher m, String g, Ref exclude) {
    int st = group(m, g);
    return st < 0 ? Optional.empty() : s.resolve(st, m.end(g), exclude);
  }

  private static List<Ref> agents(MaskedSentence s, Matcher m, String g) {
    int st = group(m, g);
    List<Ref> out = new ArrayList<>();
    if (st < 0) {
      return out;
    }
    for (Slot x : s.slotsIn(st, m.end(g))) {
      if (x.isAgent() && !out.contains(x.ref())) {
        out.add(x.ref());
      }
    }
    return out;
  }

  private static Optional<TemporalValue> dateIn(MaskedSentence s, DateResolver dates) {
    for (DateMention d : dates.find(s.sentence().text())) {
      if (d.value().isPresent()) {
        return d.value();
      }
    }
    return Optional.empty();
  }

  /** A resolved date written inside a match or close to it (30 characters before, 40 after). */
  private static Optional<TemporalValue> dateNear(MaskedSentence s, int mStart, int mEnd, DateResolver dates) {
    int base = s.sentence().start();
    int from = s.origin(mStart) - base - 30;
    int to = s.originEnd(mEnd) - base + 40;
    for (DateMention d : dates.find(s.sentence().text())) {
      if (d.start() >= from && d.end() <= to && d.value().isPresent()) {
        return d.value();
      }
    }
    return Optional.empty();
  }

  /** Whether the first place after a match start is close to the match (within 60 characters of its end). */
  private static boolean placeNear(MaskedSentence s, Matcher m) {
    int i = s.text().indexOf(Template.OPEN + "L", m.start());
    return i >= 0 && i - m.end() <= 60;
  }

  private static Optional<Ref> placeIn(MaskedSentence s, int from) {
    String t = s.text();
    for (int i = t.indexOf(Template.OPEN + "L", from); i >= 0; i = t.indexOf(Template.OPEN + "L", i + 1)) {
      if (PLACE_PREP.matcher(t.substring(Math.max(0, i - 30), i)).find()) {
        List<Slot> in = s.slotsIn(i, t.indexOf(Template.CLOSE, i) + 1);
        if (!in.isEmpty()) {
          return Optional.of(in.get(0).ref());
        }
      }
    }
    return Optional.empty();
  }

  private Evidence ev(MaskedSentence s, Matcher m, String what) {
    return s.evidence(m.start(), m.end(), 0.7, name() + ":" + what);
  }

  // ---------------------------------------------------------------- press conferences

  private void pressConferences(MaskedArticle ma, DateResolver dates, FactSink sink) {
    final class Pc {
      Ref holder;
      TemporalValue date;
      Ref place;
      final List<Evidence> evidence = new ArrayList<>();
      final List<Ref> participants = new ArrayList<>();
    }
    List<Pc> pcs = new ArrayList<>();
    for (MaskedSentence s : ma.sentences()) {
      for (Matcher m : matches(s, "PressConference", "holder")) {
        Optional<Ref> h = ref(s, m, "A");
        if (h.isEmpty()) {
          continue;
        }
        Optional<TemporalValue> d = dateNear(s, m.start(), m.end(), dates);
        Pc pc = null;
        for (Pc p : pcs) {
          if (p.holder.equals(h.get()) && (d.isEmpty() || p.date == null || p.date.equals(d.get()))) {
            pc = p;
            break;
          }
        }
        if (pc == null) {
          pc = new Pc();
          pc.holder = h.get();
          pcs.add(pc);
        }
        if (pc.date == null && d.isPresent()) {
          pc.date = d.get();
        }
        if (pc.place == null) {
          pc.place = placeIn(s, m.start()).orElse(null);
          if (pc.place != null && !placeNear(s, m)) {
            pc.place = null;
          }
        }
        pc.evidence.add(ev(s, m, "press-conference"));
      }
    }
    if (pcs.isEmpty()) {
      return;
    }
    // the lead sentence's date, when it names the holder ("X ... Wednesday while defending ...")
    MaskedSentence lead = ma.get(0);
    for (Pc pc : pcs) {
      if (pc.date == null && lead.slots().stream().anyMatch(x -> x.ref().equals(pc.holder))) {
        pc.date = dateIn(lead, dates).filter(v -> v.precision() == 3).orElse(null);
      }
    }
    for (MaskedSentence s : ma.sentences()) {
      for (Matcher m : matches(s, "PressConference", "participants")) {
        Optional<Ref> o = ref(s, m, "O");
        for (Pc pc : pcs) {
          if (o.isPresent() && o.get().equals(pc.holder)) {
            for (Ref r : agents(s, m, "S")) {
              if (r.kind().equals("person") && !r.equals(pc.holder)) {
                pc.participants.add(r);
                sink.fact(eventRef(pc.holder, pc.date, ma), "participant", r, ev(s, m, "press-conference"));
              }
            }
          }
        }
      }
    }
    for (Pc pc : pcs) {
      Ref e = eventRef(pc.holder, pc.date, ma);
      String label = "Press conference of " + ma.label(pc.holder) + (pc.date == null ? "" : " on " + pc.date.lexical());
      sink.node(e, List.of("PressConference", "Event"), label, List.of());
      Evidence first = pc.evidence.get(0);
      for (Evidence x : pc.evidence) {
        sink.fact(e, "participant", pc.holder, x);
      }
      if (pc.date != null) {
        sink.fact(e, "date", pc.date.literal(), first);
      }
      if (pc.place != null) {
        sink.fact(e, "place", pc.place, first);
      }
    }
  }

  private static Ref eventRef(Ref holder, TemporalValue date, MaskedArticle ma) {
    return new Ref("event", Slugs.join("press-conference", holder.slug(),
        date != null ? date.lexical() : ma.article().article().slug()));
  }

  // ---------------------------------------------------------------- recall campaigns

  private void recalls(MaskedArticle ma, DateResolver dates, FactSink sink) {
    int maxOrdinal = 0;
    for (MaskedSentence s : ma.sentences()) {
      for (Matcher m : matches(s, "RecallCampaign", "ordinal")) {
        maxOrdinal = Math.max(maxOrdinal, ORDINALS.getOrDefault(m.group("K").toLowerCase(Locale.ROOT), 0));
      }
    }
    Map<String, Ref> declared = new LinkedHashMap<>(); // campaign slug -> its target
    Ref last = null;
    Ref lastTarget = null;
    for (MaskedSentence s : ma.sentences()) {
      int ordinal = 0;
      for (Matcher m : matches(s, "RecallCampaign", "ordinal")) {
        ordinal = ORDINALS.getOrDefault(m.group("K").toLowerCase(Locale.ROOT), 0);
        break;
      }
      Ref here = null;
      for (Matcher m : matches(s, "RecallCampaign", "target")) {
        Optional<Ref> t = ref(s, m, "T");
        if (t.isEmpty() || !t.get().kind().equals("person")) {
          continue;
        }
        int n = ordinal > 0 ? ordinal : maxOrdinal;
        Ref e = new Ref("event", Slugs.join("recall-campaign", t.get().slug(), n > 0 ? Integer.toString(n) : ""));
        if (!declared.containsKey(e.slug())) {
          String label = (n > 0 ? ordinalWord(n) + " recall campaign against " : "Recall campaign against ") + ma.label(t.get());
          sink.node(e, List.of("RecallCampaign", "Event"), label, List.of());
          declared.put(e.slug(), t.get());
        }
        sink.fact(e, "target", t.get(), ev(s, m, "recall"));
        here = e;
        lastTarget = t.get();
      }
      if (here == null && ordinal > 0 && lastTarget != null && s.text().toLowerCase(Locale.ROOT).contains("recall")) {
        here = new Ref("event", Slugs.join("recall-campaign", lastTarget.slug(), Integer.toString(ordinal)));
        if (!declared.containsKey(here.slug())) {
          sink.node(here, List.of("RecallCampaign", "Event"), ordinalWord(ordinal) + " recall campaign against " + ma.label(lastTarget), List.of());
          declared.put(here.slug(), lastTarget);
          sink.fact(here, "target", lastTarget, s.evidence(0, s.text().length(), 0.6, name() + ":recall"));
        }
      }
      if (here != null) {
        last = here;
      }
      if (last == null) {
        continue;
      }
      for (Matcher m : matches(s, "RecallCampaign", "participant")) {
        Ref camp = last;
        ref(s, m, "A").filter(r -> !r.equals(declared.get(camp.slug()))).ifPresent(r -> sink.fact(camp, "participant", r, ev(s, m, "recall")));
      }
      for (String role : List.of("gathered", "needed")) {
        for (Matcher m : matches(s, "RecallCampaign", role)) {
          long n = number(m.group("N"));
          if (n >= 1000) {
            sink.fact(last, role.equals("gathered") ? "signaturesGathered" : "signaturesNeeded", Literal.integer(n), ev(s, m, "recall"));
          }
        }
      }
      for (Matcher m : matches(s, "RecallCampaign", "deadline")) {
        Optional<TemporalValue> d = dateNear(s, m.start(), m.end(), dates);
        if (d.isPresent()) {
          sink.fact(last, "deadline", d.get().literal(), ev(s, m, "recall"));
          break;
        }
      }
      for (Matcher m : matches(s, "RecallCampaign", "outcome")) {
        sink.fact(last, "outcome", Literal.string(m.group("X").replaceAll("\\s+", " ")), ev(s, m, "recall"));
      }
    }
  }

  private static String ordinalWord(int n) {
    switch (n) {
      case 1:
        return "First";
      case 2:
        return "Second";
      case 3:
        return "Third";
      default:
        return n + "th";
    }
  }

  static long number(String s) {
    String t = s.toLowerCase(Locale.ROOT).trim();
    if (t.endsWith("million")) {
      return Math.round(Double.parseDouble(t.replace("million", "").trim()) * 1_000_000);
    }
    return Long.parseLong(t.replace(",", ""));
  }

  // ---------------------------------------------------------------- statements

  private void statements(MaskedArticle ma, DateResolver dates, FactSink sink) {
    for (MaskedSentence s : ma.sentences()) {
      for (String kind : List.of("tweet", "letter", "statement")) {
        for (Matcher m : matches(s, "Statement", kind)) {
          Optional<Ref> who = ref(s, m, "A");
          if (who.isEmpty()) {
            continue;
          }
          Optional<TemporalValue> d = dateIn(s, dates);
          String key = d.map(TemporalValue::lexical).orElse(ma.article().article().slug() + "-" + s.sentence().index());
          Ref e = new Ref("event", Slugs.join(kind, "by", who.get().slug(), key));
          String label = Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " by " + ma.label(who.get())
              + d.map(v -> " on " + v.lexical()).orElse("");
          sink.node(e, List.of("Statement", "Event"), label, List.of());
          sink.fact(e, "participant", who.get(), ev(s, m, kind));
          d.ifPresent(v -> sink.fact(e, "date", v.literal(), ev(s, m, kind)));
          ref(s, m, "T").ifPresent(t -> sink.fact(e, "target", t, ev(s, m, kind)));
        }
      }
    }
  }

  /** Words in a row two quotations must share to be the same statement's words. */
  private static final int SHARED_WORDS = 6;

  /**
   * One statement told by two articles is one event: a statement with no date (its IRI is keyed by
   * article and sentence) becomes an earlier-told statement of the same kind by the same speaker
   * when the quotations that give their words share {@value #SHARED_WORDS} words in a row. Without
   * quoted words, or with other words, they stay apart.
   */
  @Override
  public List<org.newsgraph.extract.ArticleGraph> reconcile(List<org.newsgraph.extract.ArticleGraph> graphs) {
    record Told(int article, Ref ref, String kind, Ref speaker, boolean dated, java.util.Set<String> grams) {}
    List<Told> told = new ArrayList<>();
    Map<Ref, org.newsgraph.extract.Node> declared = new LinkedHashMap<>();
    for (int i = 0; i < graphs.size(); i++) {
      var g = graphs.get(i);
      for (var n : g.nodes()) {
        if (!n.types().contains("Statement")) {
          continue;
        }
        declared.putIfAbsent(n.ref(), n);
        Ref speaker = null;
        String sentence = null;
        boolean dated = false;
        for (var f : g.facts()) {
          if (f.subject().equals(n.ref()) && f.property().equals("participant") && f.object() instanceof Ref r && speaker == null) {
            speaker = r;
            sentence = f.evidence().sentence();
          }
          dated |= f.subject().equals(n.ref()) && f.property().equals("date");
        }
        if (speaker == null) {
          continue;
        }
        java.util.Set<String> grams = new java.util.HashSet<>();
        for (String quoted : quotationsOf(g, speaker, sentence)) {
          grams.addAll(wordRuns(quoted));
        }
        told.add(new Told(i, n.ref(), n.ref().slug().replaceFirst("-by-.*", ""), speaker, dated, grams));
      }
    }
    List<Map<Ref, Ref>> renames = new ArrayList<>();
    graphs.forEach(g -> renames.add(new LinkedHashMap<>()));
    for (int u = 0; u < told.size(); u++) {
      Told x = told.get(u);
      if (x.dated() || x.grams().isEmpty()) {
        continue;
      }
      for (int v = 0; v < u; v++) {
        Told y = told.get(v);
        if (y.article() == x.article() || !y.kind().equals(x.kind()) || !y.speaker().equals(x.speaker())
            || java.util.Collections.disjoint(x.grams(), y.grams())) {
          continue;
        }
        Ref to = renames.get(y.article()).getOrDefault(y.ref(), y.ref());
        renames.get(x.article()).put(x.ref(), to);
        break;
      }
    }
    List<org.newsgraph.extract.ArticleGraph> out = new ArrayList<>();
    for (int i = 0; i < graphs.size(); i++) {
      out.add(org.newsgraph.extract.facts.Renaming.apply(graphs.get(i), renames.get(i), declared));
    }
    return out;
  }

  /** The texts of the quotations of {@code speaker} whose evidence holds the statement's sentence. */
  private static List<String> quotationsOf(org.newsgraph.extract.ArticleGraph g, Ref speaker, String sentence) {
    java.util.Set<Ref> quotes = new java.util.HashSet<>();
    for (var f : g.facts()) {
      if (f.property().equals("speaker") && f.object().equals(speaker)
          && (f.evidence().sentence().contains(sentence) || sentence.contains(f.evidence().sentence()))) {
        quotes.add(f.subject());
      }
    }
    List<String> out = new ArrayList<>();
    for (var f : g.facts()) {
      if (quotes.contains(f.subject()) && f.property().equals("text") && f.object() instanceof Literal l) {
        out.add(l.lexical());
      }
    }
    return out;
  }

  private static java.util.Set<String> wordRuns(String text) {
    String[] w = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]+", " ").trim().split("\\s+");
    java.util.Set<String> out = new java.util.HashSet<>();
    for (int i = 0; i + SHARED_WORDS <= w.length; i++) {
      out.add(String.join(" ", java.util.Arrays.asList(w).subList(i, i + SHARED_WORDS)));
    }
    return out;
  }

  // ---------------------------------------------------------------- votes

  private void votes(MaskedArticle ma, FactSink sink) {
    record Hit(MaskedSentence s, Matcher m, Ref target, Long cities) {}
    List<Hit> hits = new ArrayList<>();
    for (MaskedSentence s : ma.sentences()) {
      for (Matcher m : matches(s, "Vote", "no-confidence")) {
        Optional<Ref> t = ref(s, m, "T");
        Long n = group(m, "N") >= 0 ? Long.parseLong(m.group("N")) : null;
        hits.add(new Hit(s, m, t.orElse(null), n));
      }
    }
    Ref only = hits.stream().map(Hit::target).filter(x -> x != null).findFirst().orElse(null);
    for (Hit h : hits) {
      Ref t = h.target();
      if (t == null) {
        // another vote cue of the same sentence names the target, else the article's
        t = hits.stream().filter(o -> o.s() == h.s() && o.target() != null).map(Hit::target).findFirst()
            .orElse(only);
      }
      if (t == null) {
        List<Slot> before = h.s().slotsIn(0, h.m().start()).stream().filter(x -> x.code() == 'P').toList();
        t = before.isEmpty() ? null : before.get(before.size() - 1).ref();
      }
      if (t == null) {
        continue;
      }
      Ref e = new Ref("event", Slugs.join("no-confidence-vote", t.slug()));
      sink.node(e, List.of("Vote", "Event"), "No-confidence votes on " + ma.label(t), List.of());
      sink.fact(e, "target", t, ev(h.s(), h.m(), "vote"));
      if (h.cities() != null) {
        sink.fact(e, "count", Literal.integer(h.cities()), ev(h.s(), h.m(), "vote"));
      }
    }
  }

  // ---------------------------------------------------------------- lawsuits

  private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
      "\\b(?:of|for|with|against|to|by|at|from|on|about|than|told|and|or)\\s+$");

  /** Whether a masked position follows a preposition ("critic of X and even sued him": X is no subject). */
  private static boolean afterPreposition(MaskedSentence s, int at) {
    return PREPOSITION_BEFORE.matcher(s.text().substring(Math.max(0, at - 12), at)).find();
  }

  private void lawsuits(MaskedArticle ma, DateResolver dates, FactSink sink) {
    for (MaskedSentence s : ma.sentences()) {
      for (Matcher m : matches(s, "Lawsuit", "lawsuit")) {
        Optional<Ref> by = group(m, "A") >= 0 && !afterPreposition(s, m.start("A")) ? ref(s, m, "A") : Optional.empty();
        Optional<Ref> t = ref(s, m, "T", by.orElse(null));
        if (t.isEmpty() || by.isPresent() && by.get().equals(t.get())) {
          continue;
        }
        Optional<TemporalValue> d = dateIn(s, dates);
        String key = by.map(b -> "by-" + b.slug()).orElse(ma.article().article().slug() + "-" + s.sentence().index());
        Ref e = new Ref("event", Slugs.join("lawsuit-against", t.get().slug(), key));
        sink.node(e, List.of("Lawsuit", "Event"), "Lawsuit against " + ma.label(t.get())
            + by.map(b -> " by " + ma.label(b)).orElse(""), List.of());
        sink.fact(e, "target", t.get(), ev(s, m, "lawsuit"));
        by.ifPresent(b -> sink.fact(e, "participant", b, ev(s, m, "lawsuit")));
        d.ifPresent(v -> sink.fact(e, "date", v.literal(), ev(s, m, "lawsuit")));
      }
    }
  }
}
