package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.newsgraph.corpus.Article;
import org.newsgraph.corpus.Block;
import org.newsgraph.nlp.syntax.Parser;
import org.newsgraph.nlp.syntax.Repairs;
import org.newsgraph.nlp.syntax.SyntaxModels;
import org.newsgraph.nlp.syntax.Tagger;

/**
 * Sentences, tokens (UD words: contractions split, see {@link Contractions}), UD parts of speech,
 * lemmas and dependency trees for an article, paragraph by paragraph (the sentence model does not
 * split on newlines). Not thread-safe: one per thread.
 */
public final class Annotator {
  private final SentenceDetectorME sentences;
  private final CachingTokenizer tokenizer;
  private final Tagger tagger;
  private final CachingLemmatizer lemmatizer;
  private final Parser parser;

  public Annotator(NlpModels models, SyntaxModels syntax) {
    this.sentences = new SentenceDetectorME(models.sentence);
    this.tokenizer = new CachingTokenizer(models.tokens, models.tokenCache);
    this.tagger = new Tagger(syntax.tagger());
    this.lemmatizer = new CachingLemmatizer(models.lemmas, models.lemmaCache);
    this.parser = new Parser(syntax.parser());
  }

  public static Annotator standard() {
    return new Annotator(NlpModels.get(), SyntaxModels.standard());
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
        Span[] tokens = tokenizer.tokenizePos(text);
        for (Span piece : pieces(text, tokens)) {
          Budget.check();
          boolean whole = piece.getStart() == 0 && piece.getEnd() == text.length();
          String pieceText = whole ? text : text.substring(piece.getStart(), piece.getEnd());
          // a sentence of one piece is not tokenized a second time
          out.add(sentence(out.size(), b, pieceText, start + piece.getStart(),
              whole ? tokens : tokenizer.tokenizePos(pieceText)));
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
    return pieces(text, tokenizer.tokenizePos(text));
  }

  /** {@link #pieces(String)} with the text's tokens ({@link CachingTokenizer#tokenizePos}) at hand. */
  private List<Span> pieces(String text, Span[] tokenized) {
    Span[] tokens = joinAbbreviations(text, tokenized);
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
    return sentence(index, block, text, offset, tokenizer.tokenizePos(text));
  }

  /** {@link #sentence(int, int, String, int)} with the text's tokens ({@link CachingTokenizer#tokenizePos}) at hand. */
  private Sentence sentence(int index, int block, String text, int offset, Span[] tokenized) {
    Span[] spans = Contractions.split(text, joinAbbreviations(text, Abbreviations.splitParty(text, tokenized)));
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = spans[i].getCoveredText(text).toString();
    }
    List<Token> tokens = tag(words, spans, offset);
    return new Sentence(index, block, text, offset, offset + text.length(), tokens);
  }

  /**
   * Tags and parses pre-tokenised words (e.g. a CoNLL sentence). Offsets are those of the words
   * joined with single spaces.
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
    Parser.Result tree = parser.parse(words, tags);
    int[] heads = tree.heads().clone();
    String[] labels = tree.labels().clone();
    Repairs.appositions(words, tags, heads, labels);
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      String lemma = "PROPN".equals(tags[i]) || "O".equals(lemmas[i]) ? words[i] : lemmas[i];
      tokens.add(new Token(words[i], offset + spans[i].getStart(), offset + spans[i].getEnd(), tags[i], lemma,
          heads[i], labels[i]));
    }
    return tokens;
  }

  /** See {@link Abbreviations#joinPeriods}. */
  static Span[] joinAbbreviations(String text, Span[] spans) {
    return Abbreviations.joinPeriods(text, spans);
  }

  /** See {@link Abbreviations#mergeFalseSplits}. */
  static List<Span> mergeFalseSplits(String text, Span[] spans) {
    return Abbreviations.mergeFalseSplits(text, spans);
  }
}
