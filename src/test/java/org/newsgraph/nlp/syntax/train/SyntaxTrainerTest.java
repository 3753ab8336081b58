package org.newsgraph.nlp.syntax.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.syntax.Parser;
import org.newsgraph.nlp.syntax.ParserModel;
import org.newsgraph.nlp.syntax.SyntaxModels;
import org.newsgraph.nlp.syntax.Tagger;
import org.newsgraph.nlp.syntax.TaggerModel;
import org.newsgraph.nlp.syntax.TreeAssertions;

/** Trains a tiny tagger and parser on a hand-written treebank (fixtures/syntax/tiny.conllu). */
class SyntaxTrainerTest {
  static final Path TINY = org.newsgraph.TestGraphs.repo().resolve("src/test/resources/fixtures/syntax/tiny.conllu");
  private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream());

  private static List<Conllu.Sentence> tiny() throws IOException {
    return Conllu.read(TINY);
  }

  private static SyntaxModels train(int folds) throws IOException {
    return SyntaxTrainer.train(tiny(), new SyntaxTrainer.Settings(10, 15, folds, 1, 0.0), QUIET);
  }

  @Test
  void readsWordsNotMultiwordTokens() throws IOException {
    List<Conllu.Sentence> s = tiny();
    assertEquals(12, s.size());
    Conllu.Sentence third = s.get(2);
    assertEquals("tiny-3", third.id());
    assertEquals(List.of("did", "n't", "comment"), List.of(third.words()).subList(8, 11));
    assertEquals(-1, third.heads()[10], "the root's head");
    assertEquals(10, third.heads()[0], "Jane's head is 'comment' (0-based)");
    assertEquals("nmod:poss", third.deprels()[4]);
  }

  @Test
  void learnsTheTrainingSentences() throws IOException {
    SyntaxModels m = train(1);
    ParserEvaluation e = ParserEvaluation.of(m, tiny());
    assertTrue(e.upos() >= 95, e.line());
    assertTrue(e.las() >= 90, e.line());
    assertTrue(e.las() <= e.uas() && e.las() <= e.universalLas(), e.line());
    assertTrue(e.line().matches("UPOS \\d+\\.\\d\\d UAS \\d+\\.\\d\\d LAS \\d+\\.\\d\\d tokens/s \\d+"), e.line());
  }

  @Test
  void sameTreebankSameModelBytes() throws IOException {
    SyntaxModels a = train(2);
    SyntaxModels b = train(2);
    assertArrayEquals(bytes(a.tagger()), bytes(b.tagger()));
    assertArrayEquals(bytes(a.parser()), bytes(b.parser()));
  }

  @Test
  void modelsReadBackScoreTheSame() throws IOException {
    SyntaxModels m = train(2);
    TaggerModel tagger = TaggerModel.read(new ByteArrayInputStream(bytes(m.tagger())));
    ParserModel parser = ParserModel.read(new ByteArrayInputStream(bytes(m.parser())));
    assertEquals(m.parser().labels(), parser.labels());
    Tagger t1 = new Tagger(m.tagger());
    Tagger t2 = new Tagger(tagger);
    Parser p1 = new Parser(m.parser());
    Parser p2 = new Parser(parser);
    for (Conllu.Sentence s : tiny()) {
      String[] tags = t1.tag(s.words());
      assertArrayEquals(tags, t2.tag(s.words()));
      Parser.Result r1 = p1.parse(s.words(), tags);
      Parser.Result r2 = p2.parse(s.words(), tags);
      assertArrayEquals(r1.heads(), r2.heads());
      assertArrayEquals(r1.labels(), r2.labels());
    }
  }

  @Test
  void aParseOfUnseenWordsIsOneTree() throws IOException {
    SyntaxModels m = train(1);
    Tagger tagger = new Tagger(m.tagger());
    Parser parser = new Parser(m.parser());
    String[] words = "Nobody expected seven quiet llamas near the old harbour yesterday , or did they ?".split(" ");
    Parser.Result r = parser.parse(words, tagger.tag(words));
    TreeAssertions.assertTree(r);
  }

  private static byte[] bytes(TaggerModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    return out.toByteArray();
  }

  private static byte[] bytes(ParserModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    return out.toByteArray();
  }
}
