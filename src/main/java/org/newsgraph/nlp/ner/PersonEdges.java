package org.newsgraph.nlp.ner;

import java.util.List;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Names;

/**
 * Edges of person names that the model draws wrong in news text:
 *
 * <ul>
 *   <li>a descriptor glued before a name in a title-case headline or a run of capitals: "Senate
 *       Challenger Ana Roe", "Lincoln Elementary Principal Ana Roe" are "Ana Roe" (the words up to
 *       a common noun or a title, when a known first name follows it);
 *   <li>a lone first name introduced by a kinship noun is a person ({@link KinNames}).
 * </ul>
 */
final class PersonEdges {
  private PersonEdges() {}

  static void apply(String[] words, NerLexicon lexicon, List<NameSpan> out) {
    for (int i = 0; i < out.size(); i++) {
      NameSpan n = out.get(i);
      if (n.type() != EntityType.PERSON || n.length() < 3) {
        continue;
      }
      for (int k = n.end() - 3; k >= n.start(); k--) {
        if (descriptor(words[k], lexicon) && lexicon.isFirstName(Names.fold(words[k + 1]))) {
          out.set(i, new NameSpan(k + 1, n.end(), n.type(), n.confidence(), n.source() + "+descriptor"));
          break;
        }
      }
    }
    KinNames.add(words, lexicon, out);
  }

  /** A word that describes a person rather than names one: a common noun or a title. */
  private static boolean descriptor(String w, NerLexicon lexicon) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !lexicon.isFirstName(Names.fold(w))
        && (lexicon.isLowercaseWord(w) || lexicon.isTitle(w));
  }
}
