package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.corpus.Article;
import org.newsgraph.corpus.ArticleMeta;
import org.newsgraph.corpus.Block;

/** Annotated articles come back from the spill as they went in, trees included. */
class AnnotationSpillTest {
  private static Article article(String name, String text) {
    return new Article(name, name + ".txt", text, new ArticleMeta(name + ".txt", "Test", null, null, null),
        List.of(new Block(0, text.length(), text)), List.of(), "0");
  }

  @Test
  void roundTripKeepsTokensTreesAndNames() {
    Annotator annotator = Annotator.standard();
    List<AnnotatedArticle> in = new ArrayList<>();
    for (String[] a : new String[][] {
        {"a", "The council's vote was delayed by the mayor. She didn't say why."},
        {"b", "Nobody answered."}}) {
      Article art = article(a[0], a[1]);
      List<Sentence> sentences = annotator.annotate(art);
      List<List<NameSpan>> names = new ArrayList<>();
      for (Sentence s : sentences) {
        names.add(List.of(new NameSpan(0, 1, EntityType.PERSON, 0.5, "test")));
      }
      in.add(new AnnotatedArticle(art, sentences, names));
    }
    assertTrue(in.get(0).sentences().get(0).tokens().stream().anyMatch(t -> t.deprel().equals("nmod:poss")
        || t.deprel().equals("obl:agent")), "the first sentence has a tree worth keeping");
    try (AnnotationSpill spill = new AnnotationSpill()) {
      for (AnnotatedArticle a : in) {
        spill.write(a);
      }
      for (AnnotatedArticle want : in) {
        AnnotatedArticle got = spill.next();
        assertEquals(want.sentences(), got.sentences());
        assertEquals(want.names(), got.names());
        assertEquals(want.article().text(), got.article().text());
      }
    }
  }
}
