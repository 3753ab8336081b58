package org.newsgraph.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameFinder;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;

/** The committed model, loaded from the classpath as build loads it. */
class ModelNameFinderTest {
  private static final Sentence PLAIN =
      Sentences.of(
          "Maria/PROPN Pendleton/PROPN said/VERB on/ADP Tuesday/PROPN that/SCONJ she/PRON"
              + " would/AUX run/VERB again/ADV ./PUNCT");

  @Test
  void committedModelFindsAPersonInAPlainSentence() {
    List<NameSpan> found = ModelNameFinder.standard().find(PLAIN);
    assertTrue(
        found.stream().anyMatch(n -> n.start() == 0 && n.end() == 2 && n.type() == EntityType.PERSON),
        found.toString());
  }

  @Test
  void standardFinderFindsPersonOrganisationAndPlace() {
    NameFinder f = NameFinders.standard();
    Sentence s =
        Sentences.of(
            "Sheriff/PROPN Maria/PROPN Pendleton/PROPN of/ADP the/DET Harlow/PROPN County/PROPN"
                + " Sheriff/PROPN 's/PART Department/PROPN spoke/VERB in/ADP Denver/PROPN ./PUNCT");
    List<NameSpan> found = f.find(s);
    assertTrue(found.stream().anyMatch(n -> n.start() == 1 && n.end() == 3 && n.type() == EntityType.PERSON), found.toString());
    assertTrue(found.stream().anyMatch(n -> n.type() == EntityType.ORGANIZATION && n.end() == 10), found.toString());
    assertEquals(EntityType.PLACE, found.get(found.size() - 1).type(), found.toString());
  }
}
