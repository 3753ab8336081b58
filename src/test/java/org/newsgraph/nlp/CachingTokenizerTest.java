package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The cached tokenizer gives OpenNLP's own token spans, cold or warm, on one thread or several. */
class CachingTokenizerTest {
  private static final List<String> TRICKY = List.of(
      "", " ", "a", "  two  spaces\tand a tab ", "He said: \"No.\" Then left.", "U.S. Sen. Ana Ruiz's (D-Calif.) bill",
      "e-mail, co-op, 1,200.50 $5 5% 10:30 a.m. p.m. etc.", "“Curly quotes” — dashes… and 'single' ones",
      "Trump's, Trumps' it's don't can't won't", "http://example.org/a?b=c&d=e #tag @user",
      "line one\nline two\r\nline three", "non\u00A0breaking\u2009thin", "Ünïcödé naïve café", "(((nested)))!!!?");

  @Test
  void sameSpansAsTokenizerMeOnTheBundledArticlesAndTrickyText() throws Exception {
    NlpModels m = NlpModels.get();
    TokenizerME reference = new TokenizerME(m.tokens);
    CachingTokenizer.Cache cache = new CachingTokenizer.Cache();
    CachingTokenizer cached = new CachingTokenizer(m.tokens, cache);
    List<String> text = texts();
    int tokens = 0;
    for (int round = 0; round < 2; round++) { // the second round runs on a warm cache
      for (String s : text) {
        Span[] want = reference.tokenizePos(s);
        assertArrayEquals(want, cached.tokenizePos(s), s);
        tokens += want.length;
      }
    }
    assertTrue(tokens > 10000, "enough text to compare: " + tokens + " tokens");
    assertTrue(cache.size() > 100, "pieces that need the model are cached: " + cache.size());
  }

  @Test
  void threadsSharingOneCacheGetTheSameSpans() throws Exception {
    NlpModels m = NlpModels.get();
    List<String> text = texts();
    List<Span[]> want = new ArrayList<>();
    TokenizerME reference = new TokenizerME(m.tokens);
    for (String s : text) {
      want.add(reference.tokenizePos(s));
    }
    CachingTokenizer.Cache cache = new CachingTokenizer.Cache();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Span[]>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> {
          CachingTokenizer own = new CachingTokenizer(m.tokens, cache);
          List<Span[]> got = new ArrayList<>();
          for (String s : text) {
            got.add(own.tokenizePos(s));
          }
          return got;
        }));
      }
      for (Future<List<Span[]>> run : runs) {
        List<Span[]> got = run.get();
        assertEquals(want.size(), got.size());
        for (int i = 0; i < want.size(); i++) {
          assertArrayEquals(want.get(i), got.get(i), text.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> texts() throws Exception {
    List<String> text = new ArrayList<>(TRICKY);
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("newsgraph.repo", "."), "data", "articles"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        text.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    return text;
  }
}
