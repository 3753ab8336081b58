package org.newsgraph.link;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How a link is chosen among scored options: {@code score = nameWeight·name + (1 − nameWeight)·
 * context}; the best option is linked when its score reaches {@code threshold} and beats the
 * runner-up by at least {@code margin}; otherwise the entity stays NIL. Options found through an
 * ambiguous name (a weak alias) take part only when the context supports them.
 *
 * @param nameWeight weight of the name match (default 0.7)
 * @param threshold lowest score that links (default 0.6)
 * @param margin least lead over the runner-up (default 0.1)
 */
public record Scoring(double nameWeight, double threshold, double margin) {
  /** Name match scores: the entity's own label, an alias, a weak (ambiguous) alias. */
  public static final double LABEL = 1.0;

  public static final double ALIAS = 0.9;
  public static final double WEAK_ALIAS = 0.6;

  /** Factor for a match through one of the candidate's other labels rather than its label. */
  public static final double ALT_LABEL = 0.95;

  /**
   * Factor for a match through an other label that is only part of the label ("Díaz" for
   * "José Díaz"): low enough that such a match never links on its own, even with context.
   */
  public static final double PARTIAL_ALT_LABEL = 0.4;

  public static final Scoring DEFAULT = new Scoring(0.7, 0.6, 0.1);

  public Scoring {
    if (!(nameWeight > 0 && nameWeight <= 1)
        || !(threshold > 0 && threshold <= 1)
        || !(margin >= 0 && margin < 1)) {
      throw new IllegalArgumentException(
          "bad scoring: nameWeight " + nameWeight + ", threshold " + threshold + ", margin "
              + margin);
    }
  }

  /**
   * One way an entity might be linked.
   *
   * @param qid the item
   * @param name 0..1 name match
   * @param context 0..1 context support
   * @param needsContext true when the name alone is ambiguous
   * @param how the name match, e.g. "exact-label"
   * @param flag a suffix for the method, e.g. "[V1]", or empty
   */
  public record Option(
      String qid, double name, double context, boolean needsContext, String how, String flag) {}

  /**
   * The candidate's names by key, each with its factor: 1 for the label, {@link #ALT_LABEL} for
   * another label, {@link #PARTIAL_ALT_LABEL} for another label whose words are all in the label.
   */
  public static java.util.Map<String, Double> surfaces(Candidate c) {
    java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
    String label = Names.key(c.label());
    if (!label.isEmpty()) {
      out.put(label, 1.0);
    }
    for (String a : c.altLabels()) {
      String k = Names.key(a);
      if (k.isEmpty() || out.containsKey(k)) {
        continue;
      }
      // offices: their other names in articles are titles of the role ("the DA", "sheriff"),
      // which name the generic position, not this office
      boolean partial = c.kind().equals("office") || partOf(k, label);
      out.put(k, partial ? PARTIAL_ALT_LABEL : ALT_LABEL);
    }
    return out;
  }

  /**
   * Whether every word of {@code alt} is a word of {@code label} or the initials of consecutive
   * words of it ("gascon" and "da" are part of "george gascon" and "district attorney").
   */
  static boolean partOf(String alt, String label) {
    String[] words = label.split(" ");
    java.util.Set<String> parts = new java.util.HashSet<>(java.util.List.of(words));
    for (int i = 0; i < words.length; i++) {
      if (words[i].isEmpty()) {
        return false;
      }
      StringBuilder initials = new StringBuilder();
      for (int j = i; j < words.length && !words[j].isEmpty(); j++) {
        initials.append(words[j].charAt(0));
        if (j > i) {
          parts.add(initials.toString());
        }
      }
    }
    return parts.containsAll(java.util.List.of(alt.split(" ")));
  }

  double score(Option o) {
    return Math.min(1.0, nameWeight * o.name() + (1 - nameWeight) * o.context());
  }

  /** The chosen link, or empty for NIL. {@code prefix} starts the method, e.g. "gazetteer". */
  public Optional<Link> choose(List<Option> options, String prefix) {
    List<Option> eligible =
        options.stream()
            .filter(o -> !o.needsContext() || o.context() > 0)
            .sorted(Comparator.comparingDouble(this::score).reversed())
            .toList();
    // The same item reached twice (label and alias) is one option: keep its best.
    List<Option> distinct =
        eligible.stream()
            .filter(o -> eligible.stream().filter(p -> p.qid().equals(o.qid())).findFirst().get() == o)
            .toList();
    if (distinct.isEmpty()) {
      return Optional.empty();
    }
    Option best = distinct.get(0);
    double s = score(best);
    if (s < threshold) {
      return Optional.empty();
    }
    if (distinct.size() > 1 && s - score(distinct.get(1)) < margin) {
      return Optional.empty();
    }
    String method = prefix + ":" + best.how() + (best.context() > 0 ? "+context" : "") + best.flag();
    return Optional.of(new Link(best.qid(), round(s), method));
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
