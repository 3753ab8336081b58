package org.newsgraph.extract.facts.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.facts.Lexicon;
import org.newsgraph.extract.facts.MaskedArticle;
import org.newsgraph.extract.facts.MaskedSentence;
import org.newsgraph.extract.facts.Slot;
import org.newsgraph.extract.facts.Template;

/**
 * {@code ng:opposesPolicy} / {@code ng:supportsPolicy}: who ends, restricts, bars, reinstates,
 * defends or demands which policy, from the cues of {@code policy-stances.tsv}.
 */
public final class PolicyStanceExtractor implements FactExtractor {
  private static final Pattern AGENT = Pattern.compile(
      Template.OPEN + "[PON]\\d+" + Template.CLOSE
          + "|\\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\\b");

  /** Where the scope of a cue ends: a relative or contrasting clause, a dash, a semicolon, a bracket. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile(
      ",\\s+(?:who|which|whose|where|while|but|although|though|because|as|after|before|when)\\b|\\s-\\s|;|\\(|:");
  /** How far apart the policies of one list may be (characters). */
  private static final int LIST_GAP = 90;

  private record Cue(String property, boolean passive, Pattern pattern) {}

  private record Hit(int start, int end, Cue cue) {}

  private final PolicyScheme scheme;
  private final List<Cue> cues = new ArrayList<>();
  private final List<Pattern> flips = new ArrayList<>();

  public PolicyStanceExtractor(PolicyScheme scheme) {
    this.scheme = scheme;
    for (Lexicon.Row r : Lexicon.load("policy-stances.tsv").rows()) {
      String kind = r.get(0);
      Pattern p = Pattern.compile(r.get(1));
      if (kind.equals("flip")) {
        flips.add(p);
      } else {
        boolean passive = kind.endsWith("-passive");
        String prop = passive ? kind.substring(0, kind.length() - "-passive".length()) : kind;
        if (!prop.equals("opposesPolicy") && !prop.equals("supportsPolicy")) {
          throw new IllegalArgumentException("policy-stances.tsv:" + r.line() + ": unknown kind " + kind);
        }
        cues.add(new Cue(prop, passive, p));
      }
    }
  }

  @Override
  public String name() {
    return "policy-stance";
  }

  @Override
  public void extract(ArticleContext a, FactSink sink) {
    sink = new org.newsgraph.extract.facts.DeclaringSink(a, sink);
    MaskedArticle ma = MaskedArticle.of(a, Optional.of(scheme));
    for (MaskedSentence s : ma.sentences()) {
      if (s.slots().stream().noneMatch(x -> x.code() == 'Y')) {
        continue;
      }
      sentence(s, sink);
    }
  }

  private void sentence(MaskedSentence s, FactSink sink) {
    String t = s.text();
    List<Hit> all = new ArrayList<>();
    for (Cue c : cues) {
      Matcher m = c.pattern().matcher(t);
      while (m.find()) {
        all.add(new Hit(m.start(), m.end(), c));
      }
    }
    // overlapping cues: the longer one wins ("were dropped" over "dropped")
    all.sort(Comparator.comparingInt((Hit h) -> h.end() - h.start()).reversed().thenComparingInt(Hit::start));
    List<Hit> hits = new ArrayList<>();
    for (Hit h : all) {
      if (hits.stream().noneMatch(o -> h.start() < o.end() && o.start() < h.end())) {
        hits.add(h);
      }
    }
    hits.sort(Comparator.comparingInt(Hit::start));
    int previousAgentAt = -1;
    for (int i = 0; i < hits.size(); i++) {
      Hit h = hits.get(i);
      List<Slot> policies;
      int agentBefore;
      if (h.cue().passive()) {
        int from = i > 0 ? hits.get(i - 1).end() : 0;
        policies = policiesIn(s, from, h.start());
        if (policies.isEmpty()) {
          continue;
        }
        agentBefore = t.indexOf(Template.OPEN + "Y", from);
      } else {
        int to = i + 1 < hits.size() ? hits.get(i + 1).start() : t.length();
        Matcher brk = CLAUSE_BREAK.matcher(t);
        if (brk.find(h.end()) && brk.start() < to) {
          to = brk.start();
        }
        policies = near(s, policiesIn(s, h.end(), to), h.end());
        agentBefore = h.start();
      }
      Optional<Ref> agent = agentBefore(s, agentBefore, previousAgentAt);
      previousAgentAt = agent.isPresent() ? agentPosition(s, agentBefore) : -1;
      if (agent.isEmpty() || policies.isEmpty()) {
        continue;
      }
      String property = h.cue().property();
      if (flipped(t, agentBefore)) {
        property = property.equals("opposesPolicy") ? "supportsPolicy" : "opposesPolicy";
      }
      for (Slot p : policies) {
        scheme.declare(p.ref(), sink);
        int pEnd = endOf(s, p);
        int pStart = t.lastIndexOf(Template.OPEN, pEnd - 1);
        sink.fact(agent.get(), property, p.ref(),
            s.evidence(Math.min(h.start(), pStart), Math.max(h.end(), pEnd), 0.7, name()));
      }
    }
  }

  /** The policies of a list that starts at the cue: each within {@link #LIST_GAP} of the one before. */
  private static List<Slot> near(MaskedSentence s, List<Slot> in, int from) {
    List<Slot> out = new ArrayList<>();
    int last = from;
    for (Slot p : in) {
      int end = endOf(s, p);
      int start = s.text().lastIndexOf(Template.OPEN, end - 1);
      if (start - last > LIST_GAP) {
        break;
      }
      out.add(p);
      last = end;
    }
    return out;
  }

  private static int endOf(MaskedSentence s, Slot p) {
    int i = s.slots().indexOf(p);
    String ph = Template.OPEN + "Y" + i + Template.CLOSE;
    int at = s.text().indexOf(ph);
    return at < 0 ? s.text().length() : at + ph.length();
  }

  private boolean flipped(String t, int before) {
    String head = t.substring(0, Math.max(0, before));
    return flips.stream().anyMatch(f -> f.matcher(head).find());
  }

  private static List<Slot> policiesIn(MaskedSentence s, int from, int to) {
    List<Slot> out = new ArrayList<>();
    for (Slot x : s.slotsIn(from, to)) {
      if (x.code() == 'Y' && out.stream().noneMatch(o -> o.ref().equals(x.ref()))) {
        out.add(x);
      }
    }
    return out;
  }

  /** Where the nearest name (person, organisation, nominal) or pronoun before a masked position starts, or -1. */
  static int agentPosition(MaskedSentence s, int before) {
    Matcher m = AGENT.matcher(s.text());
    int st = -1;
    while (m.find() && m.end() <= before) {
      st = m.start();
    }
    return st;
  }

  /**
   * The nearest name (person, organisation, nominal) or pronoun before a masked position. A pronoun
   * separated from the cue by a comma is not taken ("Before she was sentenced, prosecutors pushed
   * for ..."), unless it is already the agent of the previous cue of the sentence (a list).
   */
  static Optional<Ref> agentBefore(MaskedSentence s, int before, int previousAgentAt) {
    if (before <= 0) {
      return Optional.empty();
    }
    int st = agentPosition(s, before);
    if (st < 0) {
      return Optional.empty();
    }
    Matcher m = AGENT.matcher(s.text());
    m.find(st);
    int en = m.end();
    boolean pronoun = s.text().charAt(st) != Template.OPEN;
    if (pronoun && st != previousAgentAt && s.text().substring(en, before).contains(",")) {
      return Optional.empty();
    }
    return s.resolve(st, en);
  }
}
