package org.newsgraph.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.EntityType;

class NerScorerTest {
  @Test
  void exactSpanAndTypePrecisionRecallF1() {
    NerScorer s = new NerScorer();
    // gold: PER 0-2, LOC 5-6, ORG 8-10; found: PER 0-2 (right), LOC 5-7 (wrong span),
    // PER 8-10 (wrong type), PER 12-13 (spurious)
    s.add(
        List.of(
            new LabeledSpan(0, 2, EntityType.PERSON),
            new LabeledSpan(5, 6, EntityType.PLACE),
            new LabeledSpan(8, 10, EntityType.ORGANIZATION)),
        List.of(
            new LabeledSpan(0, 2, EntityType.PERSON),
            new LabeledSpan(5, 7, EntityType.PLACE),
            new LabeledSpan(8, 10, EntityType.PERSON),
            new LabeledSpan(12, 13, EntityType.PERSON)));
    assertEquals(0.25, s.overall().precision(), 1e-9);
    assertEquals(1.0 / 3, s.overall().recall(), 1e-9);
    assertEquals(2 * 0.25 * (1.0 / 3) / (0.25 + 1.0 / 3), s.overall().f1(), 1e-9);
    assertEquals(1.0 / 3, s.counts(EntityType.PERSON).precision(), 1e-9);
    assertEquals(1.0, s.counts(EntityType.PERSON).recall(), 1e-9);
    assertEquals(0.0, s.counts(EntityType.ORGANIZATION).f1(), 1e-9);
    assertTrue(s.report().contains("overall"));
  }
}
