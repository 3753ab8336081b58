package org.newsgraph.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.corpus.Article;
import org.newsgraph.corpus.ArticleMeta;
import org.newsgraph.corpus.Block;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

class ReferentsTest {
  @Test
  void aWordTheNameFinderMissedIsThePersonItFoundUnderThatNameElsewhere() {
    String text = "Okafor met the board on Monday. Okafor said the plan would pass.";
    Article article = new Article("t", "t.txt", text, new ArticleMeta("t.txt", "Test", null, null, null),
        List.of(new Block(0, text.length(), text)), List.of(), "0");
    List<Sentence> s = Annotator.standard().annotate(article);
    Token first = s.get(0).tokens().get(0);
    Ref okafor = new Ref("person", "okafor");
    // only the first "Okafor" was found as a name: a lone word, no first name
    Mention m = new Mention(0, 0, 1, first.start(), first.end(), "Okafor", EntityType.PERSON, okafor);
    ArticleContext a = new ArticleContext(article, s, List.of(m));
    Cues cues = Cues.standard();
    Referents referents = new Referents(cues, new PronounSpeakers(cues));
    assertEquals(Optional.of(okafor), referents.surname(a, s.get(1).tokens().get(0)));
  }
}
