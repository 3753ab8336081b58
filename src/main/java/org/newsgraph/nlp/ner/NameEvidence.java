package org.newsgraph.nlp.ner;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The evidence rules {@link CombinedNameFinder} uses to settle a name's type and extent. Each rule
 * looks at one span in its sentence and answers one question; they are kept separate so each can be
 * tested alone.
 */
public final class NameEvidence {
  /** Words inside parentheses that mark a photo or agency credit. */
  static final Set<String> CREDIT_WORDS =
      Set.of("photo", "photos", "photograph", "image", "images", "getty", "ap", "afp", "reuters",
          "courtesy", "credit", "via", "file", "pool", "illustration", "collage", "/");

  /** Words before a capitalised run that mark it as a place ("in Ohio", "near Paris"). */
  static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "near", "from", "to", "across", "outside", "throughout", "around");

  private final NerLexicon lexicon;

  public NameEvidence(NerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  private static String text(Sentence s, int i) {
    return s.tokens().get(i).text();
  }

  /**
   * Rule: a title word just before the span ("Sheriff", "Sen.", "DA") says person, unless the span
   * names an institution ("Major | League Baseball", "King | County").
   */
  public boolean titleBefore(Sentence s, NameSpan span) {
    return span.start() > 0 && lexicon.isTitle(text(s, span.start() - 1)) && !namesAnInstitution(s, span);
  }

  /** The span holds an organisation head word or "County" ("League Baseball", "County"). */
  boolean namesAnInstitution(Sentence s, NameSpan span) {
    for (int i = span.start(); i < span.end(); i++) {
      String w = text(s, i);
      if (lexicon.isRuleOrgHead(w) || w.equals("County") || w.equals("Parish")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rule: leading title words inside a person span are not part of the name ("Sheriff John Smith"
   * becomes "John Smith"), unless an organisation head or "County" follows ("Major League
   * Baseball", "King County"). Returns the trimmed span, or the span itself.
   */
  public NameSpan trimTitles(Sentence s, NameSpan span) {
    for (int i = span.start() + 1; i < span.end(); i++) {
      String w = text(s, i);
      if (lexicon.isRuleOrgHead(w) || w.equals("County") || w.equals("Parish")) {
        return span; // "Major League Baseball", "King County": the title word is part of a name
      }
    }
    int start = span.start();
    while (start < span.end() - 1 && lexicon.isTitle(text(s, start))) {
      start++;
    }
    return start == span.start()
        ? span
        : new NameSpan(start, span.end(), span.type(), span.confidence(), span.source() + "+trim");
  }

  /**
   * Rule: a name ending in an organisation head word ("... Association", "... Department") or
   * followed by a company designator ("Acme Inc.") is an organisation.
   */
  public boolean organisationHead(Sentence s, NameSpan span) {
    String last = text(s, span.end() - 1);
    if (span.length() >= 2 && capitalised(last) && lexicon.isRuleOrgHead(last)) {
      return true;
    }
    if (span.length() >= 1 && lexicon.isDesignator(last) && capitalised(last)) {
      return true;
    }
    return span.end() < s.tokens().size()
        && capitalised(text(s, span.end()))
        && lexicon.isDesignator(text(s, span.end()));
  }

  /** Rule: "X , State" or "X , Country" where X is the span: the span is a place. */
  public boolean cityState(Sentence s, NameSpan span) {
    int e = span.end();
    if (e + 1 >= s.tokens().size() || !text(s, e).equals(",")) {
      return false;
    }
    String k = placeKindAt(s, e + 1);
    return "state".equals(k);
  }

  /** Rule: the span is a state or country named right after "X ," (the second half of "X, State"). */
  public boolean stateAfterCity(Sentence s, NameSpan span) {
    if (span.start() < 2 || !text(s, span.start() - 1).equals(",")) {
      return false;
    }
    String k = place(s, span);
    return "state".equals(k) && capitalised(text(s, span.start() - 2));
  }

  /** The place kind of the span's words in the place list ("country", "state", "city"...), or null. */
  public String place(Sentence s, NameSpan span) {
    String[] words = words(s);
    return lexicon.placeKind(words, span.start(), span.end());
  }

  private String placeKindAt(Sentence s, int i) {
    String[] words = words(s);
    for (int len = Math.min(NerLexicon.MAX_PLACE_TOKENS, words.length - i); len >= 1; len--) {
      String k = lexicon.placeKind(words, i, i + len);
      if (k != null) {
        return k;
      }
    }
    return null;
  }

  /** Rule: a known country or US state after "in", "at", "from"... is a place. */
  public boolean placeAfterPreposition(Sentence s, NameSpan span) {
    String k = place(s, span);
    if (!"country".equals(k) && !"state".equals(k)) {
      return false;
    }
    return span.start() > 0
        && PLACE_PREPOSITIONS.contains(text(s, span.start() - 1).toLowerCase(Locale.ROOT));
  }

  /**
   * Rule: a defining sentence, "X is a small village in ...", "X was an American footballer": the
   * noun after "is a" (skipping up to four adjectives or nationalities) gives the name's type.
   * Only for a name that starts the sentence (or follows "The").
   */
  public EntityType definition(Sentence s, NameSpan span) {
    List<Token> t = s.tokens();
    if (span.start() > 1 || (span.start() == 1 && !text(s, 0).equalsIgnoreCase("the"))) {
      return null;
    }
    int i = span.end();
    // "X ( born 1970 ) is a ...": skip a bracket
    if (i < t.size() && text(s, i).equals("(")) {
      while (i < t.size() && !text(s, i).equals(")")) {
        i++;
      }
      i++;
    }
    if (i + 1 >= t.size()) {
      return null;
    }
    String verb = text(s, i).toLowerCase(Locale.ROOT);
    String det = text(s, i + 1).toLowerCase(Locale.ROOT);
    if (!(verb.equals("is") || verb.equals("was") || verb.equals("are") || verb.equals("were"))
        || !(det.equals("a") || det.equals("an") || det.equals("the"))) {
      return null;
    }
    for (int k = i + 2; k < Math.min(t.size(), i + 7); k++) {
      String w = text(s, k);
      String type = lexicon.definitionType(w);
      if (type != null && !capitalised(w)) {
        return EntityType.parse(type);
      }
      String pos = t.get(k).pos();
      if (!(pos.equals("ADJ") || pos.equals("PROPN") || pos.equals("NOUN") || pos.equals("ADV")
          || pos.equals("NUM") || w.equals("-"))) {
        return null;
      }
    }
    return null;
  }

  /** Nouns that, followed by "of", name a kind of place ("the village of X"). */
  static final Set<String> PLACE_NOUNS =
      Set.of("village", "town", "city", "county", "province", "district", "region", "state",
          "island", "parish", "municipality", "suburb", "capital");

  /**
   * Rule: a name the model calls a person right after "in", "at" or "near", or after "the village
   * of" and the like, is a place ("celebrated in Divar") unless it starts with a known first name
   * or ends with a possessive.
   */
  public boolean personInPlaceSlot(Sentence s, NameSpan span) {
    if (span.start() == 0 || lexicon.isFirstName(text(s, span.start()))
        || text(s, span.end() - 1).endsWith("'s") || (span.end() < s.tokens().size()
            && (text(s, span.end()).equals("'s") || text(s, span.end()).equals("\u2019s")))) {
      return false;
    }
    String prev = text(s, span.start() - 1).toLowerCase(Locale.ROOT);
    if (prev.equals("in") || prev.equals("at") || prev.equals("near")) {
      return true;
    }
    return prev.equals("of") && span.start() >= 2
        && PLACE_NOUNS.contains(text(s, span.start() - 2).toLowerCase(Locale.ROOT));
  }

  /** Rule: a name inside parentheses that hold a photo or agency credit is not part of the story. */
  public boolean inCredit(Sentence s, NameSpan span) {
    List<Token> t = s.tokens();
    int open = -1;
    for (int i = span.start() - 1; i >= 0; i--) {
      String w = t.get(i).text();
      if (w.equals(")")) {
        return false;
      }
      if (w.equals("(")) {
        open = i;
        break;
      }
    }
    if (open < 0) {
      return false;
    }
    int close = t.size();
    for (int i = span.end(); i < t.size(); i++) {
      if (t.get(i).text().equals(")")) {
        close = i;
        break;
      }
    }
    for (int i = open + 1; i < close; i++) {
      String w = t.get(i).text().toLowerCase(Locale.ROOT);
      if (CREDIT_WORDS.contains(w) || w.startsWith("photo") || w.contains("/")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rule: "X Y 's Department" / "X 's Office": a capitalised run, a possessive and a capitalised
   * organisation head word form one organisation name. Returns such spans in the sentence.
   */
  public List<NameSpan> possessiveOrganisations(Sentence s) {
    List<Token> t = s.tokens();
    List<NameSpan> out = new java.util.ArrayList<>();
    for (int i = 1; i + 1 < t.size(); i++) {
      String w = t.get(i).text();
      if (!(w.equals("'s") || w.equals("\u2019s"))) {
        continue;
      }
      String head = t.get(i + 1).text();
      if (!capitalised(head) || !lexicon.isRuleOrgHead(head) || !capitalised(t.get(i - 1).text())) {
        continue;
      }
      int start = i - 1;
      while (start > 0 && capitalised(t.get(start - 1).text())) {
        start--;
      }
      out.add(new NameSpan(start, i + 2, EntityType.ORGANIZATION, 0.8, "rule:possessive-org"));
    }
    return out;
  }

  /**
   * Rule: a lone word of three to eight characters with two to five capital letters ("USDA", "NHL",
   * "6PR") that is no place, title or common word, in a sentence not written in capitals, is an
   * organisation. Two-letter words ("TV", "CD", "KO") are more often something else.
   */
  public boolean acronym(Sentence s, NameSpan span, boolean headline) {
    if (headline || span.length() != 1) {
      return false;
    }
    String w = text(s, span.start());
    return acronymLike(w) && w.length() >= 3
        && place(s, span) == null
        && !lexicon.isTitle(w)
        && !lexicon.isLowercaseWord(w);
  }

  /** Two to five capital letters, maybe with digits, dots or "&" ("NHL", "6PR", "MTV2", "B&SR"). */
  static boolean acronymLike(String w) {
    if (w.length() > 8) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isUpperCase(c)) {
        letters++;
      } else if (c != '.' && c != '&' && !Character.isDigit(c)) {
        return false;
      }
    }
    return letters >= 2 && letters <= 5;
  }

  static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private static String[] words(Sentence s) {
    String[] w = new String[s.tokens().size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = s.tokens().get(i).text();
    }
    return w;
  }

  /**
   * The type the evidence asks for, or null when there is no decisive evidence. Order: an
   * organisation head wins (the "Sheriff's Department" is not a sheriff), then a title (person),
   * then "City, State" (place).
   */
  public EntityType decide(Sentence s, NameSpan span) {
    if (organisationHead(s, span)) {
      return EntityType.ORGANIZATION;
    }
    if (titleBefore(s, span)) {
      return EntityType.PERSON;
    }
    if (cityState(s, span) || stateAfterCity(s, span) || placeAfterPreposition(s, span)) {
      return EntityType.PLACE;
    }
    return null;
  }
}
