package org.newsgraph.nlp.ner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.EntityType;

/**
 * Cleans machine-labelled (silver) training data by majority vote: a name string labelled with one
 * type at least {@code minShare} of the time, over at least {@code minCount} occurrences, gets that
 * type everywhere. Fixes a teacher's systematic slips (a person's name tagged as an organisation in
 * "X campaign") without touching ambiguous strings.
 */
public final class LabelVote {
  private final int minCount;
  private final double minShare;

  public LabelVote(int minCount, double minShare) {
    this.minCount = minCount;
    this.minShare = minShare;
  }

  private static String key(LabeledSentence s, LabeledSpan n) {
    return String.join(" ", s.tokens().subList(n.start(), n.end()));
  }

  /** The sentences with minority labels replaced; returns how many names changed type in {@code changed[0]}. */
  public List<LabeledSentence> apply(List<LabeledSentence> in, int[] changed) {
    Map<String, EnumMap<EntityType, Integer>> votes = new HashMap<>();
    for (LabeledSentence s : in) {
      for (LabeledSpan n : s.names()) {
        votes.computeIfAbsent(key(s, n), k -> new EnumMap<>(EntityType.class)).merge(n.type(), 1, Integer::sum);
      }
    }
    Map<String, EntityType> winner = new HashMap<>();
    for (Map.Entry<String, EnumMap<EntityType, Integer>> e : votes.entrySet()) {
      int total = 0;
      EntityType best = null;
      int bestCount = 0;
      for (Map.Entry<EntityType, Integer> v : e.getValue().entrySet()) {
        total += v.getValue();
        if (v.getValue() > bestCount) {
          bestCount = v.getValue();
          best = v.getKey();
        }
      }
      if (total >= minCount && bestCount >= minShare * total && bestCount < total) {
        winner.put(e.getKey(), best);
      }
    }
    List<LabeledSentence> out = new ArrayList<>(in.size());
    for (LabeledSentence s : in) {
      List<LabeledSpan> names = new ArrayList<>(s.names().size());
      boolean any = false;
      for (LabeledSpan n : s.names()) {
        EntityType w = winner.get(key(s, n));
        if (w != null && w != n.type()) {
          names.add(new LabeledSpan(n.start(), n.end(), w));
          changed[0]++;
          any = true;
        } else {
          names.add(n);
        }
      }
      out.add(any ? new LabeledSentence(s.tokens(), names, s.startsDocument()) : s);
    }
    return out;
  }
}
