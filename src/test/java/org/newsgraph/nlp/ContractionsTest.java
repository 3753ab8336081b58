package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens split as UD splits them, with exact offsets, through the real tokenizer. */
class ContractionsTest {
  private static final Annotator ANNOTATOR = Annotator.standard();

  private static List<String> words(String text) {
    Sentence s = ANNOTATOR.sentence(0, 0, text, 100);
    for (Token t : s.tokens()) {
      assertEquals(t.text(), text.substring(t.start() - 100, t.end() - 100), "offsets of " + t);
    }
    return s.tokens().stream().map(Token::text).toList();
  }

  @Test
  void negationsSplitBeforeNt() {
    assertEquals(List.of("They", "did", "n't", "wait", ",", "ca", "n't", "wait", "and", "wo", "n't", "wait", "."),
        words("They didn't wait, can't wait and won't wait."));
    assertEquals(List.of("She", "DID", "N'T", "."), words("She DIDN'T."));
  }

  @Test
  void pronounContractionsSplit() {
    assertEquals(List.of("I", "'m", "sure", "we", "'re", "done", ",", "you", "'ve", "seen", "it", ",", "they", "'ll",
            "go", "and", "he", "'d", "stay", "."),
        words("I'm sure we're done, you've seen it, they'll go and he'd stay."));
  }

  @Test
  void possessivesSplitWithStraightAndCurlyApostrophes() {
    assertEquals(List.of("The", "sheriff", "'s", "deputy", "met", "the", "mayor", "\u2019s", "aide", "."),
        words("The sheriff's deputy met the mayor\u2019s aide."));
    assertEquals(List.of("It", "\u2019s", "the", "Deputy", "Sheriffs\u2019", "Association", ",", "is", "n\u2019t", "it", "?"),
        words("It\u2019s the Deputy Sheriffs\u2019 Association, isn\u2019t it?"));
  }

  @Test
  void aLeftQuoteTypedForTheApostropheInsideAWordIsOne() {
    assertEquals(List.of("Mayor", "Ana", "Ruiz", "\u2018s", "plan", "was", "bold", "."),
        words("Mayor Ana Ruiz\u2018s plan was bold."));
    assertEquals("Ana Ruiz", org.newsgraph.nlp.Names.stripPossessive("Ana Ruiz\u2018s"));
    assertEquals(true, org.newsgraph.nlp.Names.isPossessive("Ruiz\u2018s"));
  }

  @Test
  void fusedWordsSplitAsUdDoes() {
    assertEquals(List.of("We", "can", "not", "say", "what", "we", "'re", "gon", "na", "do", "."),
        words("We cannot say what we're gonna do."));
  }

  @Test
  void wordsWithApostrophesInsideStayWhole() {
    assertEquals(List.of("O'Neill", "met", "Ana", "D'Souza", "at", "noon", "."), words("O'Neill met Ana D'Souza at noon."));
  }

  @Test
  void cutPoints() {
    assertEquals(2, Contractions.cut("can't"));
    assertEquals(3, Contractions.cut("Ana's"));
    assertEquals(0, Contractions.cut("'s"));
    assertEquals(0, Contractions.cut("n't"));
    assertEquals(0, Contractions.cut("its"));
    assertEquals(0, Contractions.cut("'90s"));
    assertEquals(0, Contractions.cut("Sheriffs'"));
    assertEquals(0, Contractions.cut("Victims\u2019"));
  }
}
