package org.newsgraph.extract.facts.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.facts.Lexicon;
import org.newsgraph.extract.facts.MaskedArticle;
import org.newsgraph.extract.facts.MaskedSentence;
import org.newsgraph.extract.facts.RequiredParts;
import org.newsgraph.extract.facts.Slot;
import org.newsgraph.extract.facts.Template;
import org.newsgraph.extract.facts.dates.DateMention;
import org.newsgraph.extract.facts.dates.TemporalValue;

/**
 * The second layer: events read from the surface of the masked sentence with the patterns of
 * {@code events.tsv}, where the tree is wrong or missing ("said at a news conference Monday" parsed
 * as a compound). Press conferences (who holds one, who flanks the holder), statements, no-confidence
 * votes and lawsuits; recall campaigns are {@link RecallCampaigns}'. What both layers read of one
 * event is one event ({@link Gathering}).
 */
final class SurfaceReader {
  static final String FILE = "events.tsv";
  private static final Pattern PLACE_PREP = Pattern.compile("\\b(?:in|at)\\s+(?:[\\w-]+\\s+){0,2}$");
  private static final Pattern VOTED = Pattern.compile("\\bvote[sd]?\\b");
  private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
      "\\b(?:of|for|with|against|to|by|at|from|on|about|than|told|and|or)\\s+$");

  record Rule(String type, String role, Pattern pattern, RequiredParts required, int line) {}

  private final List<Rule> rules = new ArrayList<>();
  private final String extractor;

  SurfaceReader(String extractor) {
    this.extractor = extractor;
    Lexicon lex = Lexicon.load(FILE);
    for (Lexicon.Row r : lex.rows()) {
      Pattern p = Template.compile(r.get(2), lex.macros(), FILE + ":" + r.line());
      rules.add(new Rule(r.get(0), r.get(1), p, RequiredParts.of(p.pattern()), r.line()));
    }
  }

  List<Rule> rules() {
    return rules;
  }

  /** Every match of the rules of one type and role in a sentence. */
  List<Matcher> matches(MaskedSentence s, String type, String role) {
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

  List<Sighting> read(MaskedArticle ma, EventDates dates) {
    List<Sighting> out = new ArrayList<>();
    for (MaskedSentence s : ma.sentences()) {
      pressConferences(s, dates, out);
      for (String kind : List.of("tweet", "letter", "statement")) {
        for (Matcher m : matches(s, "Statement", kind)) {
          if (insideRelative(s, m.start("A"))) {
            continue; // "X, who sued Y, said in a statement": Y did not make it
          }
          ref(s, m, "A").ifPresent(who -> {
            Sighting x = sighting("Statement", kind, s, m, dates, true);
            x.fill("participant", who, ev(s, m, kind));
            ref(s, m, "T").ifPresent(t -> x.fill("target", t, ev(s, m, kind)));
            out.add(x);
          });
        }
      }
      for (Matcher m : matches(s, "Vote", "no-confidence")) {
        Sighting x = sighting("Vote", "no-confidence vote", s, m, dates, false);
        ref(s, m, "T").ifPresent(t -> x.fill("target", t, ev(s, m, "vote")));
        if (group(m, "N") >= 0) {
          x.count = Long.parseLong(m.group("N"));
        }
        x.definite = x.fills.isEmpty(); // "14 cities approved no-confidence votes": on whom the article says
        out.add(x);
      }
      for (Matcher m : matches(s, "Vote", "body")) {
        ref(s, m, "A").filter(b -> b.kind().equals("organization")).ifPresent(b -> {
          Sighting x = sighting("Vote", "vote", s, m, dates, false);
          x.fill("participant", b, ev(s, m, "vote"));
          Matcher v = VOTED.matcher(s.sentence().text());
          if (v.find(Math.max(0, s.origin(m.start()) - s.sentence().start()))) {
            TreeReader.tally(s.sentence(), v.end(), x);
          }
          out.add(x);
        });
      }
      for (Matcher m : matches(s, "Shooting", "victim")) {
        ref(s, m, "T").filter(v -> v.kind().equals("person")).ifPresent(v -> {
          Sighting x = sighting("Shooting", "shooting", s, m, dates, false);
          x.fill("victim", v, ev(s, m, "shooting"));
          out.add(x);
        });
      }
      for (Matcher m : matches(s, "Lawsuit", "lawsuit")) {
        Optional<Ref> by = group(m, "A") >= 0 && !afterPreposition(s, m.start("A")) ? ref(s, m, "A") : Optional.empty();
        Optional<Ref> t = ref(s, m, "T", by.orElse(null));
        if (t.isEmpty() || by.isPresent() && by.get().equals(t.get())) {
          continue;
        }
        Sighting x = sighting("Lawsuit", "lawsuit", s, m, dates, true);
        x.fill("target", t.get(), ev(s, m, "lawsuit"));
        by.ifPresent(b -> x.fill("participant", b, ev(s, m, "lawsuit")));
        out.add(x);
      }
    }
    return out;
  }

  private void pressConferences(MaskedSentence s, EventDates dates, List<Sighting> out) {
    for (Matcher m : matches(s, "PressConference", "holder")) {
      ref(s, m, "A").ifPresent(h -> {
        Sighting x = sighting("PressConference", "press conference", s, m, dates, false);
        x.fill("participant", h, ev(s, m, "press-conference"));
        x.place = placeIn(s, m).orElse(null);
        out.add(x);
      });
    }
    for (Matcher m : matches(s, "PressConference", "participants")) {
      Optional<Ref> holder = ref(s, m, "O");
      if (holder.isEmpty()) {
        continue;
      }
      // "X was flanked by Y and Z": they join X's press conference, if the article tells one
      Sighting x = new Sighting("PressConference", "press conference", s.sentence().index(), ev(s, m, "press-conference"));
      x.attachOnly = true;
      x.fill("participant", holder.get(), ev(s, m, "press-conference"));
      for (Slot y : s.slotsIn(m.start("S"), m.end("S"))) {
        if (y.isAgent() && y.ref().kind().equals("person")) {
          x.fill("participant", y.ref(), ev(s, m, "press-conference"));
        }
      }
      out.add(x);
    }
  }

  private Sighting sighting(String kind, String label, MaskedSentence s, Matcher m, EventDates dates, boolean anywhere) {
    Sighting x = new Sighting(kind, label, s.sentence().index(), ev(s, m, label.replace(' ', '-')));
    x.reported = !kind.equals("Vote") && !kind.equals("Lawsuit"); // "X said in a statement", "X said at a news conference"
    Optional<TemporalValue> d = anywhere ? dateIn(s, dates) : dateNear(s, m.start(), m.end(), dates);
    d.ifPresent(v -> x.date = new EventDates.Dated(v, "near"));
    return x;
  }

  private org.newsgraph.extract.Evidence ev(MaskedSentence s, Matcher m, String what) {
    return s.evidence(m.start(), m.end(), 0.7, extractor + ":surface:" + what);
  }

  static int group(Matcher m, String g) {
    try {
      return m.start(g);
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  static Optional<Ref> ref(MaskedSentence s, Matcher m, String g) {
    return ref(s, m, g, null);
  }

  private static Optional<Ref> ref(MaskedSentence s, Matcher m, String g, Ref exclude) {
    int st = group(m, g);
    return st < 0 ? Optional.empty() : s.resolve(st, m.end(g), exclude);
  }

  private static final Pattern RELATIVE = Pattern.compile("\\b(?:who|whom|whose|which)\\b");

  /** Whether a masked position is inside a relative clause opened since the last comma. */
  private static boolean insideRelative(MaskedSentence s, int at) {
    int comma = s.text().lastIndexOf(',', at);
    return comma >= 0 && RELATIVE.matcher(s.text().substring(comma, at)).find();
  }

  /** Whether a masked position follows a preposition ("critic of X and even sued him": X is no subject). */
  private static boolean afterPreposition(MaskedSentence s, int at) {
    return PREPOSITION_BEFORE.matcher(s.text().substring(Math.max(0, at - 12), at)).find();
  }

  private static Optional<TemporalValue> dateIn(MaskedSentence s, EventDates dates) {
    boolean[] quoted = Quotes.inside(s.sentence().text());
    for (DateMention d : dates.resolver().find(s.sentence().text())) {
      if (d.value().isPresent() && !(d.relative() && quoted[d.start()])) {
        return d.value();
      }
    }
    return Optional.empty();
  }

  /** A resolved date written inside a match or close to it (30 characters before, 40 after). */
  static Optional<TemporalValue> dateNear(MaskedSentence s, int mStart, int mEnd, EventDates dates) {
    int base = s.sentence().start();
    int from = s.origin(mStart) - base - 30;
    int to = s.originEnd(mEnd) - base + 40;
    boolean[] quoted = Quotes.inside(s.sentence().text());
    for (DateMention d : dates.resolver().find(s.sentence().text())) {
      if (d.start() >= from && d.end() <= to && d.value().isPresent() && !(d.relative() && quoted[d.start()])) {
        return d.value();
      }
    }
    return Optional.empty();
  }

  /** The place after the match, introduced by in/at, within 60 characters of its end. */
  private static Optional<Ref> placeIn(MaskedSentence s, Matcher m) {
    String t = s.text();
    for (int i = t.indexOf(Template.OPEN + "L", m.start()); i >= 0; i = t.indexOf(Template.OPEN + "L", i + 1)) {
      if (i - m.end() > 60) {
        break;
      }
      if (PLACE_PREP.matcher(t.substring(Math.max(0, i - 30), i)).find()) {
        List<Slot> in = s.slotsIn(i, t.indexOf(Template.CLOSE, i) + 1);
        if (!in.isEmpty()) {
          return Optional.of(in.get(0).ref());
        }
      }
    }
    return Optional.empty();
  }
}
