package org.newsgraph.nlp.ner;

import org.newsgraph.nlp.EntityType;

/** A gold (or predicted) name: tokens {@code start} (inclusive) to {@code end} (exclusive). */
public record LabeledSpan(int start, int end, EntityType type) {
  public LabeledSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    if (type == null) {
      throw new IllegalArgumentException("span " + start + ".." + end + " has no type");
    }
  }
}
