package org.newsgraph.nlp.ner;

import java.util.List;

/**
 * A tokenized sentence with its names, as read from a CoNLL-style corpus.
 *
 * @param startsDocument true for the first sentence of a document (adaptive data is cleared there)
 */
public record LabeledSentence(List<String> tokens, List<LabeledSpan> names, boolean startsDocument) {
  public LabeledSentence {
    tokens = List.copyOf(tokens);
    names = List.copyOf(names);
    for (LabeledSpan s : names) {
      if (s.end() > tokens.size()) {
        throw new IllegalArgumentException(
            "span " + s + " beyond the sentence's " + tokens.size() + " tokens");
      }
    }
  }

  public String[] tokenArray() {
    return tokens.toArray(new String[0]);
  }
}
