package org.newsgraph.extract.facts.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.Literal;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.facts.MaskedArticle;
import org.newsgraph.extract.facts.MaskedSentence;
import org.newsgraph.extract.facts.Slugs;
import org.newsgraph.extract.facts.dates.TemporalValue;

/**
 * Recall campaigns from the patterns of {@code events.tsv}: the target, who works on it, the
 * signatures gathered and needed, the deadline and the outcome. A first and a second campaign
 * against one official are two events (an ordinal keys each); a campaign told without one is keyed
 * by its target alone, so that two articles telling it name one event.
 */
final class RecallCampaigns {
  private static final Map<String, Integer> ORDINALS = Map.of(
      "first", 1, "second", 2, "third", 3, "fourth", 4, "do-over", 2, "renewed", 2);

  private final SurfaceReader surface;
  private final String extractor;

  RecallCampaigns(SurfaceReader surface, String extractor) {
    this.surface = surface;
    this.extractor = extractor;
  }

  void extract(MaskedArticle ma, EventDates dates, FactSink sink) {
    int maxOrdinal = 0;
    for (MaskedSentence s : ma.sentences()) {
      for (Matcher m : surface.matches(s, "RecallCampaign", "ordinal")) {
        maxOrdinal = Math.max(maxOrdinal, ORDINALS.getOrDefault(m.group("K").toLowerCase(Locale.ROOT), 0));
      }
    }
    Map<String, Ref> declared = new LinkedHashMap<>(); // campaign slug -> its target
    Ref last = null;
    Ref lastTarget = null;
    for (MaskedSentence s : ma.sentences()) {
      int ordinal = 0;
      for (Matcher m : surface.matches(s, "RecallCampaign", "ordinal")) {
        ordinal = ORDINALS.getOrDefault(m.group("K").toLowerCase(Locale.ROOT), 0);
        break;
      }
      Ref here = null;
      for (Matcher m : surface.matches(s, "RecallCampaign", "target")) {
        Optional<Ref> t = SurfaceReader.ref(s, m, "T");
        if (t.isEmpty() || !t.get().kind().equals("person")) {
          continue;
        }
        int n = ordinal > 0 ? ordinal : maxOrdinal;
        here = campaign(ma, t.get(), n, declared, sink);
        sink.fact(here, "target", t.get(), ev(s, m));
        lastTarget = t.get();
      }
      if (here == null && ordinal > 0 && lastTarget != null && s.text().toLowerCase(Locale.ROOT).contains("recall")) {
        String slug = Slugs.join("recall-campaign", lastTarget.slug(), Integer.toString(ordinal));
        boolean isNew = !declared.containsKey(slug);
        here = campaign(ma, lastTarget, ordinal, declared, sink);
        if (isNew) {
          sink.fact(here, "target", lastTarget, s.evidence(0, s.text().length(), 0.6, extractor + ":recall"));
        }
      }
      if (here != null) {
        last = here;
      }
      if (last != null) {
        details(s, last, declared.get(last.slug()), dates, sink);
      }
    }
  }

  private Ref campaign(MaskedArticle ma, Ref target, int n, Map<String, Ref> declared, FactSink sink) {
    Ref e = new Ref("event", Slugs.join("recall-campaign", target.slug(), n > 0 ? Integer.toString(n) : ""));
    if (!declared.containsKey(e.slug())) {
      String label = (n > 0 ? ordinalWord(n) + " recall campaign against " : "Recall campaign against ") + ma.label(target);
      sink.node(e, List.of("RecallCampaign", "Event"), label, List.of());
      declared.put(e.slug(), target);
    }
    return e;
  }

  /** Who works on the campaign, its signatures, deadline and outcome, told in a sentence. */
  private void details(MaskedSentence s, Ref camp, Ref target, EventDates dates, FactSink sink) {
    for (Matcher m : surface.matches(s, "RecallCampaign", "participant")) {
      SurfaceReader.ref(s, m, "A").filter(r -> !r.equals(target)).ifPresent(r -> sink.fact(camp, "participant", r, ev(s, m)));
    }
    for (String role : List.of("gathered", "needed")) {
      for (Matcher m : surface.matches(s, "RecallCampaign", role)) {
        long n = number(m.group("N"));
        if (n >= 1000) {
          sink.fact(camp, role.equals("gathered") ? "signaturesGathered" : "signaturesNeeded", Literal.integer(n), ev(s, m));
        }
      }
    }
    for (Matcher m : surface.matches(s, "RecallCampaign", "deadline")) {
      Optional<TemporalValue> d = SurfaceReader.dateNear(s, m.start(), m.end(), dates);
      if (d.isPresent()) {
        sink.fact(camp, "deadline", d.get().literal(), ev(s, m));
        break;
      }
    }
    for (Matcher m : surface.matches(s, "RecallCampaign", "outcome")) {
      sink.fact(camp, "outcome", Literal.string(m.group("X").replaceAll("\\s+", " ")), ev(s, m));
    }
  }

  private org.newsgraph.extract.Evidence ev(MaskedSentence s, Matcher m) {
    return s.evidence(m.start(), m.end(), 0.7, extractor + ":recall");
  }

  private static String ordinalWord(int n) {
    return switch (n) {
      case 1 -> "First";
      case 2 -> "Second";
      case 3 -> "Third";
      default -> n + "th";
    };
  }

  static long number(String s) {
    String t = s.toLowerCase(Locale.ROOT).trim();
    if (t.endsWith("million")) {
      return Math.round(Double.parseDouble(t.replace("million", "").trim()) * 1_000_000);
    }
    return Long.parseLong(t.replace(",", ""));
  }
}
