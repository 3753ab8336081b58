package org.newsgraph.nlp.ner;

import java.util.List;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Names;
import org.newsgraph.nlp.Sentence;

/**
 * Edges of person names that the model draws wrong in news text:
 *
 * <ul>
 *   <li>a descriptor glued before a name in a title-case headline or a run of capitals: "Senate
 *       Challenger Ana Roe", "Lincoln Elementary Principal Ana Roe" are "Ana Roe" (the words up to
 *       a common noun or a title, when a known first name follows it);
 *   <li>a first name coordinated with a full name shares its surname, so it is a person too:
 *       "Omar and Leila Haddad" (the resolver gives it the surname: {@code RawName});
 *   <li>an unclaimed run of proper nouns before "and" and a person's full name is a person too:
 *       "among them Jae-won Pak and Tobin Voss" (its last word a known surname or its first a known
 *       first name);
 *   <li>a name followed by an age, "Ana Roe-Diaz, 52, a farmworker", is a person, found or not (a
 *       run of capitalised words from a known first name, or one known surname) and even alone
 *       ("Roe, 24, is accused");
 *   <li>a lone first name introduced by a kinship noun is a person ({@link KinNames}).
 * </ul>
 */
public final class PersonEdges {
  private PersonEdges() {}

  /** The source of a first name coordinated with a full name ("Omar" in "Omar and Leila Haddad"). */
  public static final String SHARED_SURNAME = "shared-surname";

  /** The source of a name followed by an age ("Roe, 24,"). */
  public static final String AGED = "aged";

  /** Whether a name of this source is a person even when it is one word the article never gives in full. */
  public static boolean standsAlone(NameSpan n) {
    return n.source().equals(KinNames.SOURCE) || n.source().equals(AGED);
  }

  static void apply(Sentence s, String[] words, NerLexicon lexicon, List<NameSpan> out) {
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
    sharedSurnames(s, words, lexicon, out);
    coordinatedRuns(s, words, lexicon, out);
    aged(s, words, lexicon, out);
  }

  /** "Ana Roe-Diaz, 52, a farmworker": a run of capitalised words (or a person's name) before ", AGE,". */
  private static void aged(Sentence s, String[] words, NerLexicon lexicon, List<NameSpan> out) {
    for (int c = 1; c + 3 < words.length + 1; c++) {
      if (!words[c].equals(",") || c + 2 >= words.length || !words[c + 1].matches("[1-9]\\d?")
          || !words[c + 2].equals(",")) {
        continue;
      }
      int end = c;
      NameSpan found = out.stream().filter(x -> x.end() == end).findFirst().orElse(null);
      if (found != null) {
        // an organisation has no age: "Esparza, 24," typed otherwise is a person
        if (found.type() != EntityType.PLACE && !found.source().equals(KinNames.SOURCE)
            && (found.length() == 1 || found.type() != EntityType.PERSON)) {
          out.set(out.indexOf(found), new NameSpan(found.start(), end, EntityType.PERSON, found.confidence(), AGED));
        }
        continue;
      }
      int start = end;
      while (start > 0 && (capitalised(words[start - 1]) && !descriptor(words[start - 1], lexicon)
          || hyphenPart(s, start - 1))) {
        start--;
      }
      int from = start;
      boolean named = end - start >= 2 ? lexicon.isFirstName(Names.fold(words[start]))
          : end - start == 1 && lexicon.isSurname(words[start]) && !lexicon.isLowercaseWord(words[start]);
      if (end - start <= 5 && named && !words[start].equals("-")
          && out.stream().noneMatch(x -> x.start() < end && x.end() > from)) {
        out.add(new NameSpan(start, end, EntityType.PERSON, 0.5, AGED));
      }
    }
  }

  private static boolean capitalised(String w) {
    return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(1));
  }

  private static void coordinatedRuns(Sentence s, String[] words, NerLexicon lexicon, List<NameSpan> out) {
    for (int i = 0, n = out.size(); i < n; i++) {
      NameSpan full = out.get(i);
      int end = full.start() - 1; // the "and"
      if (full.type() != EntityType.PERSON || full.length() < 2 || end < 2 || !words[end].equals("and")) {
        continue;
      }
      int start = end;
      while (start > 0 && (("PROPN".equals(s.tokens().get(start - 1).pos()) && !descriptor(words[start - 1], lexicon))
          || hyphenPart(s, start - 1))) {
        start--;
      }
      int from = start;
      if (end - start < 2 || end - start > 5 || words[start].equals("-") || words[end - 1].equals("-")
          || out.stream().anyMatch(x -> x.start() < end && x.end() > from)
          || !(lexicon.isSurname(words[end - 1]) || lexicon.isFirstName(Names.fold(words[start])))) {
        continue;
      }
      out.add(new NameSpan(start, end, EntityType.PERSON, 0.5, "coordinated"));
    }
  }

  /** "Omar and Leila Haddad": the bare word before "and" and a person's full name of two or three words. */
  private static void sharedSurnames(Sentence s, String[] words, NerLexicon lexicon, List<NameSpan> out) {
    for (int i = 0, n = out.size(); i < n; i++) {
      NameSpan full = out.get(i);
      int j = full.start() - 2;
      if (full.type() != EntityType.PERSON || full.length() < 2 || full.length() > 3 || j < 0
          || !words[j + 1].equals("and") || !"PROPN".equals(s.tokens().get(j).pos())
          || !(lexicon.isFirstName(Names.fold(words[full.start()])) || kin(out, j)) || !bare(words, j, lexicon, out)) {
        continue;
      }
      out.removeIf(x -> x.start() == j && x.length() == 1);
      out.add(new NameSpan(j, j + 1, EntityType.PERSON, 0.5, SHARED_SURNAME));
    }
  }

  /** A hyphen between two touching words, or the word right after it ("Hae" "-" "won"). */
  private static boolean hyphenPart(Sentence s, int k) {
    List<org.newsgraph.nlp.Token> t = s.tokens();
    boolean hyphen = t.get(k).text().equals("-");
    int h = hyphen ? k : k - 1;
    return h >= 1 && h + 1 < t.size() && t.get(h).text().equals("-") && NameEdges.touches(t.get(h - 1), t.get(h))
        && NameEdges.touches(t.get(h), t.get(h + 1));
  }

  private static boolean kin(List<NameSpan> out, int j) {
    return out.stream().anyMatch(x -> x.start() == j && x.source().equals(KinNames.SOURCE));
  }

  /** A capitalised word that is neither a common word, a title, a surname only, nor in a longer name. */
  private static boolean bare(String[] words, int j, NerLexicon lexicon, List<NameSpan> out) {
    String w = words[j];
    if (!KinNames.nameWord(w) || descriptor(w, lexicon) || (lexicon.isSurname(w) && !lexicon.isFirstName(Names.fold(w)))) {
      return false;
    }
    if (j > 0 && !words[j - 1].isEmpty() && Character.isUpperCase(words[j - 1].charAt(0))) {
      return false; // "Ann Roe and Leila Haddad": the end of another name
    }
    // a place or an organisation on the word is not a first name ("Atlanta and Ann Roe")
    return out.stream().noneMatch(x -> x.start() <= j && j < x.end() && (x.length() > 1 || x.type() != EntityType.PERSON));
  }

  /** A word that describes a person rather than names one: a common noun or a title. */
  private static boolean descriptor(String w, NerLexicon lexicon) {
    return w.length() > 2 && Character.isUpperCase(w.charAt(0)) && !lexicon.isFirstName(Names.fold(w))
        && (lexicon.isLowercaseWord(w) || lexicon.isTitle(w));
  }
}
