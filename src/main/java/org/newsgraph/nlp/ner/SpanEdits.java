package org.newsgraph.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The rules that change a found name's extent, where {@link NameEvidence} only answers questions
 * about it: titles and demonyms trimmed off, an acronym or an "of" phrase joined, a party letter
 * split from a place, possessive organisations read whole.
 */
final class SpanEdits {
  private final NerLexicon lexicon;
  private final NameEvidence evidence;

  SpanEdits(NerLexicon lexicon, NameEvidence evidence) {
    this.lexicon = lexicon;
    this.evidence = evidence;
  }

  /**
   * Rule: leading title words inside a person span are not part of the name ("Sheriff John Smith"
   * becomes "John Smith"), unless an organisation head or "County" follows ("Major League
   * Baseball", "King County"). Returns the trimmed span, or the span itself.
   */
  NameSpan trimTitles(Sentence s, NameSpan span) {
    for (int i = span.start() + 1; i < span.end(); i++) {
      String w = NameEvidence.text(s, i);
      if (lexicon.isRuleOrgHead(w) || w.equals("County") || w.equals("Parish")) {
        return span; // "Major League Baseball", "King County": the title word is part of a name
      }
    }
    int start = span.start();
    while (start < span.end() - 1 && lexicon.isTitleBeforeName(NameEvidence.text(s, start))) {
      start++;
    }
    return start == span.start()
        ? span
        : new NameSpan(start, span.end(), span.type(), span.confidence(), span.source() + "+trim");
  }

  /**
   * Rule: "X Y 's Department" / "X 's Office": a capitalised run, a possessive and a capitalised
   * organisation head word form one organisation name. Returns such spans in the sentence.
   */
  List<NameSpan> possessiveOrganisations(Sentence s) {
    List<Token> t = s.tokens();
    List<NameSpan> out = new java.util.ArrayList<>();
    for (int i = 1; i + 1 < t.size(); i++) {
      String w = t.get(i).text();
      if (!(w.equals("'s") || w.equals("\u2019s"))) {
        continue;
      }
      String head = t.get(i + 1).text();
      if (!NameEvidence.capitalised(head) || !lexicon.isRuleOrgHead(head) || !NameEvidence.capitalised(t.get(i - 1).text())) {
        continue;
      }
      int start = i - 1;
      while (start > 0 && NameEvidence.capitalised(t.get(start - 1).text())) {
        start--;
      }
      out.add(new NameSpan(start, i + 2, EntityType.ORGANIZATION, 0.8, "rule:possessive-org"));
    }
    return out;
  }

  /**
   * Rule: a nationality or resident word before a first name is no part of a person's name
   * ("Minnesotan Scott LeDoux"). Returns the span without it, typed person, or the span itself.
   */
  NameSpan trimDemonym(Sentence s, NameSpan span) {
    if (span.length() < 3 || !lexicon.isDemonym(NameEvidence.text(s, span.start()))
        || !lexicon.isFirstName(NameEvidence.text(s, span.start() + 1)) || evidence.namesAnInstitution(s, span)) {
      return span;
    }
    return new NameSpan(span.start() + 1, span.end(), EntityType.PERSON, span.confidence(),
        span.source() + "+demonym");
  }

  /**
   * Rule: a word in capitals in brackets right after a name whose initials it spells ("Cold Spring
   * Harbor Laboratory ( CSHL )", "World Series of Poker ( WSOP )") names the same thing. Returns the
   * acronym's span, typed like the name, or null.
   */
  NameSpan acronymAfter(Sentence s, NameSpan span) {
    int o = span.end();
    if (o + 2 >= s.tokens().size() || !NameEvidence.text(s, o).equals("(") || !NameEvidence.text(s, o + 2).equals(")")) {
      return null;
    }
    String a = NameEvidence.text(s, o + 1);
    if (!NameEvidence.acronymLike(a) && !(a.endsWith("s") && NameEvidence.acronymLike(a.substring(0, a.length() - 1)))) {
      return null;
    }
    StringBuilder letters = new StringBuilder();
    for (char c : a.toCharArray()) {
      if (Character.isUpperCase(c)) {
        letters.append(c);
      }
    }
    StringBuilder capitalInitials = new StringBuilder();
    StringBuilder allInitials = new StringBuilder();
    StringBuilder capitals = new StringBuilder();
    for (int i = span.start(); i < span.end(); i++) {
      String w = NameEvidence.text(s, i);
      char c = w.charAt(0);
      if (!Character.isLetter(c)) {
        continue;
      }
      allInitials.append(Character.toUpperCase(c));
      if (Character.isUpperCase(c)) {
        capitalInitials.append(c);
      }
      for (char x : w.toCharArray()) {
        if (Character.isUpperCase(x)) {
          capitals.append(x);
        }
      }
    }
    String l = letters.toString();
    if (l.length() >= 2 && (l.contentEquals(capitalInitials) || l.contentEquals(allInitials)
        || l.contentEquals(capitals))) {
      return new NameSpan(o + 1, o + 2, span.type(), span.confidence(), "rule:acronym-of");
    }
    return null;
  }

  /**
   * Rule: an organisation whose name ends in a head word, followed by "of" or "for" (and maybe
   * "the") and a capitalised run that is not a known place, goes on over that run ("Australian
   * League | of Rights", "Army | of the North", "Center | for Media Justice"). Returns the longer span, or null. The caller keeps two names
   * where the run is an organisation of its own ("Youth Wing of the Labour Party").
   */
  NameSpan ofExtension(Sentence s, NameSpan span) {
    List<Token> t = s.tokens();
    if (span.type() != EntityType.ORGANIZATION || !lexicon.isRuleOrgHead(NameEvidence.text(s, span.end() - 1))) {
      return null;
    }
    int i = span.end();
    if (i >= t.size() || !(NameEvidence.text(s, i).equals("of") || NameEvidence.text(s, i).equals("for"))) {
      return null;
    }
    i++;
    if (i < t.size() && NameEvidence.text(s, i).equals("the")) {
      i++;
    }
    int start = i;
    while (i < t.size() && NameEvidence.capitalised(NameEvidence.text(s, i)) && !lexicon.isTitle(NameEvidence.text(s, i))) {
      i++;
      if (i + 1 < t.size() && NameEvidence.text(s, i).equals("and") && NameEvidence.capitalised(NameEvidence.text(s, i + 1))) {
        i++;
      }
    }
    if (i == start || i - start > 5 || !NameEvidence.capitalised(NameEvidence.text(s, i - 1))) {
      return null;
    }
    for (int k = start; k < i; k++) {
      for (int e = i; e > k; e--) {
        if (lexicon.placeKind(NameEvidence.words(s), k, e) != null) {
          return null;
        }
      }
    }
    return new NameSpan(span.start(), i, EntityType.ORGANIZATION, span.confidence(), span.source() + "+of");
  }

  /**
   * Rule: "Senator X, Republican of South Carolina": a party and "of" before a place describe a
   * legislator; the name is the place, not an organisation.
   */
  void partyOfPlace(Sentence s, List<NameSpan> out) {
    for (int i = 0; i < out.size(); i++) {
      NameSpan n = out.get(i);
      if (n.length() >= 3 && NameEvidence.PARTY_WORDS.contains(NameEvidence.text(s, n.start())) && NameEvidence.text(s, n.start() + 1).equals("of")) {
        NameSpan p = new NameSpan(n.start() + 2, n.end(), EntityType.PLACE, n.confidence(), n.source() + "+party-of");
        if (evidence.places.place(s, p) != null) {
          out.set(i, p);
        }
      }
    }
  }
}
