package org.newsgraph.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.EntityType;

class LabelVoteTest {
  @Test
  void minorityLabelsOfAFrequentNameFollowTheMajority() {
    List<LabeledSentence> in = new ArrayList<>();
    for (int i = 0; i < 19; i++) {
      in.add(new LabeledSentence(List.of("Varga", "spoke"), List.of(new LabeledSpan(0, 1, EntityType.PERSON)), false));
    }
    in.add(new LabeledSentence(List.of("Varga", "campaign"), List.of(new LabeledSpan(0, 1, EntityType.ORGANIZATION)), false));
    // an ambiguous name (60/40) is left alone
    for (int i = 0; i < 12; i++) {
      in.add(new LabeledSentence(List.of("Jordan"), List.of(new LabeledSpan(0, 1, i < 7 ? EntityType.PLACE : EntityType.PERSON)), false));
    }
    int[] changed = {0};
    List<LabeledSentence> out = new LabelVote(20, 0.9).apply(in, changed);
    assertEquals(1, changed[0]);
    assertEquals(EntityType.PERSON, out.get(19).names().get(0).type());
    assertEquals(EntityType.PERSON, out.get(31).names().get(0).type());
  }
}
