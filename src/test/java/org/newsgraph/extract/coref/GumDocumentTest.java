package org.newsgraph.extract.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GumDocumentTest {
  @Test
  void theTextTheWordsAndTheirEntities() {
    GumDocument d = GumDocument.read("tiny", GumFixtures.lines(1));
    assertEquals("Ana Roe spoke on Monday.\n\nShe left.", d.text());
    int she = d.wordAt(d.text().indexOf("She"));
    int roe = d.wordAt(d.text().indexOf("Roe"));
    int spoke = d.wordAt(d.text().indexOf("spoke"));
    assertEquals(1, d.entity()[she]);
    assertTrue(d.single()[she]);
    assertEquals(1, d.entity()[roe]);
    assertEquals(0, d.entity()[spoke]);
    assertEquals(2, d.entity()[d.wordAt(d.text().indexOf("Monday"))]);
  }
}
