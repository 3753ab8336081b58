package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.ner.ModelNameFinder;
import org.newsgraph.nlp.ner.NerTrainer;

/** The selecting beam search gives OpenNLP's own names and probabilities. */
class SelectingBeamSearchTest {
  /** Every sentence of the bundled articles, tokenized, one list per article. */
  private static List<List<String[]>> articles() throws Exception {
    NlpModels m = NlpModels.get();
    SentenceDetectorME sentences = new SentenceDetectorME(m.sentence);
    TokenizerME tokenizer = new TokenizerME(m.tokens);
    List<List<String[]>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("newsgraph.repo", "."), "data", "articles"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        List<String[]> doc = new ArrayList<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          for (String s : sentences.sentDetect(line)) {
            doc.add(tokenizer.tokenize(s));
          }
        }
        out.add(doc);
      }
    }
    return out;
  }

  @Test
  void sameNamesAndProbabilitiesAsNameFinderMe() throws Exception {
    NerTrainer.registerFeatureGenerators();
    TokenNameFinderModel plain;
    TokenNameFinderModel selecting;
    try (InputStream a = open(); InputStream b = open()) {
      plain = new TokenNameFinderModel(a);
      selecting = ModelNameFinder.read(b);
    }
    assertTrue(selecting.getNameFinderSequenceModel() instanceof SelectingBeamSearch);
    NameFinderME reference = new NameFinderME(plain);
    NameFinderME finder = new NameFinderME(selecting);
    int names = 0;
    for (List<String[]> doc : articles()) {
      reference.clearAdaptiveData();
      finder.clearAdaptiveData();
      for (String[] s : doc) {
        Span[] want = reference.find(s);
        Span[] got = finder.find(s);
        assertArrayEquals(want, got, String.join(" ", s));
        assertArrayEquals(reference.probs(want), finder.probs(got), String.join(" ", s));
        names += want.length;
      }
    }
    assertTrue(names > 200, "enough names to compare: " + names);
  }

  private static InputStream open() {
    InputStream in = ModelNameFinder.class.getResourceAsStream(ModelNameFinder.MODEL_RESOURCE);
    assertTrue(in != null, "the committed name model is on the classpath");
    return in;
  }
}
