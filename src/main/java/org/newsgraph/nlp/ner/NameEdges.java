package org.newsgraph.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Rules on the edges of names already found: a name goes on over a hyphen written without spaces
 * ("Marlowe-Reyes"), a nickname in quotes, an organisation head word after it, an ordinal or a
 * place prefix before it, and a place chain after it ("Place, Place").
 */
final class NameEdges {
  private final NerLexicon lexicon;
  private final NameEvidence evidence;

  NameEdges(NerLexicon lexicon, NameEvidence evidence) {
    this.lexicon = lexicon;
    this.evidence = evidence;
  }

  /**
   * Rule: a name goes on over a hyphen written without spaces, on either side, as far as the
   * words touch ("Ames-Grady", "Jae-won Pak", "Mor-a-Vista", the tokenizer's "Marlowe" "-Reyes").
   * A touching part must be a word that starts with a letter (or a hyphen and a letter); a name of
   * one type is not extended over another name.
   */
  static void joinHyphenated(Sentence s, List<NameSpan> out) {
    List<Token> t = s.tokens();
    for (int i = 0; i < out.size(); i++) {
      NameSpan n = out.get(i);
      int end = n.end();
      while (end < t.size() && touches(t.get(end - 1), t.get(end))) {
        String w = t.get(end).text();
        if (w.equals("-") && end + 1 < t.size() && touches(t.get(end), t.get(end + 1))
            && part(n.type(), t.get(end + 1).text())) {
          end += 2;
        } else if (w.length() > 1 && w.charAt(0) == '-' && part(n.type(), w.substring(1))) {
          end += 1;
        } else {
          break;
        }
      }
      int start = n.start();
      while (start >= 1 && touches(t.get(start - 1), t.get(start))) {
        String w = t.get(start - 1).text();
        if (w.equals("-") && start >= 2 && touches(t.get(start - 2), t.get(start - 1))
            && capitalisedWord(t.get(start - 2).text())) {
          start -= 2;
        } else if (w.length() > 2 && w.endsWith("-") && capitalisedWord(w)) {
          start -= 1; // the tokenizer's "Vasquez-" "Pruitt"
        } else {
          break;
        }
      }
      if (start == n.start() && end == n.end()) {
        continue;
      }
      NameSpan x = new NameSpan(start, end, n.type(), n.confidence(), n.source() + "+hyphen");
      NameSpan self = n;
      if (out.stream().anyMatch(o -> o != self && o.overlaps(x) && (o.start() < x.start() || o.end() > x.end()))) {
        continue;
      }
      out.removeIf(o -> o != self && o.overlaps(x));
      out.set(out.indexOf(n), x);
    }
  }

  /**
   * Rule: after a legislator's party ("D-", "R-", "I-", as the tokenizer splits "D-Stone Basin"),
   * capitalised words up to a comma or bracket are the home town, a place; the party is no part of
   * it ("Sen. Ana Ruiz, D-Stone Basin, said").
   */
  static void partyHomeTowns(Sentence s, List<NameSpan> out) {
    List<Token> t = s.tokens();
    for (int i = 0; i + 1 < t.size(); i++) {
      String w = t.get(i).text();
      if (w.length() != 2 || w.charAt(1) != '-' || "DRI".indexOf(w.charAt(0)) < 0 || !touches(t.get(i), t.get(i + 1))) {
        continue;
      }
      int end = i + 1;
      while (end < t.size() && end - i <= 3 && capitalisedWord(t.get(end).text())) {
        end++;
      }
      if (end == i + 1 || (end < t.size() && !isOneOf(t.get(end).text(), ",", ")", ";", "."))) {
        continue;
      }
      NameSpan town = new NameSpan(i + 1, end, EntityType.PLACE, 0.8, "rule:party-home-town");
      int party = i;
      out.removeIf(o -> o.overlaps(town) || (o.start() <= party && party < o.end()));
      out.add(town);
    }
  }

