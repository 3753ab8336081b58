package org.newsgraph.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.EntityType;

class ConllReaderTest {
  static Path fixture(String name) throws URISyntaxException {
    return Path.of(ConllReaderTest.class.getResource(name).toURI());
  }

  @Test
  void readsFourColumnIob1WithDocstartAfterTheDocument() throws Exception {
    List<LabeledSentence> s = new ConllReader().read(fixture("four-column-iob1.txt"));
    assertEquals(3, s.size());
    assertEquals(List.of("Anna", "Kowalski", "visited", "Berlin", "and", "the", "Rhine", "Valley", "Bank", "."),
        s.get(0).tokens());
    // I-PER I-PER is one name; B-LOC after I-LOC starts a new one (IOB1)
    assertEquals(
        List.of(
            new LabeledSpan(0, 2, EntityType.PERSON),
            new LabeledSpan(3, 4, EntityType.PLACE),
            new LabeledSpan(6, 8, EntityType.PLACE),
            new LabeledSpan(8, 9, EntityType.PLACE)),
        s.get(0).names());
    // MISC is dropped
    assertEquals(List.of(new LabeledSpan(0, 2, EntityType.ORGANIZATION)), s.get(1).names());
    assertTrue(s.get(0).startsDocument());
    assertFalse(s.get(1).startsDocument());
    assertTrue(s.get(2).startsDocument(), "-DOCSTART- ends the document before it");
  }

  @Test
  void readsTwoColumnIob2() throws Exception {
    String text = "Maria\tB-PER\nVarga\tI-PER\nmet\tO\nOhio\tB-LOC\nState\tB-ORG\nfans\tO\n";
    List<LabeledSentence> s = new ConllReader().read(new BufferedReader(new StringReader(text)), Path.of("x"));
    assertEquals(
        List.of(
            new LabeledSpan(0, 2, EntityType.PERSON),
            new LabeledSpan(3, 4, EntityType.PLACE),
            new LabeledSpan(4, 5, EntityType.ORGANIZATION)),
        s.get(0).names());
  }

  @Test
  void iob2BeginSplitsTouchingNamesOfTheSameType() {
    assertEquals(
        List.of(new LabeledSpan(0, 1, EntityType.PERSON), new LabeledSpan(1, 2, EntityType.PERSON)),
        ConllReader.decode(List.of("B-PER", "B-PER")));
    assertEquals(
        List.of(new LabeledSpan(0, 2, EntityType.PERSON)), ConllReader.decode(List.of("I-PER", "I-PER")));
  }

  @Test
  void readsUniversalNerLayoutDroppingOthAndStrayBO() throws Exception {
    List<LabeledSentence> s = new ConllReader(true).read(fixture("uner-style.iob2"));
    assertEquals(2, s.size());
    assertEquals("Ed", s.get(0).tokens().get(0));
    assertEquals(
        List.of(new LabeledSpan(0, 2, EntityType.PERSON), new LabeledSpan(5, 6, EntityType.PLACE)),
        s.get(0).names());
    assertTrue(s.get(1).startsDocument(), "# newdoc starts a document");
    // '@' is merged with the handle after it
    assertEquals(List.of("@Acme", "rocks"), s.get(1).tokens());
    assertEquals(List.of(new LabeledSpan(0, 1, EntityType.ORGANIZATION)), s.get(1).names());
  }

  @Test
  void badTagNamesFileAndLine() {
    String text = "Maria\tB-PER\nVarga\tXX\n";
    NerFormatException e =
        assertThrows(
            NerFormatException.class,
            () -> new ConllReader().read(new BufferedReader(new StringReader(text)), Path.of("bad.conll")));
    assertTrue(e.getMessage().startsWith("bad.conll:2:"), e.getMessage());
  }

  @Test
  void readsGumMentionsHeadedByProperNouns() throws Exception {
    List<LabeledSentence> s = new ConllReader().read(fixture("gum-style.conllu"));
    assertEquals(2, s.size());
    assertEquals(
        List.of(
            new LabeledSpan(1, 3, EntityType.PERSON),
            new LabeledSpan(5, 7, EntityType.ORGANIZATION),
            new LabeledSpan(8, 9, EntityType.PLACE)),
        s.get(0).names());
    assertEquals(List.of(), s.get(1).names(), "'the club' is not headed by a proper noun");
  }
}
