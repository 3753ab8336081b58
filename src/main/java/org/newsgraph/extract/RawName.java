package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.corpus.LexiconFiles;
import org.newsgraph.extract.coref.Sexes;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Names;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.ner.KinNames;
import org.newsgraph.nlp.ner.PersonEdges;

/** A name as found; {@code titled} when a person title stands right before it ("Mr. Pike"). */
record RawName(int article, int sentence, NameSpan span, int start, int end, String text, boolean titled,
    boolean relative, char sex) implements java.io.Serializable {

  /** A name whose title (if any) tells no sex. */
  RawName(int article, int sentence, NameSpan span, int start, int end, String text, boolean titled, boolean relative) {
    this(article, sentence, span, start, end, text, titled, relative, ' ');
  }

  /** The sex an honorific right before a name tells: "Mr." M, "Mrs.", "Ms.", "Miss" F. */
  private static char sexOfTitle(Sentence s, int token) {
    if (token < 1) {
      return ' ';
    }
    Sexes.Sex sex = Sexes.ofHonorific(s.tokens().get(token - 1).text().toLowerCase(Locale.ROOT));
    return sex == Sexes.Sex.MALE ? 'M' : sex == Sexes.Sex.FEMALE ? 'F' : ' ';
  }

  /** Kinship nouns (the @CHILD, @PARENT, @SIBLING, @SPOUSE word classes of family.tsv). */
  private static final java.util.regex.Pattern KIN =
      LexiconFiles.wordClasses("family.tsv", Set.of("@CHILD", "@PARENT", "@SIBLING", "@SPOUSE"));

  static List<RawName> of(int a, AnnotatedArticle doc) {
    List<RawName> out = new ArrayList<>();
    String text = doc.article().text();
    for (int s = 0; s < doc.sentences().size(); s++) {
      Sentence sent = doc.sentences().get(s);
      for (NameSpan n : doc.names().get(s)) {
        List<Token> t = sent.tokens();
        int start = t.get(n.start()).start();
        int end = t.get(n.end() - 1).end();
        String surface = Names.stripPossessive(text.substring(start, end)).strip();
        end = start + surface.length();
        if (surface.isEmpty()) {
          continue;
        }
        String name = n.source().equals(PersonEdges.SHARED_SURNAME) ? withSurname(surface, sent, doc.names().get(s), n)
            : n.source().equals(KinNames.SOURCE) ? withRelativeSurname(surface, sent, doc.names().get(s), n) : surface;
        out.add(new RawName(a, s, n, start, end, name, titled(sent, n.start()), relative(sent, n.start()),
            sexOfTitle(sent, n.start())));
      }
    }
    return out;
  }

  /** "Omar" of "Omar and Leila Haddad" is "Omar Haddad": the surname of the full name after "and". */
  private static String withSurname(String first, Sentence s, List<NameSpan> names, NameSpan n) {
    for (NameSpan full : names) {
      if (full.start() == n.end() + 1 && full.length() >= 2) {
        return first + " " + Names.stripPossessive(s.tokens().get(full.end() - 1).text());
      }
    }
    return first;
  }

  /** Words between a relative's name and the kinship noun: "Ana Roe's son, Tom", "Ana Roe, whose son Tom". */
  private static final Set<String> POSSESSIVE = Set.of("'s", "\u2019s", "'", "\u2019", ",", "whose");

  /**
   * "Tom" of "Ana Roe's son, Tom, 20," is "Tom Roe": the surname of the person named right before
   * the kinship noun that introduces the lone first name (as written, a lone surname too: "Roe's
   * son"); the first name alone when no one is.
   */
  private static String withRelativeSurname(String first, Sentence s, List<NameSpan> names, NameSpan n) {
    List<Token> t = s.tokens();
    int k = n.start() - 1;
    if (k >= 0 && t.get(k).text().equals(",")) {
      k--;
    }
    // back over the kinship noun and the words before it ("son", "older brother", "4-year-old daughter")
    int stop = Math.max(-1, k - 6);
    while (k > stop && !POSSESSIVE.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
      if (Set.of("PRON", "VERB", "AUX", "DET", "ADP").contains(t.get(k).pos())) {
        return first; // "Ana Roe, who lost her brother Tom": not said to be a Roe
      }
      k--;
    }
    while (k > stop && POSSESSIVE.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
      k--;
    }
    for (NameSpan r : names) {
      if (r.end() - 1 == k && r.type() == EntityType.PERSON && r != n) {
        String last = Names.stripPossessive(t.get(k).text());
        return Names.fold(last).equals(Names.fold(first)) ? first : first + " " + last;
      }
    }
    return first;
  }

  /**
   * Whether the name is introduced as someone's relative: a kinship noun or "married to" within the
   * four words before it ("her husband, Gary Roe", "is married to Commissioner Gary Roe").
   */
  private static boolean relative(Sentence s, int token) {
    for (int k = Math.max(0, token - 4); k < token; k++) {
      String w = s.tokens().get(k).text();
      if (KIN.matcher(w).matches() || (w.equalsIgnoreCase("married") && k + 1 < token
          && s.tokens().get(k + 1).text().equalsIgnoreCase("to"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a person title ("Mr.", "Sen.", "Officer", "District Attorney") ends right before a token. */
  private static boolean titled(Sentence s, int token) {
    org.newsgraph.nlp.Lexicons lex = org.newsgraph.nlp.Lexicons.get();
    List<String> lower = new ArrayList<>();
    for (Token t : s.tokens()) {
      lower.add(Names.stripPossessive(t.text()).toLowerCase(Locale.ROOT));
    }
    for (int k = Math.max(0, token - lex.maxTitleWords()); k < token; k++) {
      Optional<org.newsgraph.nlp.Lexicons.Title> t = lex.titleAt(lower, k);
      if (t.isPresent() && t.get().beforePerson() && k + t.get().words().size() == token) {
        return true;
      }
    }
    return false;
  }
}
