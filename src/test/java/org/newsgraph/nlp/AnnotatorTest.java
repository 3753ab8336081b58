package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.corpus.Article;
import org.newsgraph.corpus.ArticleMeta;
import org.newsgraph.corpus.Block;

class AnnotatorTest {
  private static final Annotator ANNOTATOR = Annotator.standard();

  private static List<Sentence> annotate(String text) {
    Article a = new Article("t", "t.txt", text, new ArticleMeta("t.txt", "Test", null, null, null),
        List.of(new Block(0, text.length(), text)), List.of(), "0");
    return ANNOTATOR.annotate(a);
  }

  @Test
  void aTitleAbbreviationBeforeANameEndsNoSentenceAndKeepsItsPeriod() {
    List<Sentence> s = annotate("\u201cWe will not wait,\u201d said Rep. T.J. Marlow (D-Ore.), who leads the panel. "
        + "The vote was set for Del. Ana Brisco and Sen. Ola Weir. Then they left.");
    assertEquals(3, s.size(), s.toString());
    List<String> words = s.get(0).tokens().stream().map(Token::text).toList();
    assertTrue(words.containsAll(List.of("Rep.", "T.J.", "Marlow")), words.toString());
    List<String> second = s.get(1).tokens().stream().map(Token::text).toList();
    assertTrue(second.containsAll(List.of("Del.", "Sen.")), second.toString());
  }

  @Test
  void aSentenceEndingAfterATitledNameStillEnds() {
    List<Sentence> s = annotate("She met Gov. Ana Ruiz and Dr. Omar Lee. Then she left for Washington.");
    assertEquals(2, s.size(), s.toString());
    assertTrue(s.get(1).text().startsWith("Then"), s.toString());
  }

  @Test
  void noSentenceEndsOnAComma() {
    // a state abbreviation followed by a comma: the model's split after "Okla.," is undone
    List<Sentence> s = annotate("At a rally on Friday, Ruiz praised Tulsa, Okla., police officer Dana Voss for her calm. "
        + "House leader Omar Lee, R-Wis., despite his doubts, backed the bill. Then they left.");
    assertEquals(3, s.size(), s.toString());
    assertTrue(s.get(1).text().startsWith("House"), s.toString());
  }
}
