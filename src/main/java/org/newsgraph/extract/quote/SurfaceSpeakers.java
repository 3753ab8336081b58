package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Who said a quotation, read from the words around a cue verb when the dependency tree does not
 * tell ({@link TreeSpeakers} goes first): a name or pronoun just before the cue ("Ruiz said", "Ruiz,
 * 67, said"), "the mayor said" (the person last named with that title), a name just after it
 * ("said Ana Ruiz, co-chair of ..."), the subject further back; pronouns go to {@link
 * PronounSpeakers}.
 */
final class SurfaceSpeakers {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we");
  /** Cue verbs whose object is who heard it ("told X", "telling X"). */
  private static final Set<String> ADDRESSED = Set.of("tell", "told", "tells", "telling", "ask", "asked", "asks",
      "asking");

  private final PronounSpeakers pronouns;
  private final Referents referents;

  SurfaceSpeakers(PronounSpeakers pronouns, Referents referents) {
    this.pronouns = pronouns;
    this.referents = referents;
  }

  /** The speaker a cue verb points to: a name just before it, a pronoun, or a name just after. */
  Optional<Ref> subjectOfCue(ArticleContext a, Sentence s, int cue, boolean[] inQuote, boolean goesOn) {
    List<Token> t = s.tokens();
    Optional<Ref> titled = titledNominal(a, s, cue);
    if (titled.isPresent()) {
      return titled;
    }
    // just before: "Ruiz said", "Ruiz, 67, said", "Pike also said"
    int gap = 0;
    for (int k = cue - 1; k >= 0 && gap <= 4; k--, gap++) {
      Token tok = t.get(k);
      if (inQuote[tok.start()]) {
        break;
      }
      Optional<Mention> m = a.mentionAt(s.index(), k);
      if (m.isPresent() && isSpeakerType(m.get())) {
        return Optional.of(m.get().entity());
      }
      Optional<Ref> bySurname = referents.surname(a, tok);
      if ((m.isEmpty() || m.get().type() == EntityType.PLACE) && bySurname.isPresent()) {
        return bySurname; // "Ruiz said": a lone surname of someone named in full in the article
      }
      String w = tok.text().toLowerCase(Locale.ROOT);
      if (PRONOUNS.contains(w)) {
        return pronouns.resolve(a, s, k, goesOn);
      }
      if (!(tok.pos().equals("ADV") || tok.pos().equals("AUX") || tok.pos().equals("NUM") || w.equals(",")
          || tok.pos().equals("PUNCT") && !w.equals(".") || w.equals("also"))) {
        break;
      }
    }
    // just after: "said Ana Ruiz", "said Harborton County Sheriff Sam Pike", "said he"
    // ("told X": X is who heard it, never the speaker)
    String verb = t.get(cue).text().toLowerCase(Locale.ROOT);
    boolean addressee = ADDRESSED.contains(verb);
    int before = t.get(cue).start() - 1;
    while (before > 0 && Character.isWhitespace(a.text().charAt(before))) {
      before--;
    }
    if (addressee && before >= 0 && inQuote[before]) {
      // inverted right after the quotation: "\u201cWhat did we do?\u201d asked Ana Ruiz"
      addressee = false;
    }
    Optional<Mention> m = firstMentionFrom(a, s, cue + 1, 7, inQuote);
    if (m.isPresent() && opensClause(s, m.get(), inQuote)) {
      m = Optional.empty(); // "said Ruiz 'would never resign'": Ruiz is the subject of what was said
    }
    if (m.isPresent() && !(addressee && m.get().type() == EntityType.ORGANIZATION)) {
      if (!addressee || m.get().startToken() > cue + 1) {
        return Optional.of(m.get().entity());
      }
    }
    // the subject further back: "X, whose sister … was killed in April, previously told Fox News"
    for (int k = 0; k < cue; k++) {
      if (inQuote[t.get(k).start()]) {
        continue;
      }
      Optional<Mention> subj = a.mentionAt(s.index(), k);
      if (subj.isPresent() && subj.get().type() == EntityType.PERSON && !possessive(a, subj.get())) {
        return Optional.of(subj.get().entity()); // not "X's lawyer asked ...": X is not who speaks
      }
    }
    if (cue + 1 < t.size()) {
      String w = t.get(cue + 1).text().toLowerCase(Locale.ROOT);
      if (PRONOUNS.contains(w)) {
        return pronouns.resolve(a, s, cue + 1, goesOn);
      }
    }
    return Optional.empty();
  }

  /**
   * "the mayor said", "said the senator": the last person named before with that title ("Mayor Ana
   * Ruiz", "Sen. Ola Weir"; titles.tsv), when the article names one.
   */
  private static Optional<Ref> titledNominal(ArticleContext a, Sentence s, int cue) {
    List<String> lower = lowerWords(s);
    org.newsgraph.nlp.Lexicons lex = org.newsgraph.nlp.Lexicons.get();
    for (int n = 1; n <= 3; n++) {
      int before = cue - n;
      if (before >= 1 && lower.get(before - 1).equals("the")) {
        Optional<org.newsgraph.nlp.Lexicons.Title> title = lex.titleAt(lower, before);
        if (title.isPresent() && title.get().words().size() == n && title.get().beforePerson()) {
          return lastTitled(a, title.get().canonical(), s.tokens().get(cue).start());
        }
      }
    }
    if (cue + 2 < lower.size() && lower.get(cue + 1).equals("the")) {
      Optional<org.newsgraph.nlp.Lexicons.Title> title = lex.titleAt(lower, cue + 2);
      int end = cue + 2 + title.map(x -> x.words().size()).orElse(0);
      // "said the president, adding" and not "said the president of the union" / "the president Ana Ruiz"
      boolean endsThere = end >= lower.size()
          || !lower.get(end).equals("of") && !Character.isUpperCase(s.tokens().get(end).text().charAt(0));
      if (title.isPresent() && title.get().beforePerson() && endsThere) {
        return lastTitled(a, title.get().canonical(), s.tokens().get(cue).start());
      }
    }
    return Optional.empty();
  }

  private static List<String> lowerWords(Sentence s) {
    List<String> out = new ArrayList<>();
    for (Token tok : s.tokens()) {
      out.add(tok.text().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** The last person before {@code offset} named right after a title of this canonical form. */
  private static Optional<Ref> lastTitled(ArticleContext a, String canonical, int offset) {
    org.newsgraph.nlp.Lexicons lex = org.newsgraph.nlp.Lexicons.get();
    Ref found = null;
    for (Mention m : a.mentions()) {
      if (m.start() >= offset) {
        break;
      }
      if (m.type() != EntityType.PERSON) {
        continue;
      }
      List<String> lower = lowerWords(a.sentences().get(m.sentence()));
      for (int k = Math.max(0, m.startToken() - 4); k < m.startToken(); k++) {
        Optional<org.newsgraph.nlp.Lexicons.Title> t = lex.titleAt(lower, k);
        if (t.isPresent() && k + t.get().words().size() == m.startToken() && t.get().canonical().equals(canonical)) {
          found = m.entity();
        }
      }
    }
    return Optional.ofNullable(found);
  }

  private static boolean isSpeakerType(Mention m) {
    return m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION;
  }

  /** Whether a name is followed by a quotation or a verb: it opens a clause of its own. */
  private static boolean opensClause(Sentence s, Mention m, boolean[] inQuote) {
    if (m.endToken() >= s.tokens().size()) {
      return false;
    }
    Token next = s.tokens().get(m.endToken());
    return inQuote[next.start()] || next.pos().equals("VERB") || next.pos().equals("AUX");
  }

  /** The first person or organisation within {@code window} tokens from {@code from}, no quote between. */
  Optional<Mention> firstMentionFrom(ArticleContext a, Sentence s, int from, int window, boolean[] inQuote) {
    List<Token> t = s.tokens();
    for (int k = from; k < Math.min(t.size(), from + window); k++) {
      if (inQuote[t.get(k).start()] || t.get(k).text().equals(".")) {
        break;
      }
      Optional<Mention> m = a.mentionAt(s.index(), k);
      if (m.isPresent() && possessive(a, m.get())) {
        return Optional.empty(); // "said Ruiz's policies are ...": the name belongs to what was said
      }
      if (m.isPresent() && m.get().type() == EntityType.PERSON) {
        return m;
      }
      if (m.isPresent() && m.get().type() == EntityType.ORGANIZATION && k == from) {
        return m;
      }
      if ((m.isEmpty() || m.get().type() == EntityType.PLACE) && referents.surname(a, t.get(k)).isPresent()) {
        Ref r = referents.surname(a, t.get(k)).get();
        Token tok = t.get(k);
        return Optional.of(new Mention(s.index(), k, k + 1, tok.start(), tok.end(), tok.text(), EntityType.PERSON, r));
      }
    }
    return Optional.empty();
  }

  /** Whether a name is followed by a possessive "'s" or apostrophe. */
  static boolean possessive(ArticleContext a, Mention m) {
    String text = a.text();
    return m.end() < text.length() && (text.charAt(m.end()) == '\'' || text.charAt(m.end()) == '\u2019');
  }
}
