package org.newsgraph.extract.facts.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Token;

/** The quick test that a word is in no trigger class agrees with the per-class test. */
class TriggerWordsTest {
  private static final TriggerWords WORDS = EventRules.load().words();

  private static List<Token> tokens(String... wordLemmaPos) {
    Token[] out = new Token[wordLemmaPos.length / 3];
    for (int k = 0; k < out.length; k++) {
      out[k] = new Token(wordLemmaPos[3 * k], 0, 1, wordLemmaPos[3 * k + 2], wordLemmaPos[3 * k + 1], -1, "root");
    }
    return List.of(out);
  }

  @Test
  void aWordOfNoClassIsToldApartWithOneLookUp() {
    List<Token> t = tokens("The", "the", "DET", "wobbly", "wobbly", "ADJ", "Sued", "sue", "VERB", "press", "press", "NOUN",
        "conference", "conference", "NOUN", "said", "say", "VERB", "tweeted", "tweet", "VERB");
    assertFalse(WORDS.mayHaveAnyClass(t, 1), "'wobbly' triggers nothing");
    assertTrue(WORDS.mayHaveAnyClass(t, 5), "'said' is a reporting verb");
    assertTrue(WORDS.has(TreeReader.REPORTING, t, 5));
    for (String cls : WORDS.classNames()) {
      for (int i = 0; i < t.size(); i++) {
        if (WORDS.has(cls, t, i)) {
          assertTrue(WORDS.mayHaveAnyClass(t, i), cls + " " + t.get(i).text());
        }
      }
    }
  }
}
