package org.newsgraph.extract.facts.cases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.Literal;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.facts.MaskedArticle;
import org.newsgraph.extract.facts.Slugs;
import org.newsgraph.extract.facts.dates.TemporalValue;

/**
 * Writes one case: its IRI (keyed by its first victim, else its first defendant), victims,
 * defendants, a juvenile defendant the text does not name ({@code ng:unnamedDefendant}), charges
 * and sentence as stated, the offence's date ({@code ng:date}: the first told, made more precise by
 * a later one that agrees with it) kept apart from the sentencing's ({@code ng:sentencingDate}),
 * the place; and the events it reports: the killing or shooting, arrests, sentencings. What two
 * matches of one sentence both say is written once.
 */
final class CaseWriter {
  private static final Pattern AGE = Pattern.compile("\\b(\\d{1,2})[- ]years?[- ]old\\b");

  private final String extractor;
  private final CaseWords words;

  CaseWriter(String extractor, CaseWords words) {
    this.extractor = extractor;
    this.words = words;
  }

  Ref write(MaskedArticle ma, List<Partial> c, FactSink sink) {
    c.sort((x, y) -> x.before(y) ? -1 : y.before(x) ? 1 : 0);
    Set<String> shorter = shorter(c);
    List<Ref> victims = new ArrayList<>();
    List<Ref> defendants = new ArrayList<>();
    String offence = null;
    for (Partial p : c) {
      p.victims.stream().filter(v -> !victims.contains(v)).forEach(victims::add);
      p.defendants.stream().filter(d -> !defendants.contains(d)).forEach(defendants::add);
      if (!p.offence.equals("*") && (offence == null || p.offence.equals("killing"))) {
        offence = p.offence;
      }
    }
    defendants.removeAll(victims);
    String kind = offence == null ? "case" : offence;
    Ref ref;
    String label;
    if (!victims.isEmpty()) {
      ref = new Ref("case", Slugs.join(kind, "of", victims.get(0).slug()));
      label = capital(kind.replace('-', ' ')) + " of " + ma.label(victims.get(0));
    } else {
      ref = new Ref("case", Slugs.join("case", "against", defendants.get(0).slug()));
      label = "Case against " + ma.label(defendants.get(0));
    }
    sink.node(ref, List.of("Case"), label, List.of());
    Once once = new Once(sink);
    TemporalValue date = null;
    Evidence dateEv = null;
    TemporalValue sentenced = null;
    Evidence sentencedEv = null;
    Ref place = null;
    Evidence placeEv = null;
    Set<String> juveniles = new HashSet<>();
    for (Partial p : c) {
      Evidence ev = evidence(p);
      for (Ref v : p.victims) {
        once.fact(p, ref, "victim", v, ev);
      }
      for (Ref d : p.defendants) {
        if (!victims.contains(d)) {
          once.fact(p, ref, "defendant", d, ev);
        }
      }
      for (String u : p.unnamedDefendants) {
        if (juvenile(u) && juveniles.add(ageOf(u))) {
          once.fact(p, ref, "unnamedDefendant", Literal.string(u), ev);
        }
      }
      for (String ch : p.charges) {
        if (!shorter.contains(p.sentenceIndex() + " charge " + ch)) {
          once.fact(p, ref, "charge", Literal.string(ch), ev);
        }
      }
      if (p.sentence != null && !shorter.contains(p.sentenceIndex() + " sentence " + p.sentence)) {
        once.fact(p, ref, "sentence", Literal.string(p.sentence), ev);
      }
      if (p.sentencingDate != null && sentenced == null) {
        sentenced = p.sentencingDate;
        sentencedEv = p.s.evidence(0, p.s.text().length(), 0.7, extractor + ":sentencingDate");
      }
    }
    for (Partial p : datesFirst(c)) {
      if (p.harm && p.offenceDate != null && (date == null || refines(p.offenceDate, date))) {
        date = p.offenceDate;
        dateEv = p.s.evidence(0, p.s.text().length(), 0.7, extractor + ":date");
      }
      if (p.harm && p.place != null && place == null) {
        place = p.place;
        placeEv = evidence(p);
      }
    }
    if (date == null && c.stream().noneMatch(p -> p.harm && p.named())) {
      // no offence told: the first date of the matter told (an arrest, a plea), never a sentencing's
      for (Partial p : c) {
        if (!p.harm && p.eventDate != null && !p.event.equals("Sentencing") && p.sentencingDate == null && p.trigger >= 0) {
          date = p.eventDate;
          dateEv = p.s.evidence(0, p.s.text().length(), 0.6, extractor + ":date");
          break;
        }
      }
    }
    if (date != null) {
      sink.fact(ref, "date", date.literal(), dateEv);
    }
    if (sentenced != null) {
      sink.fact(ref, "sentencingDate", sentenced.literal(), sentencedEv);
    }
    if (place != null) {
      sink.fact(ref, "place", place, placeEv);
    }
    new CaseEvents(extractor).write(ma, c, victims, defendants, date, place, sink);
    return ref;
  }

