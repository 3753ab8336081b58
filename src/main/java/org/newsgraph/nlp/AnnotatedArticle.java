package org.newsgraph.nlp;

import java.util.List;
import org.newsgraph.corpus.Article;

/** An article with its sentences and the names found in each sentence (same order). */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<List<NameSpan>> names) implements java.io.Serializable {
  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
    names = names.stream().map(List::copyOf).toList();
    if (names.size() != sentences.size()) {
      throw new IllegalArgumentException("names for " + names.size() + " sentences, but " + sentences.size() + " sentences");
    }
  }
}
