package org.newsgraph.nlp.ner;

import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Names;

/** Rules on names of one word that nothing but the model vouches for. */
final class LoneNames {
  private LoneNames() {}

  /**
   * Rule: a lone word the model alone calls a person ("Quorvane said", "by Quorvane") is dropped
   * when nothing says it is one: it is no known first name or family name, no person found
   * earlier in the document has it as a last name, and no title or other evidence retyped it.
   * A news story names a person in full before it uses the family name alone; a lone unknown
   * capitalised word is more often a company, band, place or product.
   */
  static boolean unknownPerson(String[] words, NameSpan n, NerLexicon lexicon, DocumentMemory memory) {
    if (n.length() != 1 || n.type() != EntityType.PERSON || !n.source().equals("model")) {
      return false;
    }
    String w = Names.stripPossessive(words[n.start()]);
    return !w.isEmpty() && !lexicon.isFirstName(w) && !lexicon.isSurname(w) && !memory.isPerson(w);
  }

  /**
   * A word with digits between its letters ("XR400T", "B2B", "A9X") is a product or model code,
   * not an organisation's acronym; a number before or after the letters ("3M", "WKRP2") is not
   * enough to say so.
   */
  static boolean productCode(String w) {
    for (int i = 1; i < w.length() - 1; i++) {
      if (Character.isDigit(w.charAt(i)) && Character.isLetter(w.charAt(i - 1))) {
        for (int k = i + 1; k < w.length(); k++) {
          if (Character.isLetter(w.charAt(k))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
