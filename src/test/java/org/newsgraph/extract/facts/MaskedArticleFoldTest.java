package org.newsgraph.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Folding takes a short cut for ASCII; it must give what the decomposition and the marks' removal give. */
class MaskedArticleFoldTest {
  private static String slow(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  @Test
  void foldsAsTheDecompositionDoes() {
    for (String s : List.of("Zanetti", "O'Brady", "MAC-ODUM", "", "Ĺopez-Ñuñez", "Brontë", "ﬁeld", "İlkay", "Ⅻ",
        "Søren", "Kowalczyk\u0301", "Ludovic\u2019s")) {
      assertEquals(slow(s), MaskedArticle.fold(s), s);
    }
  }
}
