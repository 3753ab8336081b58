package org.newsgraph.nlp.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed tagger and parser on sentences written for this test. */
class ParserTest {
  private static final SyntaxModels MODELS = SyntaxModels.standard();

  private static Parser.Result parse(String sentence) {
    String[] words = sentence.split(" ");
    return new Parser(MODELS.parser()).parse(words, new Tagger(MODELS.tagger()).tag(words));
  }

  private static int index(String sentence, String word) {
    return List.of(sentence.split(" ")).indexOf(word);
  }

  /** The relation of {@code word} and the word it depends on ("ROOT" for the root). */
  private static String arc(String sentence, String word) {
    Parser.Result r = parse(sentence);
    int i = index(sentence, word);
    int h = r.heads()[i];
    return r.labels()[i] + " " + (h < 0 ? "ROOT" : sentence.split(" ")[h]);
  }

  @Test
  void passiveSubjectAndAgent() {
    String s = "The new budget was approved by the county board on Tuesday .";
    assertEquals("nsubj:pass approved", arc(s, "budget"));
    assertEquals("obl:agent approved", arc(s, "board"));
    assertEquals("root ROOT", arc(s, "approved"));
  }

  @Test
  void possessiveAndApposition() {
    String s = "Maria Lopez , the city 's chief prosecutor , filed the charges .";
    assertEquals("nsubj filed", arc(s, "Maria"));
    assertEquals("appos Maria", arc(s, "prosecutor"));
    assertEquals("nmod:poss prosecutor", arc(s, "city"));
    assertEquals("obj filed", arc(s, "charges"));
  }

  @Test
  void clausalComplementsAndContractions() {
    String s = "He said he did n't want to run again .";
    assertEquals("ccomp said", arc(s, "want"));
    assertEquals("xcomp want", arc(s, "run"));
    assertEquals("PART", new Tagger(MODELS.tagger()).tag(s.split(" "))[index(s, "n't")]);
  }

  private static final String[] VOCABULARY = {"the", "sheriff", "said", ",", "and", "of", "'s", "n't", "Smith", "will",
      "run", "in", "2024", "\u201c", ".", "who", "not", "quickly", "very", "office", "to", "be", "(", ")", "-", "x"};

  @Test
  void everyParseOfRandomWordsIsOneTree() {
    java.util.Random random = new java.util.Random(16);
    Tagger tagger = new Tagger(MODELS.tagger());
    Parser parser = new Parser(MODELS.parser());
    for (int run = 0; run < 300; run++) {
      String[] w = new String[random.nextInt(41)];
      for (int i = 0; i < w.length; i++) {
        w[i] = VOCABULARY[random.nextInt(VOCABULARY.length)];
      }
      TreeAssertions.assertTree(parser.parse(w, tagger.tag(w)));
    }
  }
}
