package org.newsgraph.nlp;

/**
 * A name found in a sentence: tokens {@code start} (inclusive) to {@code end} (exclusive).
 *
 * @param source which finder or rule produced it (for evidence and debugging), e.g. "model",
 *     "rule:title", "gazetteer"
 */
public record NameSpan(int start, int end, EntityType type, double confidence, String source) implements java.io.Serializable {
  public NameSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad name span " + start + ".." + end);
    }
  }

  public boolean overlaps(NameSpan o) {
    return start < o.end && o.start < end;
  }

  public int length() {
    return end - start;
  }
}
