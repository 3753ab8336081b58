package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.newsgraph.corpus.Article;
import org.newsgraph.corpus.Block;

/**
 * Sentences, tokens, UD parts of speech and lemmas for an article, paragraph by paragraph (the
 * sentence model does not split on newlines). Not thread-safe: one per thread.
 */
public final class Annotator {
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){2,}");

  private final SentenceDetectorME sentences;
  private final CachingTokenizer tokenizer;
  private final PosTagger tagger;
  private final CachingLemmatizer lemmatizer;

  public Annotator(NlpModels models) {
    this.sentences = new SentenceDetectorME(models.sentence);
    this.tokenizer = new CachingTokenizer(models.tokens, models.tokenCache);
    this.tagger = new PosTagger(models.pos);
    this.lemmatizer = new CachingLemmatizer(models.lemmas, models.lemmaCache);
  }

  public static Annotator standard() {
    return new Annotator(NlpModels.get());
  }

  /**
   * The most tokens a sentence is tagged as one: a longer one (a list, or text without
   * punctuation) is cut into pieces of at most this many, so that tagging, name finding and the
   * rules that work sentence by sentence do work in proportion to the text, not to the square of
   * a sentence's length. Real news sentences stay far below it (at most 200 tokens in 32,000
   * sentences of news), so they are never cut.
   */
  public static final int MAX_SENTENCE_TOKENS = 250;

  public List<Sentence> annotate(Article article) {
    List<Sentence> out = new ArrayList<>();
    List<Block> blocks = article.blocks();
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      for (Span s : mergeFalseSplits(block.text(), sentences.sentPosDetect(block.text()))) {
        int start = block.start() + s.getStart();
        int end = block.start() + s.getEnd();
        String text = article.text().substring(start, end);
        for (Span piece : pieces(text)) {
          Budget.check();
          out.add(sentence(out.size(), b, text.substring(piece.getStart(), piece.getEnd()), start + piece.getStart()));
        }
      }
    }
    return out;
  }

  /**
   * A sentence's text as pieces of at most {@link #MAX_SENTENCE_TOKENS} tokens (the whole text
   * when it has no more), each cut after the last punctuation token of the second half of its
   * window, else at the window's end.
   */
  List<Span> pieces(String text) {
    Span[] tokens = joinAbbreviations(text, tokenizer.tokenizePos(text));
    if (tokens.length <= MAX_SENTENCE_TOKENS) {
      return List.of(new Span(0, text.length()));
    }
    List<Span> out = new ArrayList<>();
    int from = 0;
    while (from < tokens.length) {
      int to = Math.min(tokens.length, from + MAX_SENTENCE_TOKENS);
      if (to < tokens.length) {
        for (int k = to - 1; k > from + MAX_SENTENCE_TOKENS / 2; k--) {
          if (PUNCTUATION.matcher(tokens[k].getCoveredText(text)).matches()) {
            to = k + 1;
            break;
          }
        }
      }
      out.add(new Span(tokens[from].getStart(), tokens[to - 1].getEnd()));
      from = to;
    }
    return out;
  }

  private static final Pattern PUNCTUATION = Pattern.compile("[,;:\\u2013\\u2014)\\]]|--");

  /** Annotates one piece of text as a single sentence starting at {@code offset}. */
  public Sentence sentence(int index, int block, String text, int offset) {
    Span[] spans = joinAbbreviations(text, tokenizer.tokenizePos(text));
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = spans[i].getCoveredText(text).toString();
    }
    List<Token> tokens = tag(words, spans, offset);
    return new Sentence(index, block, text, offset, offset + text.length(), tokens);
  }

  /**
   * Tags pre-tokenised words (e.g. a CoNLL sentence). Offsets are those of the words joined with
   * single spaces.
   */
  public Sentence sentenceOfTokens(List<String> words) {
    String[] w = words.toArray(new String[0]);
    Span[] spans = new Span[w.length];
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      spans[i] = new Span(sb.length(), sb.length() + w[i].length());
      sb.append(w[i]);
    }
    return new Sentence(0, 0, sb.toString(), 0, sb.length(), tag(w, spans, 0));
  }

  private List<Token> tag(String[] words, Span[] spans, int offset) {
    String[] tags = tagger.tag(words);
    String[] lemmas = lemmatizer.lemmatize(words, tags);
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      String lemma = "PROPN".equals(tags[i]) || "O".equals(lemmas[i]) ? words[i] : lemmas[i];
      tokens.add(new Token(words[i], offset + spans[i].getStart(), offset + spans[i].getEnd(), tags[i], lemma));
    }
    return tokens;
  }

  /**
   * Title abbreviations that stand before a name ("Rep.", "Sen.", "Del.", "Gov.", "Dr." of
   * titles.tsv): the sentence model takes their period for a sentence end ("said Rep. | Ana Ruiz").
   */
  private static final java.util.Set<String> TITLE_ABBREVIATIONS = titleAbbreviations();

  private static java.util.Set<String> titleAbbreviations() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (Lexicons.Title t : Lexicons.get().titles()) {
      String last = t.words().get(t.words().size() - 1);
      if (t.beforePerson() && last.endsWith(".") && !INITIALS.matcher(last.toUpperCase(java.util.Locale.ROOT)).matches()) {
        out.add(last.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return java.util.Set.copyOf(out);
  }

  private static final Pattern INITIALS_WITHOUT_LAST_DOT = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}");

  /**
   * Gives a title abbreviation ("Rep", ".") or initials ("G.K", ".") back the period the
   * tokenizer split off, as one token: "Rep." is a title before a name, not a word and a sentence
   * end. Initials keep a sentence-final period as its own token.
   */
  static Span[] joinAbbreviations(String text, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      Span s = spans[i];
      if (i + 1 < spans.length && spans[i + 1].getStart() == s.getEnd() && text.charAt(s.getEnd()) == '.'
          && spans[i + 1].length() == 1) {
        String w = s.getCoveredText(text).toString();
        boolean title = TITLE_ABBREVIATIONS.contains(w.toLowerCase(java.util.Locale.ROOT) + ".");
        boolean initials = INITIALS_WITHOUT_LAST_DOT.matcher(w).matches() && i + 2 < spans.length;
        if (title || initials) {
          out.add(new Span(s.getStart(), spans[i + 1].getEnd()));
          i++;
          continue;
        }
      }
      out.add(s);
    }
    return out.size() == spans.length ? spans : out.toArray(new Span[0]);
  }

  private static boolean isTitleAbbreviation(String word) {
    return TITLE_ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT).replaceFirst("^[(\"\u201c]+", ""));
  }

  /**
   * Rejoins splits after initials such as "L.A." when the next part starts in lower case, and
   * after a title abbreviation, or a title and initials ("Rep. G.K."), when the next part starts
   * with a capital (the name it titles).
   */
  static List<Span> mergeFalseSplits(String text, Span[] spans) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (!out.isEmpty()) {
        Span prev = out.get(out.size() - 1);
        String p = text.substring(prev.getStart(), prev.getEnd());
        String[] words = p.split("\\s+");
        String last = words[words.length - 1];
        char first = text.charAt(s.getStart());
        String beforeLast = words.length > 1 ? words[words.length - 2] : "";
        boolean title = (isTitleAbbreviation(last) || INITIALS.matcher(last).matches() && isTitleAbbreviation(beforeLast))
            && Character.isUpperCase(first);
        if (INITIALS.matcher(last).matches() && Character.isLowerCase(first) || title) {
          out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }
}
