package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.corpus.Article;
import org.newsgraph.corpus.ArticleMeta;
import org.newsgraph.corpus.Block;

/**
 * An over-long sentence is cut into pieces before it is tagged (tagging a sentence costs the
 * square of its length), a sentence of real length is not; and a budget stops the work that
 * checks it once spent.
 */
class BoundedWorkTest {
  private static final Annotator ANNOTATOR = Annotator.standard();
  private static final String[] WORDS =
      "the council said that new rules would change how the city spends money on roads and schools".split(" ");

  private static List<Sentence> annotate(String text) {
    Article a = new Article("t", "t.txt", text, new ArticleMeta("t.txt", "Test", null, null, null),
        List.of(new Block(0, text.length(), text)), List.of(), "0");
    return ANNOTATOR.annotate(a);
  }

  /** {@code n} words, a comma after every 17th, and a full stop at the end only. */
  private static String run(int n) {
    StringBuilder b = new StringBuilder("The report began");
    for (int i = 0; i < n; i++) {
      b.append(' ').append(WORDS[i % WORDS.length]).append(i % 17 == 16 ? "," : "");
    }
    return b.append(".").toString();
  }

  @Test
  void aSentenceOfThousandsOfTokensIsTaggedInPieces() {
    String text = run(3000);
    List<Sentence> s = annotate(text);
    assertTrue(s.size() >= 3000 / Annotator.MAX_SENTENCE_TOKENS, s.size() + " sentences");
    int tokens = 0;
    int end = 0;
    for (int i = 0; i < s.size(); i++) {
      Sentence piece = s.get(i);
      assertEquals(i, piece.index());
      assertTrue(piece.tokens().size() <= Annotator.MAX_SENTENCE_TOKENS, piece.tokens().size() + " tokens");
      assertEquals(text.substring(piece.start(), piece.end()), piece.text());
      assertTrue(piece.start() >= end, "pieces overlap");
      assertTrue(text.substring(end, piece.start()).isBlank(), "text left out between pieces");
      end = piece.end();
      tokens += piece.tokens().size();
      if (i + 1 < s.size()) {
        assertTrue(piece.text().endsWith(","), "a piece is cut after a comma when it has one: " + piece.text());
      }
    }
    assertEquals(text.length(), end);
    assertEquals(3000 + 3 + 3000 / 17 + 1, tokens, "every token is in a piece");
  }

  @Test
  void aLongButRealSentenceIsNotCut() {
    String text = run(200);
    assertEquals(1, annotate(text).size());
  }

  @Test
  void aSpentBudgetStopsTheWorkThatChecksIt() {
    Budget.check(); // outside a budget: nothing
    Budget.Exceeded e = assertThrows(Budget.Exceeded.class, () -> Budget.within(Duration.ofMillis(5), () -> {
      long x = 0;
      while (true) {
        x += System.nanoTime() % 7; // processor time, not sleep: the budget counts processor time
        Budget.check();
      }
    }));
    assertTrue(e.getMessage().startsWith("too long to analyse (over the budget of 5 ms"), e.getMessage());
    assertEquals(42, (int) Budget.within(Duration.ofSeconds(60), () -> {
      Budget.check();
      return 42;
    }));
  }
}
