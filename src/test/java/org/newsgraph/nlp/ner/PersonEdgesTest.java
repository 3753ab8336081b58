package org.newsgraph.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Person names with a descriptor glued before them, and first names introduced by kin (invented text). */
class PersonEdgesTest {
  @Test
  void aDescriptorBeforeANameIsNotPartOfIt() {
    List<String> n = NamesInTextTest.names("Brandt Challenger Tessa Marlow: Impeach AG Brandt, Audit Now\n\n"
        + "Former State Senator Tessa Marlow called for the impeachment of Attorney General Victor Brandt. "
        + "The daughter of Lakeside Elementary Principal Dora Finch spoke on Monday.");
    assertEquals(2, n.stream().filter(x -> x.equals("PERSON:Tessa Marlow")).count(), n.toString());
    assertTrue(n.contains("PERSON:Dora Finch"), n.toString());
    assertTrue(n.stream().noneMatch(x -> x.contains("Challenger") || x.contains("Principal")), n.toString());
  }

  @Test
  void aSingleLetterIsNoDescriptor() {
    // "Marisol N Luis Ortega" (a Spanish "and" written as an initial) stays whole; "Challenger" is cut
    for (String text : List.of("Marisol N Luis Ortega said it .", "Senate Challenger Luis Ortega said it .")) {
      org.newsgraph.nlp.Sentence s = org.newsgraph.nlp.Annotator.standard().sentence(0, 0, text, 0);
      String[] words = s.tokens().stream().map(org.newsgraph.nlp.Token::text).toArray(String[]::new);
      List<org.newsgraph.nlp.NameSpan> out = new java.util.ArrayList<>(List.of(
          new org.newsgraph.nlp.NameSpan(0, 4, org.newsgraph.nlp.EntityType.PERSON, 0.9, "model")));
      PersonEdges.apply(s, words, NerLexicon.standard(), out);
      assertEquals(text.startsWith("Senate") ? 2 : 0, out.get(0).start(), out.toString());
    }
  }

  @Test
  void aFirstNameAfterAKinshipNounIsAPerson() {
    List<String> n = NamesInTextTest.names("Ines Pell said their two girls, Lucia, 8, and Nora, 5, keep asking "
        + "about him. \"We want answers,\" said Kara Wend, who lost her brother Felix in the blast.");
    assertTrue(n.containsAll(List.of("PERSON:Lucia", "PERSON:Nora", "PERSON:Felix")), n.toString());
  }

  @Test
  void anUnfoundNameCoordinatedWithAPersonIsAPerson() {
    List<String> n = NamesInTextTest.names("Four board members voted no, among them Jae-won Pak and Tobin Reyes.");
    assertTrue(n.containsAll(List.of("PERSON:Jae-won Pak", "PERSON:Tobin Reyes")), n.toString());
  }

  @Test
  void aRunOfCapitalisedWordsBeforeAnAgeIsAPerson() {
    List<String> n = NamesInTextTest.names("Efrén Soto-Baca, 52, a farmworker, lost two toes after the jail failed "
        + "to treat him.");
    assertTrue(n.contains("PERSON:Efrén Soto-Baca"), n.toString());
  }

  @Test
  void aNameOfAnyOriginBeforeAndAFullNameIsAPerson() {
    List<String> n = NamesInTextTest.names("The clash between the parents, Zubair and Sara Qadri, and the senator grew.");
    assertTrue(n.containsAll(List.of("PERSON:Zubair", "PERSON:Sara Qadri")), n.toString());
  }
}
