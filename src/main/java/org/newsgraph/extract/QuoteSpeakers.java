package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.corpus.Article;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Who said a quotation, from the words around a cue ({@link QuoteExtractor}): a name or pronoun
 * before the cue verb, a name after it, the subject further back; he/she as the subject of the
 * sentence before, or the speaker quoted just before. Remembers the last speaker of the article
 * being read: one per extractor, articles in turn.
 */
final class QuoteSpeakers {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we");

  private Ref lastSpeaker;
  private int lastSpeakerBlock = -10;
  private int currentBlock = -10;

  /** Forgets the speakers of the article before. */
  void startArticle() {
    lastSpeaker = null;
    lastSpeakerBlock = -10;
    currentBlock = -10;
  }

  /** The paragraph of the quotation being attributed. */
  void atBlock(int block) {
    currentBlock = block;
  }

  /** A quotation ending in paragraph {@code block} was given to {@code speaker}. */
  void spoke(Ref speaker, int block) {
    lastSpeaker = speaker;
    lastSpeakerBlock = block;
  }

  /** The speaker a cue verb points to: a name just before it, a pronoun, or a name just after. */
  Optional<Ref> subjectOfCue(ArticleContext a, Sentence s, int cue, boolean[] inQuote) {
    List<Token> t = s.tokens();
    Optional<Ref> titled = titledNominal(a, s, cue);
    if (titled.isPresent()) {
      return titled;
    }
    // just before: "Gascon said", "Gascon, 67, said", "Villanueva also said"
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
      Optional<Ref> bySurname = surname(a, tok);
      if ((m.isEmpty() || m.get().type() == EntityType.PLACE) && bySurname.isPresent()) {
        return bySurname; // "Ruiz said": a lone surname of someone named in full in the article
      }
      String w = tok.text().toLowerCase(Locale.ROOT);
      if (PRONOUNS.contains(w)) {
        return pronounSpeaker(a, s, w);
      }
      if (!(tok.pos().equals("ADV") || tok.pos().equals("AUX") || tok.pos().equals("NUM") || w.equals(",")
          || tok.pos().equals("PUNCT") && !w.equals(".") || w.equals("also"))) {
        break;
      }
    }
    // just after: "said Desiree Andrade", "said Los Angeles County Sheriff Alex Villanueva", "said he"
    // ("told X": X is who heard it, never the speaker)
    String verb = t.get(cue).text().toLowerCase(Locale.ROOT);
    boolean addressee = verb.equals("told") || verb.equals("tells") || verb.equals("asked") || verb.equals("asks");
    int before = t.get(cue).start() - 1;
    while (before > 0 && Character.isWhitespace(a.text().charAt(before))) {
      before--;
    }
    if (addressee && before >= 0 && inQuote[before]) {
      // inverted right after the quotation: "\u201cWhat did we do?\u201d asked Ana Ruiz"
      addressee = false;
    }
    Optional<Mention> m = firstMentionFrom(a, s, cue + 1, 7, inQuote);
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
        return pronounSpeaker(a, s, w);
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
      if ((m.isEmpty() || m.get().type() == EntityType.PLACE) && surname(a, t.get(k)).isPresent()) {
        Ref r = surname(a, t.get(k)).get();
        Token tok = t.get(k);
        return Optional.of(new Mention(s.index(), k, k + 1, tok.start(), tok.end(), tok.text(), EntityType.PERSON, r));
      }
    }
    return Optional.empty();
  }

  /** Persons of the article by the last word of their full name (ambiguous surnames left out). */
  private final Map<Article, Map<String, Ref>> surnames = new java.util.WeakHashMap<>();

  private Optional<Ref> surname(ArticleContext a, Token tok) {
    String w = tok.text();
    if (w.length() < 3 || !Character.isUpperCase(w.charAt(0)) || a.text().startsWith("'s", tok.end())
        || a.text().startsWith("\u2019s", tok.end())) {
      return Optional.empty();
    }
    Map<String, Ref> map = surnames.computeIfAbsent(a.article(), x -> {
      Map<String, Ref> out = new HashMap<>();
      Set<String> ambiguous = new HashSet<>();
      for (Mention m : a.mentions()) {
        String[] parts = m.text().trim().split("\\s+");
        if (m.type() != EntityType.PERSON || parts.length < 2) {
          continue;
        }
        String key = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        Ref old = out.putIfAbsent(key, m.entity());
        if (old != null && !old.equals(m.entity())) {
          ambiguous.add(key);
        }
      }
      ambiguous.forEach(out::remove);
      return out;
    });
    return Optional.ofNullable(map.get(w.toLowerCase(Locale.ROOT)));
  }

  private static boolean possessive(ArticleContext a, Mention m) {
    String text = a.text();
    return m.end() < text.length() && (text.charAt(m.end()) == '\'' || text.charAt(m.end()) == '\u2019');
  }

  /** Whether a sentence opens on a subject pronoun (its subject is the one of the sentence before). */
  private static boolean opensWithPronoun(ArticleContext a, Sentence s) {
    for (Token t : s.tokens()) {
      String w = t.text().toLowerCase(Locale.ROOT);
      if (Character.isLetter(w.charAt(0))) {
        return w.equals("he") || w.equals("she");
      }
    }
    return false;
  }

  /** he/she: the first person named outside quotations in the nearest sentence before this one. */
  /** The speaker of the last quotation attributed in this article, and its paragraph (per article). */

  /**
   * he/she as a speaker: the person the sentence before opens on (its subject), else the speaker of
   * the quotation just before (within two paragraphs: a speaker quoted at length), else the first
   * person named in the nearest sentence before.
   */
  private Optional<Ref> pronounSpeaker(ArticleContext a, Sentence s, String pronoun) {
    if (pronoun.equals("i") || pronoun.equals("we") || pronoun.equals("they")) {
      return Optional.empty();
    }
    for (int k = s.index() - 1; k >= 0 && k >= s.index() - 2; k--) {
      Sentence prev = a.sentences().get(k);
      String first = firstWordOutsideQuotes(a, prev);
      if (first == null) {
        continue; // a sentence wholly inside a quotation: look further back
      }
      for (Mention m : a.mentionsIn(k)) {
        if (m.type() != EntityType.PERSON || insideQuotes(a.text(), prev, m) || !fits(a, m.entity(), pronoun)
            || possessive(a, m)) {
          continue; // "X's son, Y, said ...": the son is the subject, not X
        }
        boolean subject = true; // no verb before the first person named: it is the sentence's subject
        for (int i = 0; i < m.startToken(); i++) {
          String pos = prev.tokens().get(i).pos();
          subject &= !pos.equals("VERB") && !pos.equals("AUX");
        }
        if (subject) {
          return Optional.of(m.entity()); // "Veteran prosecutor Ana Ruiz spoke. \u201c...\u201d she said."
        }
        break;
      }
      break;
    }
    Optional<Ref> near = pronoun(a, s, pronoun);
    if (lastSpeaker != null && currentBlock - lastSpeakerBlock <= 2 && fits(a, lastSpeaker, pronoun)) {
      if (near.isPresent() && sexKnown(a, near.get()) && !sexKnown(a, lastSpeaker)) {
        return near; // "she" names the woman just mentioned rather than a speaker of unknown sex
      }
      return Optional.of(lastSpeaker);
    }
    return near;
  }

  /** The first word of a sentence outside quotation marks, or null when it is all quoted. */
  private static String firstWordOutsideQuotes(ArticleContext a, Sentence s) {
    boolean in = false;
    String text = a.text();
    for (int i = s.start(); i < s.end(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\u201c' || c == '\u201d') {
        in = c == '"' ? !in : c == '\u201c';
        continue;
      }
      if (!in && Character.isLetter(c)) {
        int j = i;
        while (j < s.end() && Character.isLetter(text.charAt(j))) {
          j++;
        }
        return text.substring(i, j);
      }
    }
    return null;
  }

  private static Optional<Ref> pronoun(ArticleContext a, Sentence s, String pronoun) {
    if (pronoun.equals("i") || pronoun.equals("we") || pronoun.equals("they")) {
      return Optional.empty();
    }
    int reach = 4;
    for (int k = s.index() - 1; k >= 0 && k >= s.index() - reach; k--) {
      Sentence prev = a.sentences().get(k);
      if (opensWithPronoun(a, prev) && reach < 8) {
        reach++; // "She frequently attends ...": the subject goes on from further back
        continue;
      }
      for (Mention m : a.mentionsIn(k)) {
        if (m.type() == EntityType.PERSON && !insideQuotes(a.text(), prev, m) && fits(a, m.entity(), pronoun)) {
          return Optional.of(m.entity());
        }
      }
    }
    return Optional.empty();
  }

  /** Whether he/she may mean this person, by the sex of the first name of its fullest name. */
  private static boolean fits(ArticleContext a, Ref person, String pronoun) {
    return org.newsgraph.nlp.FirstNameSex.fits(fullestName(a, person), pronoun);
  }

  private static boolean sexKnown(ArticleContext a, Ref person) {
    return org.newsgraph.nlp.FirstNameSex.of(fullestName(a, person)).isPresent();
  }

  private static String fullestName(ArticleContext a, Ref person) {
    String label = a.labelOf(person).orElse("");
    for (Mention m : a.mentions()) {
      if (m.entity().equals(person) && m.text().length() > label.length()) {
        label = m.text();
      }
    }
    return label;
  }

  /** Whether a mention lies between quote marks in its sentence's paragraph (counting marks before it). */
  private static boolean insideQuotes(String text, Sentence s, Mention m) {
    int opens = 0;
    for (int i = s.start(); i < m.start(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\u201c' || c == '\u201d') {
        opens++;
      }
    }
    return opens % 2 == 1;
  }
}
