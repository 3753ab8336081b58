package org.newsgraph.corpus;

/**
 * A paragraph of an article kept after cleaning, with character offsets into the text as read.
 *
 * @param start offset of the first character (inclusive)
 * @param end offset after the last character (exclusive)
 */
public record Block(int start, int end, String text) implements java.io.Serializable {
  public Block {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad block offsets " + start + ".." + end);
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "block text length " + text.length() + " does not match offsets " + start + ".." + end);
    }
  }
}
