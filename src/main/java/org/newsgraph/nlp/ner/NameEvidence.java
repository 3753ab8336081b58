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

  /** The questions about places, asked apart. */
  final PlaceEvidence places;

  public NameEvidence(NerLexicon lexicon) {
    this.lexicon = lexicon;
    this.places = new PlaceEvidence(lexicon, this);
  }

  static String text(Sentence s, int i) {
    return s.tokens().get(i).text();
  }

  /**
   * Rule: a title word just before the span ("Sheriff", "Sen.", "DA") says person, unless the span
   * names an institution ("Major | League Baseball", "King | County").
   */
  public boolean titleBefore(Sentence s, NameSpan span) {
    return span.start() > 0 && lexicon.isTitleBeforeName(text(s, span.start() - 1)) && !namesAnInstitution(s, span);
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
   * Rule: a lone word of three to eight characters with two to five capital letters ("USDA", "NHL",
   * "6PR") that is no place, title or common word, in a sentence not written in capitals, is an
   * organisation. Two-letter words ("TV", "CD", "KO") are more often something else.
   */
  public boolean acronym(Sentence s, NameSpan span, boolean headline) {
    if (headline || span.length() != 1) {
      return false;
    }
    String w = text(s, span.start());
    return acronymLike(w) && w.length() >= 3 && !LoneNames.productCode(w)
        && places.place(s, span) == null
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

  /** Capitalised and not written in capitals ("Creek", not "CREEK" of a headline). */
  static boolean titleCase(String w) {
    if (!capitalised(w)) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      if (Character.isLowerCase(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  static String[] words(Sentence s) {
    String[] w = new String[s.tokens().size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = s.tokens().get(i).text();
    }
    return w;
  }

  /**
   * Rule: a lower-case noun such as "band", "company" or "label" right before the span makes it an
   * organisation ("the band Quarrow", "the company Vellsoft"), unless a first name starts a person's
   * full name ("the firm Dana Roe founded").
   */
  public boolean orgCueBefore(Sentence s, NameSpan span) {
    if (span.start() == 0 || (span.length() == 1 && text(s, span.start()).length() < 2)) {
      return false; // or "group C"
    }
    Token prev = s.tokens().get(span.start() - 1);
    return prev.pos().equals("NOUN") && !capitalised(prev.text()) && lexicon.isOrgCue(prev.text())
        && !(span.type() == EntityType.PERSON && span.length() > 1 && lexicon.isFirstName(text(s, span.start())));
  }

  /**
   * Rule: a known place followed by a capitalised plural ("Montreal Victorias", "Boston Red Sox" is
   * not plural and not caught) or a club designator ("Montreal HC") is a sports club, unless the
   * whole is itself a place ("Niagara Falls"), the plural names people ("Texas Republicans") or
   * the span is a person starting with a first name ("Gary Jones"). A direction word or an
   * adjective is no place here ("West Indies", "Middle Ages").
   */
  public boolean sportsClub(Sentence s, NameSpan span) {
    if (span.length() < 2 || places.place(s, span) != null
        || (span.type() == EntityType.PERSON && lexicon.isFirstName(text(s, span.start())))) {
      return false; // "Gary Jones" is a person, though Gary is a city
    }
    String last = text(s, span.end() - 1);
    boolean team = lexicon.isClubDesignator(last)
        || (capitalised(last) && last.length() >= 4 && last.endsWith("s") && !last.endsWith("ss")
            && !last.endsWith("'s") && !lexicon.isNotTeam(last) && !lexicon.isPlaceHead(last)
            && !lexicon.isRuleOrgHead(last) && !lexicon.isDesignator(last)
            && !lexicon.isDemonym(last.substring(0, last.length() - 1)))
        || last.matches("\\d+s");
    if (!team) {
      return false;
    }
    String[] words = words(s);
    for (int e = span.end() - 1; e > span.start(); e--) {
      String k = lexicon.placeKind(words, span.start(), e);
      if (k != null && !(e - span.start() == 1
          && NameEdges.PLACE_PREFIXES.contains(words[span.start()]))
          && !s.tokens().get(span.start()).pos().equals("ADJ")) {
        for (int i = e; i < span.end() - 1; i++) {
          if (!capitalised(words[i])) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * Rule: a span that is no name of our types: it ends in an event or prize word ("Stanley Cup",
   * "Bangladesh Liberation War"), or it is a lone company designator ("LLC") or a lone generic
   * organisation head ("the Institute", "the Campaign").
   */
  public boolean notOurName(Sentence s, NameSpan span) {
    String last = text(s, span.end() - 1);
    if (capitalised(last) && lexicon.isMiscHead(last)) {
      return true;
    }
    return span.length() == 1 && (lexicon.isDesignator(last) || lexicon.isNotAlone(last));
  }

  /** Rule: a nationality word alone ("Japanese", "Canadian") is no person, place or organisation. */
  public boolean loneDemonym(Sentence s, NameSpan span) {
    return span.length() == 1 && lexicon.isDemonym(text(s, span.start()));
  }

  /**
   * The type the evidence asks for, or null when there is no decisive evidence. Order: an
   * organisation head wins (the "Sheriff's Department" is not a sheriff), then a title (person),
   * then "City, State" (place), then a place head word, a club name, an organisation noun before.
   */
  public EntityType decide(Sentence s, NameSpan span) {
    if (organisationHead(s, span)) {
      return EntityType.ORGANIZATION;
    }
    if (places.namedPlace(s, span)) {
      return EntityType.PLACE;
    }
    if (titleBefore(s, span)) {
      return EntityType.PERSON;
    }
    if (places.cityState(s, span) || places.stateAfterCity(s, span) || places.placeAfterPreposition(s, span)) {
      return EntityType.PLACE;
    }
    if (places.placeHead(s, span)) {
      return EntityType.PLACE;
    }
    if (sportsClub(s, span) || orgCueBefore(s, span)) {
      return EntityType.ORGANIZATION;
    }
    return appositive(s, span);
  }

  /**
   * Rule: a name the model calls an organisation that is shaped like a person's: two or three
   * capitalised proper nouns starting with a known first name, with no organisation head, company
   * designator or title in it and none right after it ("Mara Lindqvist suing the state").
   */
  public boolean personShaped(Sentence s, NameSpan span) {
    if (span.length() < 2 || span.length() > 3 || !lexicon.isFirstName(text(s, span.start()))
        || places.place(s, span) != null) {
      return false;
    }
    for (int i = span.start(); i < span.end(); i++) {
      String w = text(s, i);
      if (!capitalised(w) || !s.tokens().get(i).isProperNoun() || lexicon.isRuleOrgHead(w)
          || org.newsgraph.nlp.Lexicons.get().isOrganizationHead(w) || lexicon.isAdminHead(w)
          || lexicon.isLandHead(w) || lexicon.isPlaceHead(w)
          || lexicon.isDesignator(w) || lexicon.isTitle(w) || acronymLike(w)) {
        return false;
      }
    }
    return span.end() >= s.tokens().size() || !(capitalised(text(s, span.end()))
        && (lexicon.isRuleOrgHead(text(s, span.end())) || lexicon.isDesignator(text(s, span.end()))));
  }

  /**
   * Rule: a lone organisation head word that starts the sentence and stands before a common noun
   * is a modifier, not a name ("Court records show ...", "Police officials said ...").
   */
  public boolean headAsModifier(Sentence s, NameSpan span) {
    return span.length() == 1 && span.start() == 0 && span.end() < s.tokens().size()
        && lexicon.isRuleOrgHead(text(s, 0)) && s.tokens().get(1).pos().equals("NOUN")
        && !capitalised(text(s, 1));
  }

  static final Set<String> PARTY_WORDS = Set.of("Republican", "Democrat", "Democratic", "Independent");

  /**
   * Rule: an apposition after the name says what it is: "Vendorado , a Bungalow company", "Bilka ,
   * a Danish hypermarket chain". The defining noun must end the noun phrase ("Jane Roe , a company
   * spokeswoman" says nothing). Returns the type the noun gives, or null.
   */
  public EntityType appositive(Sentence s, NameSpan span) {
    List<Token> t = s.tokens();
    int i = span.end();
    if (i + 2 >= t.size() || !text(s, i).equals(",")) {
      return null;
    }
    String det = text(s, i + 1).toLowerCase(Locale.ROOT);
    if (!(det.equals("a") || det.equals("an") || det.equals("the"))) {
      return null;
    }
    for (int k = i + 2; k < Math.min(t.size(), i + 8); k++) {
      String w = text(s, k);
      String type = lexicon.definitionType(w);
      String pos = t.get(k).pos();
      if (type != null && !capitalised(w) && pos.equals("NOUN")) {
        boolean endsPhrase = k + 1 >= t.size()
            || !(t.get(k + 1).pos().equals("NOUN") || t.get(k + 1).pos().equals("PART")
                || t.get(k + 1).pos().equals("PROPN"));
        return endsPhrase ? EntityType.parse(type) : null;
      }
      if (!(pos.equals("ADJ") || pos.equals("PROPN") || pos.equals("NOUN") || pos.equals("ADV")
          || pos.equals("NUM") || w.equals("-"))) {
        return null;
      }
    }
    return null;
  }
}
