package org.newsgraph.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordClustererTest {
  private static List<List<String>> text() {
    List<List<String>> lines = new ArrayList<>();
    String[] days = {"Monday", "Tuesday", "Friday"};
    String[] cities = {"Denver", "Boston", "Dallas"};
    String[] verbs = {"said", "added", "noted"};
    for (int i = 0; i < 60; i++) {
      lines.add(WordClusterer.tokenize(
          "the mayor " + verbs[i % 3] + " on " + days[i % 3] + " that the team in " + cities[(i / 3) % 3] + " won ."));
      lines.add(WordClusterer.tokenize(
          "on " + days[(i + 1) % 3] + " people in " + cities[i % 3] + " " + verbs[(i + 2) % 3] + " it ."));
    }
    return lines;
  }

  @Test
  void wordsInTheSameContextsShareACluster() {
    Map<String, String> c = new WordClusterer(5, 50, 6).cluster(text());
    assertEquals(c.get("Monday"), c.get("Friday"));
    assertEquals(c.get("Denver"), c.get("Dallas"));
    assertNotEquals(c.get("Monday"), c.get("Denver"));
  }

  @Test
  void deterministic() {
    assertEquals(new WordClusterer(5, 50, 6).cluster(text()), new WordClusterer(5, 50, 6).cluster(text()));
  }

  @Test
  void lowercaseWordsAreThoseRarelyCapitalisedMidSentence() {
    List<String> lower = WordClusterer.lowercaseWords(text());
    assertTrue(lower.contains("mayor"));
    assertTrue(!lower.contains("denver"));
  }

  @Test
  void tokenizerKeepsAbbreviationsAndSplitsPossessives() {
    assertEquals(List.of("U.S", ".", "officials", "'", "s", "O'Brien", "$", "1,000"),
        WordClusterer.tokenize("U.S. officials' s O'Brien $1,000"));
  }
}
