package org.newsgraph.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;

/**
 * Names that a lower-case noun before them types: "the band The Quarrow Lights", "the label Vell
 * Records" (an organisation noun of {@code name-cues.tsv}), "the town of Quarrow" (a place noun and
 * "of"). The name is the run of capitalised words after the noun, whatever the tagger made of
 * them ("Killing", "The").
 */
final class CueNames {
  private CueNames() {}

  /**
   * Adds the names after an organisation noun, replacing the names found inside them; a name that
   * crosses the run's edge is left alone, and so is a run of two words or more that starts with a
   * known first name ("the firm Dana Roe founded").
   */
  static void organisations(Sentence s, String[] words, List<NameSpan> out, NerLexicon lexicon) {
    for (int i = 0; i + 1 < words.length; i++) {
      if (!lexicon.isOrgCue(words[i]) || NameEvidence.capitalised(words[i])
          || !s.tokens().get(i).pos().equals("NOUN")
          || !(NameEvidence.titleCase(words[i + 1]) || words[i + 1].equals(","))) {
        continue;
      }
      boolean comma = words[i + 1].equals(",");
      int start = comma ? i + 2 : i + 1;
      int end = run(words, start, lexicon);
      if (end <= start || (end - start > 1 && lexicon.isFirstName(words[start]))) {
        continue;
      }
      if (comma && end < words.length && !words[end].equals(",") && !words[end].equals(".")) {
        continue; // "the band, Quarrow," only as an apposition that ends there
      }
      add(out, new NameSpan(start, end, EntityType.ORGANIZATION, 0.5, "org-cue"), true);
    }
  }

  /**
   * Names in a list before a plural organisation noun are organisations: "the Quarrow and Vell
   * companies", "the Quarrow or Vell parties". At least two names joined by "and" or "or"; party
   * words of American politics ("Democratic") and nationality words are left alone.
   */
  static void listsBeforePlural(String[] words, List<NameSpan> out, NerLexicon lexicon) {
    for (int j = 2; j < words.length; j++) {
      String w = words[j];
      String one = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.endsWith("s") ? w.substring(0, w.length() - 1) : "";
      if (NameEvidence.capitalised(w) || !(lexicon.isOrgCue(one) || one.equals("party"))) {
        continue;
      }
      List<NameSpan> names = new ArrayList<>();
      boolean joined = false;
      int e = j;
      while (e > 0) {
        int b = e;
        while (b > 0 && e - b < 4 && NameEvidence.capitalised(words[b - 1])) {
          b--;
        }
        while (b < e && org.newsgraph.nlp.Lexicons.get().isNotName(words[b])) {
          b++; // "The Quarrow and Vell companies"
        }
        if (b == e || NameEvidence.PARTY_WORDS.contains(words[b]) || lexicon.isDemonym(words[e - 1])) {
          break;
        }
        names.add(new NameSpan(b, e, EntityType.ORGANIZATION, 0.5, "org-list"));
        if (b >= 2 && (words[b - 1].equals("and") || words[b - 1].equals("or"))) {
          joined = true;
          e = b - 1;
        } else if (b >= 2 && words[b - 1].equals(",")) {
          e = b - 1;
        } else {
          break;
        }
      }
      if (joined && names.size() >= 2) {
        for (NameSpan n : names) {
          out.removeIf(o -> o.start() == n.start() && o.end() == n.end());
          add(out, n, false);
        }
      }
    }
  }

  /** Adds the names after "the town of", "a suburb of"... where nothing else was found. */
  static void places(String[] words, List<NameSpan> out, NerLexicon lexicon) {
    for (int i = 1; i + 1 < words.length; i++) {
      if (!words[i].equals("of") || !NameEvidence.PLACE_NOUNS.contains(words[i - 1])) {
        continue;
      }
      int end = run(words, i + 1, lexicon);
      if (end > i + 1) {
        add(out, new NameSpan(i + 1, end, EntityType.PLACE, 0.5, "place-of"), false);
      }
    }
  }

  /**
   * The end of the run of capitalised words from {@code start} ("The" may open it; "of", "&" and
   * "de" join two capitalised words), or {@code start} when there is none or it is only words that
   * are never names alone ("Monday").
   */
  private static int run(String[] words, int start, NerLexicon lexicon) {
    int e = start;
    boolean any = false;
    while (e < words.length) {
      String w = words[e];
      if (NameEvidence.capitalised(w) && !w.equals("I") && (e > start || !lexicon.isTitle(w))) {
        any |= !org.newsgraph.nlp.Lexicons.get().isNotName(w);
        e++;
      } else if (e > start && e + 1 < words.length && NameEvidence.capitalised(words[e + 1])
          && CapitalRunFeatureGenerator.JOINERS.contains(w.toLowerCase(Locale.ROOT)) && !w.equals("and")) {
        e++;
      } else {
        break;
      }
    }
    while (e > start && !NameEvidence.capitalised(words[e - 1])) {
      e--;
    }
    return any ? e : start;
  }

  private static void add(List<NameSpan> out, NameSpan n, boolean replaceInside) {
    List<NameSpan> inside = new ArrayList<>();
    for (NameSpan o : out) {
      if (o.overlaps(n)) {
        if (o.start() < n.start() || o.end() > n.end() || !replaceInside) {
          return;
        }
        inside.add(o);
      }
    }
    out.removeAll(inside);
    out.add(n);
  }
}
