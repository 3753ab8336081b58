package org.newsgraph.extract.facts.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.facts.Lexicon;
import org.newsgraph.extract.facts.MaskedSentence;
import org.newsgraph.extract.facts.RequiredParts;
import org.newsgraph.extract.facts.Slot;
import org.newsgraph.extract.facts.Template;
import org.newsgraph.extract.facts.dates.DateResolver;

/**
 * The surface layer: the patterns of {@code cases.tsv} over masked sentences, with the role nouns
 * of {@code case-offenders.tsv} ("the gunman", "the suspect") as the macro {@code {OFFENDER}}.
 * Precise where they match; the tree layer ({@link FrameReader}) reads the other phrasings.
 */
final class SurfaceRules {
  static final String FILE = "cases.tsv";
  private static final Pattern SINGULAR = Pattern.compile("^[^" + Template.OPEN + "]*?\\b(?:was|is|has)\\b");

  private record Rule(String offence, String event, Pattern pattern, int line, RequiredParts required) {}

  private final List<Rule> rules = new ArrayList<>();
  private final Offenders offenders;
  private final PriorCues priors;

  SurfaceRules(Offenders offenders, PriorCues priors) {
    this.offenders = offenders;
    this.priors = priors;
    Lexicon lex = Lexicon.load(FILE);
    Map<String, String> macros = new LinkedHashMap<>(lex.macros());
    macros.putIfAbsent("OFFENDER", offenders.macro());
    for (Lexicon.Row r : lex.rows()) {
      Pattern p = Template.compile(r.get(2), macros, FILE + ":" + r.line());
      rules.add(new Rule(r.get(0), r.get(1), p, r.line(), RequiredParts.of(p.pattern())));
    }
  }

  /** Every match in a sentence, each with its people, charge, sentence, dates and place. */
  List<Partial> read(MaskedSentence s, DateResolver dates) {
    List<Partial> out = new ArrayList<>();
    for (Rule r : rules) {
      if (!r.required().mayMatch(s.text())) {
        continue;
      }
      Matcher m = r.pattern().matcher(s.text());
      while (m.find()) {
        Partial p = new Partial(s, m.start(), m.end(), FILE + ":" + r.line(), r.offence(), r.event());
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
        String charge = text(s, m, "C");
        if (charge != null) {
          p.charges.add(charge);
        }
        p.sentence = text(s, m, "SENT");
        p.role = group(m, "R") >= 0 ? m.group("R") : null;
        if (!p.named()) {
          continue;
        }
        int facts = p.end;
        for (String g : List.of("C", "SENT")) {
          if (group(m, g) >= 0) {
            facts = Math.min(facts, m.start(g));
          }
        }
        p.prior = priors.cue(p, facts);
        p.toldSentence = p.sentence != null && priors.told(m.group("SENT"));
        p.harm = !r.offence().equals("*");
        p.fatal = r.event().equals("Killing");
        dated(p, dates);
        if (p.prior >= 0 && p.role != null) {
          // "the gunman, X, on probation for a prior ...": X is the victims' defendant, the facts are X's earlier case
          out.add(p.referral());
          p.role = null;
        }
        out.add(p);
      }
    }
    return out;
  }

  /** The date and place of the clause: the offence's for an offence, the event's for an arrest or sentencing. */
  private static void dated(Partial p, DateResolver dates) {
    var d = Clauses.dateOf(p, dates).flatMap(x -> x.value());
    if (p.harm) {
      p.offenceDate = d.orElse(null);
    }
    p.place = Clauses.placeOf(p).map(Slot::ref).orElse(null);
    if (p.event.equals("Sentencing")) {
      p.sentencingDate = d.orElse(null);
    }
    p.eventDate = d.orElse(null);
  }

  /** The offences a role noun can refer to; empty for any. */
  Set<String> offences(String role) {
    return offenders.offences(role);
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
}
