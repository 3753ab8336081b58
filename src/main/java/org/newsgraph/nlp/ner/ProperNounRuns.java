package org.newsgraph.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** Runs of capitalised proper nouns: the candidates the evidence rules may make names of. */
final class ProperNounRuns {
  private ProperNounRuns() {}

  /**
   * Maximal runs of capitalised proper nouns (joined by "of", "for", "&"...), as candidates for the
   * evidence rules; typed PERSON only as a placeholder.
   */
  static List<NameSpan> properNounRuns(Sentence s, NerLexicon lexicon) {
    List<Token> t = s.tokens();
    List<NameSpan> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      // a capitalised adjective inside the sentence starts a name before a proper noun ("Cold
      // Spring Harbor Laboratory", "American Civil Liberties Union")
      boolean adjective = i > 0 && i + 1 < t.size() && t.get(i).pos().equals("ADJ")
          && NameEvidence.titleCase(t.get(i).text()) && isName(t.get(i + 1));
      // so does any capitalised word inside the sentence before an organisation head word
      // ("on Aftermath Records", with "Aftermath" tagged as a common noun)
      boolean beforeHead = i > 0 && i + 1 < t.size() && NameEvidence.titleCase(t.get(i).text())
          && !CLOSED_CLASS.contains(t.get(i).pos()) && NameEvidence.titleCase(t.get(i + 1).text())
          && lexicon.isRuleOrgHead(t.get(i + 1).text());
      if (!isName(t.get(i)) && !adjective && !beforeHead) {
        i++;
        continue;
      }
      int e = i + 1;
      while (e < t.size()) {
        if (isName(t.get(e)) || (NameEvidence.titleCase(t.get(e).text())
            && lexicon.isRuleOrgHead(t.get(e).text()))) {
          e++; // "Virgin Records", with "Records" tagged as a common noun
        } else if (e + 1 < t.size()
            && CapitalRunFeatureGenerator.JOINERS.contains(t.get(e).text().toLowerCase(Locale.ROOT))
            && isName(t.get(e + 1))) {
          e += 2;
        } else {
          break;
        }
      }
      out.add(new NameSpan(i, e, EntityType.PERSON, 0.5, "propn"));
      i = e;
    }
    return out;
  }

  /** Parts of speech of words that start no name ("The", "In", "Our"). */
  private static final java.util.Set<String> CLOSED_CLASS =
      java.util.Set.of("DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT", "NUM");

  static boolean isName(Token k) {
    String w = k.text();
    return (NameEvidence.capitalised(w) && k.isProperNoun()) || NameEvidence.acronymLike(w);
  }
}
