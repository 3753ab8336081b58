package org.newsgraph.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;

class TableRulesTest {
  private final TableRules rules = new TableRules(NerLexicon.standard());

  private static List<String> found(Sentence s, List<NameSpan> spans) {
    return spans.stream()
        .map(n -> n.type() + ":" + String.join(" ", s.tokens().subList(n.start(), n.end()).stream().map(t -> t.text()).toList()))
        .sorted()
        .toList();
  }

  @Test
  void resultLineGivesTwoTeamsAndScorers() {
    Sentence s =
        Sentences.of("Harbourside/PROPN 2/NUM (/PUNCT Lemaire/PROPN 34/NUM ,/PUNCT Okoro/PROPN 71/NUM )/PUNCT Millbrook/PROPN Athletic/PROPN 1/NUM");
    assertEquals(
        List.of("ORGANIZATION:Harbourside", "ORGANIZATION:Millbrook Athletic", "PERSON:Lemaire", "PERSON:Okoro"),
        found(s, rules.find(s)));
  }

  @Test
  void standingsRowGivesATeam() {
    Sentence s = Sentences.of("MILLBROOK/PROPN 72/NUM 58/NUM .554/NUM -/PUNCT");
    assertEquals(List.of("ORGANIZATION:MILLBROOK"), found(s, rules.find(s)));
  }

  @Test
  void rankedLineGivesAPerson() {
    Sentence s = Sentences.of("3./NUM Anna/PROPN Lindqvist/PROPN (/PUNCT Norway/PROPN )/PUNCT 1:18.32/NUM");
    assertEquals(List.of("PERSON:Anna Lindqvist"), found(s, rules.find(s)));
  }

  @Test
  void proseIsLeftAlone() {
    Sentence s = Sentences.of("Anna/PROPN Lindqvist/PROPN won/VERB 3/NUM races/NOUN in/ADP Norway/PROPN ./PUNCT");
    assertEquals(List.of(), rules.find(s));
  }
}
