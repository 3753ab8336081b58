package org.newsgraph.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameSpan;

class NerTrainerTest {
  private static List<LabeledSentence> train;
  private static TokenNameFinderModel model;

  @BeforeAll
  static void trainTinyModel() throws Exception {
    train = new ConllReader().read(ConllReaderTest.fixture("tiny-train.conll"));
    model = NerTrainer.train(train, NerTrainer.parameters(30, 1));
  }

  @Test
  void tinyModelFindsAPerson() {
    ModelNameFinder f = new ModelNameFinder(model);
    List<NameSpan> found = f.find("Alice Novak said on Monday .".split(" "));
    assertEquals(1, found.size(), found.toString());
    assertEquals(0, found.get(0).start());
    assertEquals(2, found.get(0).end());
    assertEquals(EntityType.PERSON, found.get(0).type());
  }

  @Test
  void tinyModelFindsAnOrganisationAndAPlace() {
    ModelNameFinder f = new ModelNameFinder(model);
    List<NameSpan> found =
        f.find("Omar Haddad works for the Greystone University in Denver .".split(" "));
    assertTrue(found.contains(new NameSpan(5, 7, EntityType.ORGANIZATION, found.get(1).confidence(), "model")), found.toString());
    assertEquals(EntityType.PLACE, found.get(found.size() - 1).type(), found.toString());
  }

  @Test
  void sameDataSameModel() throws Exception {
    TokenNameFinderModel again = NerTrainer.train(train, NerTrainer.parameters(30, 1));
    ModelNameFinder a = new ModelNameFinder(model);
    ModelNameFinder b = new ModelNameFinder(again);
    List<String> outA = new ArrayList<>();
    List<String> outB = new ArrayList<>();
    for (LabeledSentence s : train) {
      outA.add(a.find(s.tokenArray()).toString());
      outB.add(b.find(s.tokenArray()).toString());
    }
    assertEquals(outA, outB);
  }
}
