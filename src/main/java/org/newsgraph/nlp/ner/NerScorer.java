package org.newsgraph.nlp.ner;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.EntityType;

/** Exact-span, exact-type precision, recall and F1 per type and overall (micro-averaged). */
public final class NerScorer {
  /** Counts for one type. */
  public static final class Counts {
    public long truePositives;
    public long predicted;
    public long gold;

    public double precision() {
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);
  private final Counts overall = new Counts();

  public NerScorer() {
    for (EntityType t : EntityType.values()) {
      byType.put(t, new Counts());
    }
  }

  /** Adds one sentence: the gold names and the predicted ones. */
  public void add(List<LabeledSpan> gold, List<LabeledSpan> predicted) {
    Set<LabeledSpan> g = new HashSet<>(gold);
    for (LabeledSpan s : gold) {
      byType.get(s.type()).gold++;
      overall.gold++;
    }
    for (LabeledSpan s : new HashSet<>(predicted)) {
      byType.get(s.type()).predicted++;
      overall.predicted++;
      if (g.contains(s)) {
        byType.get(s.type()).truePositives++;
        overall.truePositives++;
      }
    }
  }

  public Counts counts(EntityType t) {
    return byType.get(t);
  }

  public Counts overall() {
    return overall;
  }

  /** A table: one line per type and an {@code overall} line. */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-13s %6s %6s %6s %6s %6s %6s%n",
        "type", "P", "R", "F1", "gold", "found", "right"));
    for (EntityType t : EntityType.values()) {
      line(sb, t.name().toLowerCase(Locale.ROOT), byType.get(t));
    }
    line(sb, "overall", overall);
    return sb.toString();
  }

  private static void line(StringBuilder sb, String name, Counts c) {
    sb.append(String.format(Locale.ROOT, "%-13s %6.3f %6.3f %6.3f %6d %6d %6d%n",
        name, c.precision(), c.recall(), c.f1(), c.gold, c.predicted, c.truePositives));
  }
}
