package org.newsgraph.nlp.ner;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** The evidence that a name is a place: its neighbours ("in", a state after a city) and its words. */
final class PlaceEvidence {
  private final NerLexicon lexicon;
  /** The other questions, that a place's may depend on ("King County" names an institution). */
  private final NameEvidence names;

  PlaceEvidence(NerLexicon lexicon, NameEvidence names) {
    this.lexicon = lexicon;
    this.names = names;
  }

  /**
   * Rule: "X , State" or "X , Country" where X is the span: the span is a place. After a country
   * or a region ("Quarrow , Denmark ,") only when the span starts with no known first name and the
   * country ends a phrase there ("Roe , Denmark's ambassador" is a person).
   */
  boolean cityState(Sentence s, NameSpan span) {
    int e = span.end();
    if (e + 1 >= s.tokens().size() || !NameEvidence.text(s, e).equals(",")) {
      return false;
    }
    String k = placeKindAt(s, e + 1);
    if ("state".equals(k)) {
      return true;
    }
    if (!("country".equals(k) || "region".equals(k)) || lexicon.isFirstName(NameEvidence.text(s, span.start()))) {
      return false;
    }
    String[] words = NameEvidence.words(s);
    int after = e + 1;
    for (int len = Math.min(NerLexicon.MAX_PLACE_TOKENS, words.length - e - 1); len >= 1; len--) {
      if (lexicon.placeKind(words, e + 1, e + 1 + len) != null) {
        after = e + 1 + len;
        break;
      }
    }
    // the country ends the phrase: a comma, a bracket or the sentence's end follows it
    return after >= words.length || words[after].equals(",") || words[after].equals(".")
        || words[after].equals(")") || words[after].equals(";");
  }

  /** Rule: the span is a state or country named right after "X ," (the second half of "X, State"). */
  boolean stateAfterCity(Sentence s, NameSpan span) {
    if (span.start() < 2 || !NameEvidence.text(s, span.start() - 1).equals(",")) {
      return false;
    }
    String k = place(s, span);
    return "state".equals(k) && NameEvidence.capitalised(NameEvidence.text(s, span.start() - 2));
  }

  /** The place kind of the span's words in the place list ("country", "state", "city"...), or null. */
  String place(Sentence s, NameSpan span) {
    String[] words = NameEvidence.words(s);
    return lexicon.placeKind(words, span.start(), span.end());
  }

  private String placeKindAt(Sentence s, int i) {
    String[] words = NameEvidence.words(s);
    for (int len = Math.min(NerLexicon.MAX_PLACE_TOKENS, words.length - i); len >= 1; len--) {
      String k = lexicon.placeKind(words, i, i + len);
      if (k != null) {
        return k;
      }
    }
    return null;
  }

  /** Rule: a known country or US state after "in", "at", "from"... is a place. */
  boolean placeAfterPreposition(Sentence s, NameSpan span) {
    String k = place(s, span);
    if (!"country".equals(k) && !"state".equals(k)) {
      return false;
    }
    return span.start() > 0
        && NameEvidence.PLACE_PREPOSITIONS.contains(NameEvidence.text(s, span.start() - 1).toLowerCase(Locale.ROOT));
  }

  /**
   * Rule: a name of two words or more whose last word is a capitalised place head ("Hancock
   * Brook", "Red Square", "Ottoman Empire") or whose first word is a place prefix ("River Mersey")
   * is a place, unless it also holds an organisation head.
   */
  boolean placeHead(Sentence s, NameSpan span) {
    String last = NameEvidence.text(s, span.end() - 1);
    String first = NameEvidence.text(s, span.start());
    return span.length() >= 2 && ((NameEvidence.titleCase(last) && lexicon.isPlaceHead(last))
        || (NameEvidence.titleCase(first) && lexicon.isPlacePrefix(first))) && !names.namesAnInstitution(s, span);
  }

  /**
   * Rule: a name that is a place by its own words, whatever the model says: a US state or a country
   * of the place list ("Michigan"), a name ending in an administrative head ("Harborton County",
   * "Carson City", also in capitals) or, unless it starts with a known first name, in a head of
   * settlements and landmarks ("Ridley Junction"). A name that also holds an organisation head is
   * left to the organisation rules ("Harborton County Sheriff's Office").
   */
  boolean namedPlace(Sentence s, NameSpan span) {
    String kind = place(s, span);
    if (("state".equals(kind) || "country".equals(kind)) && !names.titleBefore(s, span)) {
      return true;
    }
    if (span.length() < 2) {
      return false;
    }
    for (int i = span.start(); i < span.end(); i++) {
      if (lexicon.isRuleOrgHead(NameEvidence.text(s, i))) {
        return false;
      }
    }
    String last = org.newsgraph.nlp.Names.stripPossessive(NameEvidence.text(s, span.end() - 1));
    if (!NameEvidence.capitalised(last)) {
      return false;
    }
    return lexicon.isAdminHead(last)
        || (lexicon.isLandHead(last) && !lexicon.isFirstName(NameEvidence.text(s, span.start())));
  }
}
