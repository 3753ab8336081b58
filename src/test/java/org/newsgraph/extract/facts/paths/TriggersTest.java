package org.newsgraph.extract.facts.paths;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TriggersTest {
  private final Triggers t = Triggers.load("triggers.tsv");

  @Test
  void aLemmaCutBeforeItsFinalEStillCounts() {
    assertTrue(t.has("support", "endorse"));
    assertTrue(t.has("support", "endors")); // "endorsed" as the lemmatizer sometimes gives it
    assertTrue(t.has("support", "prais"));
    assertFalse(t.has("support", "endorsee"));
    assertFalse(t.has("criticize", "prais"));
  }
}