  /** The matches in text order, but in one sentence a frame before a surface pattern: the tree knows whose date is whose. */
  private static List<Partial> datesFirst(List<Partial> c) {
    List<Partial> out = new ArrayList<>(c);
    out.sort((x, y) -> x.sentenceIndex() != y.sentenceIndex() ? x.sentenceIndex() - y.sentenceIndex()
        : (x.trigger >= 0) != (y.trigger >= 0) ? (x.trigger >= 0 ? -1 : 1) : 0);
    return out;
  }

  /** Charges and sentences a longer one of the same sentence contains ("life" in "life in prison"): said once, by the longer. */
  private static Set<String> shorter(List<Partial> c) {
    Set<String> out = new HashSet<>();
    Set<String> split = coordinations(c);
    split.forEach(out::add);
    for (Partial p : c) {
      for (Partial q : c) {
        if (p.sentenceIndex() != q.sentenceIndex()) {
          continue;
        }
        for (String a : p.charges) {
          for (String b : q.charges) {
            if (b.length() > a.length() && b.contains(a) && !split.contains(q.sentenceIndex() + " charge " + b)) {
              out.add(p.sentenceIndex() + " charge " + a);
            }
          }
        }
        if (p.sentence != null && q.sentence != null && q.sentence.length() > p.sentence.length() && q.sentence.contains(p.sentence)) {
          out.add(p.sentenceIndex() + " sentence " + p.sentence);
        }
      }
    }
    return out;
  }

  /**
   * Charges that are a coordination of charges another match of the same sentence told one by one
   * ("computer intrusion and identity theft" read whole on the surface, apart over the tree): said
   * once per conjunct.
   */
  private static Set<String> coordinations(List<Partial> c) {
    Set<String> out = new HashSet<>();
    for (Partial q : c) {
      for (String b : q.charges) {
        String[] parts = b.split(",\\s*(?:and\\s+)?|\\s+and\\s+");
        if (parts.length < 2) {
          continue;
        }
        Set<String> told = new HashSet<>();
        c.stream().filter(p -> p != q && p.sentenceIndex() == q.sentenceIndex()).forEach(p -> told.addAll(p.charges));
        if (java.util.Arrays.stream(parts).allMatch(told::contains)) {
          out.add(q.sentenceIndex() + " charge " + b);
        }
      }
    }
    return out;
  }

  private Evidence evidence(Partial p) {
    return p.s.evidence(p.start, p.end, p.trigger >= 0 ? 0.7 : 0.75, p.method(extractor));
  }

  /** Whether a later date makes the one kept more precise: "February 2012" after "2012". */
  private static boolean refines(TemporalValue later, TemporalValue kept) {
    return later.precision() > kept.precision() && later.lexical().startsWith(kept.lexical());
  }

  /** A description of a juvenile: an age under 18, or a noun of the juvenile class ("a teen"). */
  private boolean juvenile(String description) {
    Matcher m = AGE.matcher(description);
    if (m.find()) {
      return Integer.parseInt(m.group(1)) < 18;
    }
    for (String w : description.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (words.has("juvenile", w)) {
        return true;
      }
    }
    return false;
  }

  /** One unnamed juvenile per age: "16-year-old boy" and "the 16-year-old" are one. */
  private static String ageOf(String description) {
    Matcher m = AGE.matcher(description);
    return m.find() ? m.group(1) : description.toLowerCase(Locale.ROOT);
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Passes facts on, once per sentence each: a surface pattern and a frame that read the same words say it once. */
  private static final class Once {
    private final FactSink sink;
    private final Set<String> seen = new HashSet<>();

    Once(FactSink sink) {
      this.sink = sink;
    }

    void fact(Partial p, Ref s, String property, org.newsgraph.extract.Value o, Evidence e) {
      if (seen.add(p.sentenceIndex() + " " + property + " " + o)) {
        sink.fact(s, property, o, e);
      }
    }
  }
}
