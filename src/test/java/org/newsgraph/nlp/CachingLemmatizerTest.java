package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.syntax.SyntaxModels;
import org.newsgraph.nlp.syntax.Tagger;

/** The cached beam search gives OpenNLP's own lemmas, sentence by sentence, warm or cold. */
class CachingLemmatizerTest {
  @Test
  void sameLemmasAsLemmatizerMeOnTheBundledArticles() throws Exception {
    NlpModels m = NlpModels.get();
    SentenceDetectorME sentences = new SentenceDetectorME(m.sentence);
    TokenizerME tokenizer = new TokenizerME(m.tokens);
    Tagger tagger = new Tagger(SyntaxModels.standard().tagger());
    LemmatizerME reference = new LemmatizerME(m.lemmas);
    CachingLemmatizer cached = new CachingLemmatizer(m.lemmas);
    assertTrue(cached.cached(), "the UD lemma model is a maxent model with the default context generator");
    List<String> text = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("newsgraph.repo", "."), "data", "articles"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          text.addAll(List.of(sentences.sentDetect(line)));
        }
      }
    }
    int tokens = 0;
    for (int round = 0; round < 2; round++) { // the second round runs on a warm cache
      for (String s : text) {
        String[] words = tokenizer.tokenize(s);
        String[] tags = tagger.tag(words);
        assertArrayEquals(reference.lemmatize(words, tags), cached.lemmatize(words, tags), s);
        tokens += words.length;
      }
    }
    assertTrue(tokens > 5000, "enough text to compare: " + tokens + " tokens");
  }

  @Test
  void kthLargestIsWhatTheSortedArrayGives() {
    java.util.Random random = new java.util.Random(11);
    double[] special = {0.0, -0.0, Double.NaN, 1.0, 1.0, Double.NEGATIVE_INFINITY, 0.5};
    for (int run = 0; run < 2000; run++) {
      double[] v = new double[1 + random.nextInt(40)];
      for (int i = 0; i < v.length; i++) {
        v[i] = random.nextInt(4) == 0 ? special[random.nextInt(special.length)] : random.nextInt(5) / 4.0;
      }
      double[] sorted = v.clone();
      java.util.Arrays.sort(sorted);
      for (int k = 1; k <= Math.min(5, v.length); k++) {
        assertEquals(Double.valueOf(sorted[v.length - k]), Double.valueOf(CachingLemmatizer.kthLargest(v, k)),
            java.util.Arrays.toString(v) + " k=" + k);
      }
    }
  }
}
