package org.newsgraph.extract;

/**
 * Where a fact was read: the sentence text and the character offsets of the supporting span in
 * the article's text as read.
 *
 * @param confidence 0..1, or {@link Double#NaN} when the extractor has no estimate
 * @param method which rule or model produced the fact (kept for debugging and for the linker's
 *     "method" evidence), e.g. "title-apposition", "quote-cue"
 */
public record Evidence(String sentence, int start, int end, double confidence, String method) implements java.io.Serializable {
  public Evidence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence offsets " + start + ".." + end);
    }
  }
}
