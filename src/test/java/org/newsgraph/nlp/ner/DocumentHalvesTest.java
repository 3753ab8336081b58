package org.newsgraph.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentHalvesTest {
  private static List<String> firstWords(List<LabeledSentence> s) {
    List<String> out = new ArrayList<>();
    for (LabeledSentence x : s) {
      out.add(x.tokens().get(0));
    }
    return out;
  }

  @Test
  void evenDocumentsAreDevOddOnesTestAndTogetherEverything() throws Exception {
    // WikiGold layout: -DOCSTART- after each document
    String text = "A O\n\nA2 O\n\n-DOCSTART- O\n\nB O\n\n-DOCSTART- O\n\nC O\n\nC2 O\n\n"
        + "-DOCSTART- O\n\nD O\n\n-DOCSTART- O\n";
    List<LabeledSentence> s = new ConllReader().read(new BufferedReader(new StringReader(text)), Path.of("x"));
    assertEquals(List.of("A", "A2", "C", "C2"), firstWords(DocumentHalves.dev.select(s)));
    assertEquals(List.of("B", "D"), firstWords(DocumentHalves.test.select(s)));
    assertEquals(List.of("A", "A2", "B", "C", "C2", "D"), firstWords(DocumentHalves.all.select(s)));
  }
}
