package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's statistical tokenizer ({@link TokenizerME}) with the same output, faster. TokenizerME
 * splits the text at white space, then asks its model where to split each piece, and that answer
 * depends only on the piece itself (its characters and the model's abbreviation list). News repeats
 * pieces all the time ("said,", "Roe's", "U.S."), so the splits of each piece are computed once
 * and shared by every tokenizer of the same {@link Cache}. Not thread-safe itself (TokenizerME is
 * not): one per thread, sharing the cache.
 */
public final class CachingTokenizer {
  /** Pieces cached before the cache is emptied (it only saves work; clearing never changes output). */
  private static final int MAX_ENTRIES = 200_000;

  /** The splits of white-space pieces, offsets relative to the piece; safe to share between threads. */
  public static final class Cache {
    private final Map<String, int[]> splits = new ConcurrentHashMap<>();

    int size() {
      return splits.size();
    }
  }

  private final TokenizerME tokenizer;
  private final Cache cache;

  /** A tokenizer with a cache of its own. */
  public CachingTokenizer(TokenizerModel model) {
    this(model, new Cache());
  }

  /** A tokenizer sharing {@code cache} with others built on the same model. */
  public CachingTokenizer(TokenizerModel model, Cache cache) {
    this.tokenizer = new TokenizerME(model);
    this.cache = cache;
  }

  /** The token spans of {@code text}, as {@link TokenizerME#tokenizePos(String)} gives them. */
  public Span[] tokenizePos(String text) {
    List<Span> out = new ArrayList<>();
    WhitespaceTokenizer pieces = WhitespaceTokenizer.INSTANCE;
    pieces.setKeepNewLines(false); // as TokenizerME sets it before each use (its default)
    for (Span piece : pieces.tokenizePos(text)) {
      int start = piece.getStart();
      if (piece.length() < 2) { // TokenizerME never splits a single character
        out.add(piece);
        continue;
      }
      int[] splits = splits(text.substring(start, piece.getEnd()));
      for (int i = 0; i < splits.length; i += 2) {
        out.add(new Span(start + splits[i], start + splits[i + 1]));
      }
    }
    return out.toArray(new Span[0]);
  }

  /** The token offsets of one white-space piece, as start, end pairs. */
  private int[] splits(String piece) {
    int[] known = cache.splits.get(piece);
    if (known != null) {
      return known;
    }
    Span[] spans = tokenizer.tokenizePos(piece); // the piece alone: one white-space piece, same splits
    int[] s = new int[spans.length * 2];
    for (int i = 0; i < spans.length; i++) {
      s[2 * i] = spans[i].getStart();
      s[2 * i + 1] = spans[i].getEnd();
    }
    if (cache.splits.size() >= MAX_ENTRIES) {
      cache.splits.clear();
    }
    cache.splits.put(piece, s);
    return s;
  }
}
