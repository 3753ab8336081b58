package org.newsgraph.nlp;

/** A token with its offsets into the article text, its UD part of speech and its lemma. */
public record Token(String text, int start, int end, String pos, String lemma) implements java.io.Serializable {
  public boolean isProperNoun() {
    return "PROPN".equals(pos);
  }
}
