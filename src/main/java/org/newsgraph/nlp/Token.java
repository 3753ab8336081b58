package org.newsgraph.nlp;

/**
 * A token (a UD word) with its offsets into the article text, its UD part of speech, its lemma,
 * and its place in the sentence's dependency tree.
 *
 * @param head index of the head token within the sentence, -1 for the root (and for tokens of a
 *     sentence that was not parsed)
 * @param deprel relation to the head, a full UD label ("nsubj:pass", "root"); "" when not parsed
 */
public record Token(String text, int start, int end, String pos, String lemma, int head, String deprel)
    implements java.io.Serializable {
  /** A token without a tree (e.g. for tests of what does not look at syntax). */
  public Token(String text, int start, int end, String pos, String lemma) {
    this(text, start, end, pos, lemma, -1, "");
  }

  public boolean isProperNoun() {
    return "PROPN".equals(pos);
  }
}
