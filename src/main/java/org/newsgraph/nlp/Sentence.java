package org.newsgraph.nlp;

import java.util.List;

/**
 * A sentence with offsets into the article text.
 *
 * @param index position in the article (0-based)
 * @param block index of the paragraph it belongs to
 */
public record Sentence(int index, int block, String text, int start, int end, List<Token> tokens) implements java.io.Serializable {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** Text covered by tokens {@code from} (inclusive) to {@code to} (exclusive), as in the article. */
  public String cover(String articleText, int from, int to) {
    return articleText.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }
}