  /**
   * Rule: capitalised words ending in an administrative head ("Holt County", "Bay City") are a
   * place even where the model found nothing, as before a title ("Holt County Prosecutor Ana
   * Belisle"). Added only where no other name is.
   */
  void adminPlaces(Sentence s, List<NameSpan> out) {
    List<Token> t = s.tokens();
    for (int h = 1; h < t.size(); h++) {
      String head = t.get(h).text();
      if (!capitalisedWord(head) || !lexicon.isAdminHead(head) || (h + 1 < t.size()
          && capitalisedWord(t.get(h + 1).text()) && !lexicon.isTitle(t.get(h + 1).text()))) {
        continue; // the name goes on past the head ("Vell Village Mall"), unless a title follows
      }
      int start = h;
      while (start > 0 && h - start < 3 && capitalisedWord(t.get(start - 1).text())
          && t.get(start - 1).isProperNoun() && !lexicon.isTitle(t.get(start - 1).text())
          && !lexicon.isAdminHead(t.get(start - 1).text())) {
        start--;
      }
      NameSpan c = new NameSpan(start, h + 1, EntityType.PLACE, 0.6, "rule:admin-place");
      // a name that ends right before the head is the head's ("Harborton" "County Attorney")
      int from = start;
      int to = h;
      out.removeIf(o -> from < to && o.start() >= from && o.end() == to && o.type() != EntityType.PLACE);
      if (start < h && !overlapsAny(c, out)) {
        out.add(c);
      }
    }
  }

  /**
   * Rule: a court's name goes on over "for the" and its circuit or district ("U.S. Court of Appeals
   * for the Eleventh Circuit", "District Court for the Eastern District of California"), and an
   * organisation over a unit's number ("Fraternal Order of Police Lodge 19", "Local 1199").
   */
  static void courtsAndUnits(Sentence s, List<NameSpan> out) {
    List<Token> t = s.tokens();
    for (int n = 0; n < out.size(); n++) {
      NameSpan o = out.get(n);
      if (o.type() != EntityType.ORGANIZATION) {
        continue;
      }
      int end = o.end();
      boolean court = false;
      for (int k = o.start(); k < o.end(); k++) {
        court |= t.get(k).text().equals("Court");
      }
      if (court && end + 2 < t.size() && t.get(end).text().equals("for") && t.get(end + 1).text().equals("the")) {
        int i = end + 2;
        int start = i;
        while (i < t.size() && i - start < 7 && (capitalisedWord(t.get(i).text())
            || (t.get(i).text().equals("of") && i + 1 < t.size() && capitalisedWord(t.get(i + 1).text())))) {
          i++;
        }
        if (i > start && (t.get(i - 1).text().equals("Circuit") || t.get(i - 1).text().equals("District")
            || containsWord(t, start, i, "District") || containsWord(t, start, i, "Circuit"))) {
          end = i;
        }
      }
      if (end + 1 < t.size() && UNITS.contains(t.get(end).text()) && t.get(end + 1).text().matches("\\d+")) {
        end += 2;
      } else if (end < t.size() && t.get(end).text().matches("\\d+") && UNITS.contains(t.get(end - 1).text())) {
        end += 1;
      }
      if (end != o.end()) {
        NameSpan x = new NameSpan(o.start(), end, EntityType.ORGANIZATION, o.confidence(), o.source() + "+unit");
        out.removeIf(y -> y != o && y.overlaps(x));
        out.set(out.indexOf(o), x);
        n = out.indexOf(x);
      }
    }
  }

  private static final java.util.Set<String> UNITS = java.util.Set.of("Lodge", "Local", "Chapter", "Post", "Division", "Precinct", "Branch");

