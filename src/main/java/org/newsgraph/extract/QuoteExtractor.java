package org.newsgraph.extract;

import org.newsgraph.corpus.LexiconFiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.corpus.Article;
import org.newsgraph.corpus.Block;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Direct quotations and their speakers. A quotation is text between quote marks ({@link
 * QuoteSpans}); one left open at a paragraph's end goes on in the next paragraph that opens with a
 * quote mark. The speaker is read from the words around the quotation in its sentences (its frame):
 *
 * <ul>
 *   <li>a cue verb ({@code data/lexicon/quote-cues.tsv}) with a name right before it ("Gascon
 *       said", "Garcia told CBS") or right after it ("said Desiree Andrade, co-chair of…");
 *   <li>a cue verb with he/she/they: the first person named in the nearest sentence before the
 *       quotation (outside quotations), the usual subject of the story at that point;
 *   <li>"according to X";
 *   <li>no cue at all: the speaker of the quotation just before it in the same or the previous
 *       paragraph (a quotation continued), or a cue in the sentence that introduces it with a colon.
 * </ul>
 *
 * Quotations of fewer than three words (scare quotes) are left out unless a cue names their speaker.
 */
public final class QuoteExtractor implements FactExtractor {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we");
  private final Set<String> verbs = new HashSet<>();
  private final List<List<String>> after = new ArrayList<>();

  public QuoteExtractor(List<String[]> cues) {
    for (String[] c : cues) {
      switch (c[1]) {
        case "verb":
          verbs.add(c[0]);
          break;
        case "after":
          after.add(List.of(c[0].split("\\s+")));
          break;
        default:
          break; // media nouns: used by the statements extractor
      }
    }
  }

  public static QuoteExtractor standard() {
    return new QuoteExtractor(LexiconFiles.tsv("quote-cues.tsv", 2));
  }

  @Override
  public String name() {
    return "quotes";
  }

  /** A quotation found in the text, possibly over several paragraphs. */
  private static final class Quote {
    final List<QuoteSpans.Span> parts = new ArrayList<>();
    Ref speaker;
    String method;
    double confidence;

    int start() {
      return parts.get(0).start();
    }

    int end() {
      return parts.get(parts.size() - 1).end();
    }
  }

  @Override
  public void extract(ArticleContext a, FactSink sink) {
    String text = a.text();
    List<Quote> quotes = new ArrayList<>();
    Quote open = null;
    for (Block b : a.article().blocks()) {
      List<QuoteSpans.Span> spans = QuoteSpans.find(text, b.start(), b.end());
      for (QuoteSpans.Span s : spans) {
        boolean continues = open != null && s.start() == b.start() + 1;
        if (continues) {
          open.parts.add(s);
        } else {
          open = new Quote();
          open.parts.add(s);
          quotes.add(open);
        }
        if (s.closed()) {
          open = null;
        }
      }
      if (spans.isEmpty()) {
        open = null;
      }
    }
    boolean[] inQuote = new boolean[text.length() + 1];
    for (Quote q : quotes) {
      for (QuoteSpans.Span s : q.parts) {
        for (int i = Math.max(0, s.start() - 1); i < Math.min(text.length(), s.end() + 1); i++) {
          inQuote[i] = true;
        }
      }
    }
    Quote previous = null;
    lastSpeaker = null;
    lastSpeakerBlock = -10;
    int previousBlock = -10;
    for (Quote q : quotes) {
      int block = blockOf(a, q.start());
      currentBlock = block;
      attribute(a, q, inQuote);
      if (q.speaker == null && previous != null && previous.speaker != null && block - previousBlock <= 1
          && frameIsEmpty(a, q, inQuote)) {
        q.speaker = previous.speaker;
        q.method = "continues-previous-quote";
        q.confidence = 0.6;
      }
      if (q.speaker != null) {
        emit(a, sink, q);
        previous = q;
        lastSpeaker = q.speaker;
        lastSpeakerBlock = blockOf(a, q.end());
        previousBlock = blockOf(a, q.end());
      } else if (words(text.substring(q.start(), q.end())) >= 3) {
        previous = null;
      }
    }
  }

  private static int blockOf(ArticleContext a, int offset) {
    List<Block> bs = a.article().blocks();
    for (int i = 0; i < bs.size(); i++) {
      if (bs.get(i).start() <= offset && offset <= bs.get(i).end()) {
        return i;
      }
    }
    return -1;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** Sentences that overlap the quotation's first and last part. */
  private static List<Sentence> frameSentences(ArticleContext a, Quote q) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      boolean touchesStart = s.start() <= q.start() + 1 && q.start() - 1 <= s.end();
      // + 3: the closing mark and a space ("...do?\u201d asked X" split after the mark)
      boolean touchesEnd = (s.start() <= q.end() + 1
          || s.start() <= q.end() + 3 && a.text().substring(q.end(), s.start()).indexOf('\n') < 0)
          && q.end() - 1 <= s.end();
      boolean touchesFirst = s.end() >= q.parts.get(0).start() - 1 && s.start() <= q.parts.get(0).end() + 1;
      boolean touchesLast = s.end() >= q.parts.get(q.parts.size() - 1).start() - 1
          && s.start() <= q.end() + 1;
      if (touchesStart || touchesEnd || (q.parts.size() == 1 && touchesFirst) || touchesLast) {
        out.add(s);
      }
    }
    return out;
  }

  private boolean frameIsEmpty(ArticleContext a, Quote q, boolean[] inQuote) {
    for (Sentence s : frameSentences(a, q)) {
      for (Token t : s.tokens()) {
        if (!inQuote[t.start()] && Character.isLetter(t.text().charAt(0))) {
          return false;
        }
      }
    }
    return true;
  }

  private void attribute(ArticleContext a, Quote q, boolean[] inQuote) {
    Optional<Ref> signed = signature(a, q);
    if (signed.isPresent()) {
      q.speaker = signed.get();
      q.method = "signature";
      q.confidence = 0.8;
      return;
    }
    for (Sentence s : frameSentences(a, q)) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        if (inQuote[t.get(i).start()]) {
          continue;
        }
        String w = t.get(i).text().toLowerCase(Locale.ROOT);
        if (verbs.contains(w)) {
          Optional<Ref> who = subjectOfCue(a, s, i, inQuote);
          if (who.isPresent()) {
            q.speaker = who.get();
            q.method = "cue:" + w;
            q.confidence = 0.85;
            return;
          }
        }
        for (List<String> phrase : after) {
          if (matches(t, i, phrase)) {
            Optional<Mention> m = firstMentionFrom(a, s, i + phrase.size(), 3, inQuote);
            if (m.isPresent()) {
              q.speaker = m.get().entity();
              q.method = "cue:" + String.join(" ", phrase);
              q.confidence = 0.8;
              return;
            }
          }
        }
      }
    }
  }

  /**
   * A quotation signed with a dash after its closing mark ("\u201c...\u201d \u2015 Ana Ruiz"), as in
   * pull quotes and reader collections: the name right after the dash.
   */
  private static Optional<Ref> signature(ArticleContext a, Quote q) {
    String text = a.text();
    int i = q.end();
    while (i < text.length() && (text.charAt(i) == '\u201d' || text.charAt(i) == '"' || text.charAt(i) == ' ')) {
      i++;
    }
    if (i >= text.length() || "\u2015\u2014".indexOf(text.charAt(i)) < 0 || i - q.end() > 3) {
      return Optional.empty();
    }
    for (Mention m : a.mentions()) {
      if (m.start() > i && m.start() <= i + 3 && m.type() == EntityType.PERSON) {
        return Optional.of(m.entity());
      }
    }
    return Optional.empty();
  }

  private static boolean matches(List<Token> t, int i, List<String> phrase) {
    if (i + phrase.size() > t.size()) {
      return false;
    }
    for (int k = 0; k < phrase.size(); k++) {
      if (!t.get(i + k).text().toLowerCase(Locale.ROOT).equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The speaker a cue verb points to: a name just before it, a pronoun, or a name just after. */
  private Optional<Ref> subjectOfCue(ArticleContext a, Sentence s, int cue, boolean[] inQuote) {
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
      if (subj.isPresent() && subj.get().type() == EntityType.PERSON) {
        return Optional.of(subj.get().entity());
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
  private Optional<Mention> firstMentionFrom(ArticleContext a, Sentence s, int from, int window, boolean[] inQuote) {
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
  private Ref lastSpeaker;
  private int lastSpeakerBlock = -10;
  private int currentBlock = -10;

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
        if (m.type() != EntityType.PERSON || insideQuotes(a.text(), prev, m) || !fits(a, m.entity(), pronoun)) {
          continue;
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

  private void emit(ArticleContext a, FactSink sink, Quote q) {
    String text = a.text();
    StringBuilder sb = new StringBuilder();
    for (QuoteSpans.Span s : q.parts) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(text, s.start(), s.end());
    }
    String quoted = sb.toString().strip().replaceAll("[,\\s]+$", "");
    Ref ref = new Ref("quotation", a.article().slug() + "-" + q.start());
    String[] w = quoted.split("\\s+");
    String label = w.length <= 10 ? quoted : String.join(" ", java.util.Arrays.asList(w).subList(0, 10)) + " \u2026";
    sink.node(ref, List.of("Quotation"), label, List.of());
    Sentence first = sentenceAt(a, q.start());
    String evidenceText = text.substring(Math.min(first.start(), q.start()), Math.max(sentenceAt(a, q.end()).end(), q.end()));
    Evidence ev = new Evidence(evidenceText, q.start(), q.end(), q.confidence, name() + ":" + q.method);
    sink.fact(ref, "text", Literal.string(quoted), ev);
    sink.fact(ref, "speaker", q.speaker, ev);
    sink.fact(ref, "mentionedIn", new Ref("article", a.article().slug()), ev);
  }

  private static Sentence sentenceAt(ArticleContext a, int offset) {
    Sentence best = a.sentences().get(0);
    for (Sentence s : a.sentences()) {
      if (s.start() <= offset) {
        best = s;
      }
    }
    return best;
  }
}
