package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.coref.GumDocument;
import org.newsgraph.extract.coref.GumFixtures;

/** The real pipeline on a GUM-shaped invented document: "She" is judged against GUM's entity. */
class CorefEvaluationTest {
  @Test
  void aPronounIsRightWhenGumPutsItInItsAntecedentsEntity() throws Exception {
    List<String> problems = new ArrayList<>();
    CorefEvaluation.Report same = CorefEvaluation.run(List.of(GumDocument.read("same", GumFixtures.lines(1))), problems);
    assertEquals(1, same.pronounsJudged(), same.toString() + problems);
    assertEquals(1, same.pronounsRight(), same.toString());
    CorefEvaluation.Report other = CorefEvaluation.run(List.of(GumDocument.read("other", GumFixtures.lines(3))), problems);
    assertEquals(1, other.pronounsJudged(), other.toString());
    assertEquals(0, other.pronounsRight(), other.toString());
  }
}