  private static boolean containsWord(List<Token> t, int from, int to, String w) {
    for (int k = from; k < to; k++) {
      if (t.get(k).text().equals(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rule: a known organisation of several words (organizations.txt) written in full is that
   * organisation, over whatever names were found inside it ("Fraternal Order of Police").
   */
  static void knownOrganisations(Sentence s, List<NameSpan> out) {
    List<Token> t = s.tokens();
    org.newsgraph.nlp.Lexicons lex = org.newsgraph.nlp.Lexicons.get();
    for (int i = 0; i < t.size(); i++) {
      for (List<String> w : lex.knownOrganizationsStartingWith(t.get(i).text())) {
        if (i + w.size() > t.size()) {
          continue;
        }
        boolean same = true;
        for (int k = 0; k < w.size() && same; k++) {
          same = t.get(i + k).text().equals(w.get(k));
        }
        NameSpan x = new NameSpan(i, i + w.size(), EntityType.ORGANIZATION, 0.9, "known-org");
        if (same && out.stream().noneMatch(o -> o.overlaps(x) && (o.start() < x.start() || o.end() > x.end()))) {
          out.removeIf(o -> o.overlaps(x));
          out.add(x);
        }
      }
    }
  }

  /** Lower-case particles of family names ("Tomas de la Vega", "Hanna van der Berg"). */
  static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "la", "del", "della", "de'", "di", "da",
      "dos", "das", "do", "du", "le", "van", "von", "der", "den", "ter", "ten", "bin", "ibn", "al", "el", "y");

  /**
   * Rule: a family name's particles belong to it. Two names of one person with particles between
   * them are one name ("Rafael" "de la" "Cruz"); particles right before a person's name, after a
   * word that is no name, start it ("and de la Cruz left", "De la Cruz said").
   */
  static void joinParticles(Sentence s, List<NameSpan> out) {
    List<Token> t = s.tokens();
    out.sort(java.util.Comparator.comparingInt(NameSpan::start));
    for (int i = 0; i < out.size(); i++) {
      NameSpan n = out.get(i);
      if (n.type() != EntityType.PERSON) {
        continue;
      }
      int p = n.start();
      while (p > 0 && n.start() - p < 3 && particle(t.get(p - 1).text(), p - 1)) {
        p--;
      }
      if (p == n.start()) {
        continue;
      }
      boolean capitalStart = Character.isUpperCase(t.get(p).text().charAt(0));
      NameSpan before = i > 0 ? out.get(i - 1) : null;
      NameSpan x;
      if (before != null && before.end() == p && before.type() == EntityType.PERSON && !capitalStart) {
        x = new NameSpan(before.start(), n.end(), EntityType.PERSON, n.confidence(), n.source() + "+particles");
        out.remove(i - 1);
        i--;
      } else if ((p == 0 || !capitalisedWord(t.get(p - 1).text())) && (capitalStart || p == 0 || n.start() - p >= 1)) {
        x = new NameSpan(p, n.end(), EntityType.PERSON, n.confidence(), n.source() + "+particles");
      } else {
        continue;
      }
      out.set(i, x);
    }
  }

  /** A particle in lower case, or in title case at the start of the sentence ("De la Cruz said"). */
  private static boolean particle(String w, int position) {
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    if (!PARTICLES.contains(lower)) {
      return false;
    }
    return w.equals(lower) || (position == 0 && w.length() > 1 && w.substring(1).equals(lower.substring(1)));
  }

  private static boolean isOneOf(String w, String... options) {
    for (String o : options) {
      if (o.equals(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether two words are written without a space between them. */
  static boolean touches(Token a, Token b) {
    return a.end() == b.start();
  }

  /**
   * A part after a hyphen: a capitalised word, or for a person a lower-case one too ("Hae-won");
   * never a lower-case word after a place or organisation ("U.S.-born").
   */
  private static boolean part(EntityType type, String w) {
    if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
      return false;
    }
    return type == EntityType.PERSON || Character.isUpperCase(w.codePointAt(0));
  }

  private static boolean capitalisedWord(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  /**
   * Rule "place, place": an unmarked run of proper nouns right after "Place ," and followed by
   * punctuation is a place too ("Vigan , Ilocos Sur .", "Saffron Walden , England ,").
   */
  static void addPlaceChains(Sentence s, List<NameSpan> out) {
    List<Token> t = s.tokens();
    List<NameSpan> added = new ArrayList<>();
    for (NameSpan p : out) {
      if (p.type() != EntityType.PLACE || p.end() + 1 >= t.size() || !t.get(p.end()).text().equals(",")) {
        continue;
      }
      int start = p.end() + 1;
      int end = start;
      while (end < t.size() && end - start < 4 && ProperNounRuns.isName(t.get(end))) {
        end++;
      }
      if (end == start || (end < t.size() && Character.isLetterOrDigit(t.get(end).text().charAt(0)))) {
        continue;
      }
      NameSpan c = new NameSpan(start, end, EntityType.PLACE, 0.5, "rule:place-chain");
      if (!overlapsAny(c, out) && !overlapsAny(c, added)) {
        added.add(c);
      }
    }
    out.addAll(added);
  }

  private static boolean overlapsAny(NameSpan c, List<NameSpan> spans) {
    for (NameSpan s : spans) {
      if (s.overlaps(c)) {
        return true;
      }
    }
    return false;
  }

  /** Words that start a place's name before a known place ("Old Goa", "North Melbourne"). */
  static final java.util.Set<String> PLACE_PREFIXES =
      java.util.Set.of("Old", "New", "North", "South", "East", "West", "Upper", "Lower", "Greater",
          "Central", "Northern", "Southern", "Eastern", "Western", "Little", "Great", "Fort", "Port",
          "Mount", "Saint", "St.", "San", "Santa");

  /**
   * Rules on a name's edges: a capitalised organisation head word right after a name, or after one
   * or two more capitalised words, makes one organisation of them ("Quarrow City Railroad"); a place prefix right before a place belongs
   * to it ("Old Goa").
   */
  void extendIntoHeads(Sentence s, List<NameSpan> out) {
    List<Token> t = s.tokens();
    for (int i = 0; i < out.size(); i++) {
      NameSpan n = out.get(i);
      NameSpan x = null;
      // also over up to two capitalised words before the head ("Quarrow Valley Athletic Conference")
      for (int k = n.end(); n.type() != EntityType.PERSON && k < Math.min(t.size(), n.end() + 3)
          && NameEvidence.titleCase(t.get(k).text()) && !lexicon.isTitle(t.get(k).text()); k++) {
        if (lexicon.isRuleOrgHead(t.get(k).text())) {
          x = new NameSpan(n.start(), k + 1, EntityType.ORGANIZATION, n.confidence(), n.source() + "+head");
        }
      }
      if (x == null && n.type() == EntityType.ORGANIZATION && n.start() > 0
          && NameEvidence.capitalised(t.get(n.start() - 1).text())
          && lexicon.isTitle(t.get(n.start() - 1).text()) && evidence.namesAnInstitution(s, n)) {
        // "Major League Baseball", "General Motors Company": the title word starts the name
        x = new NameSpan(n.start() - 1, n.end(), n.type(), n.confidence(), n.source() + "+title-word");
      }
      if (x == null && n.type() == EntityType.PLACE && n.start() > 1
          && PLACE_PREFIXES.contains(t.get(n.start() - 1).text())) {
        x = new NameSpan(n.start() - 1, n.end(), n.type(), n.confidence(), n.source() + "+prefix");
      }
      if (x != null) {
        NameSpan grown = x;
        // an organisation found inside the grown name is part of it ("Athletic Conference")
        out.removeIf(o -> o != n && o.type() == EntityType.ORGANIZATION && o.start() >= grown.start()
            && o.end() == grown.end() && grown.source().endsWith("+head"));
        i = out.indexOf(n);
        replaceIfFree(out, i, x);
      }
    }
  }

  /** Puts {@code x} in place of name {@code i} when it overlaps no other name of {@code out}. */
  static void replaceIfFree(List<NameSpan> out, int i, NameSpan x) {
    NameSpan n = out.get(i);
    for (NameSpan o : out) {
      if (o != n && o.overlaps(x)) {
        return;
      }
    }
    out.set(i, x);
  }

  private static final java.util.Set<String> LEADING_FUNCTION_WORDS = java.util.Set.of("on", "in", "at", "by", "for",
      "from", "to", "with", "since", "during", "after", "before", "the", "a", "an", "and", "or");

  /** A name never starts with a preposition or an article in lower case ("on Monday" after "the DA"). */
  static void dropLeadingFunctionWord(String[] words, List<NameSpan> out) {
    out.replaceAll(n -> n.length() > 1 && LEADING_FUNCTION_WORDS.contains(words[n.start()])
        ? new NameSpan(n.start() + 1, n.end(), n.type(), n.confidence(), n.source()) : n);
  }
}
