package org.newsgraph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerTest {
  private final Cleaner cleaner = Cleaner.standard();

  private static List<String> kept(Cleaner.Result r) {
    return r.kept().stream().map(Block::text).toList();
  }

  @Test
  void dropsPromoLinesAllCapsHeadlinesAndCreditedCaptions() {
    String text = "The mayor spoke on Monday.\n\n"
        + "CLICK HERE TO GET THE NEWS APP\n\n"
        + "TEACHERS WALK OUT ACROSS THE STATE AS TALKS FAIL\n\n"
        + "The mayor speaks to reporters.\n\n"
        + "The mayor speaks to reporters. (Jane Roe / Example Times via Getty Images)\n\n"
        + "She said the budget was balanced.\n";
    Cleaner.Result r = cleaner.clean(text);
    assertEquals(List.of("The mayor spoke on Monday.", "She said the budget was balanced."), kept(r));
    assertEquals(4, r.dropped().size());
    assertTrue(r.dropped().stream().anyMatch(d -> d.reason().equals("promo line")));
    assertTrue(r.dropped().stream().anyMatch(d -> d.reason().startsWith("all-caps")));
    assertTrue(r.dropped().stream().anyMatch(d -> d.reason().startsWith("caption (repeats")));
  }

  @Test
  void dropsCaptionsRepeatedWithDifferentQuoteMarks() {
    String text = "A body paragraph.\n\nThe chief blamed 'the system'\n\nThe chief blamed \u2018the system\u2019\n\nAnother body paragraph.";
    assertEquals(List.of("A body paragraph.", "Another body paragraph."), kept(cleaner.clean(text)));
  }

  @Test
  void keepsOffsetsIntoTheTextAsRead() {
    String text = "  First line.  \n\n\tSecond line.\n";
    Cleaner.Result r = cleaner.clean(text);
    for (Block b : r.kept()) {
      assertEquals(b.text(), text.substring(b.start(), b.end()));
    }
    assertEquals(2, r.kept().get(0).start());
  }

  @Test
  void sentenceCaseHeadlineIsNotAllCaps() {
    assertTrue(!Cleaner.isAllCapsHeadline("The DA of LA said the NRA and ACLU disagree."));
    assertTrue(Cleaner.isAllCapsHeadline("LA DA GEORGE GASCON CAUSING HAVOC, RECALL SAYS"));
  }
}
