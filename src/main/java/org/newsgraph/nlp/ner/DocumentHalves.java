package org.newsgraph.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed split of an evaluation file into two halves by document, so that rules can be chosen on
 * one half (dev) and measured on the other (test). Documents are numbered from 0 in file order
 * (a document starts at each sentence marked {@link LabeledSentence#startsDocument()}); the even
 * ones are the dev half, the odd ones the test half. Interleaving keeps both halves spread over the
 * whole file.
 */
public enum DocumentHalves {
  /** Every document. */
  all,
  /** Documents 0, 2, 4, ... (decide here). */
  dev,
  /** Documents 1, 3, 5, ... (measure here, never decide). */
  test;

  /** The sentences of the documents in this half, in file order. */
  public List<LabeledSentence> select(List<LabeledSentence> sentences) {
    if (this == all) {
      return sentences;
    }
    List<LabeledSentence> out = new ArrayList<>();
    int doc = -1;
    for (LabeledSentence s : sentences) {
      if (s.startsDocument() || doc < 0) {
        doc++;
      }
      if ((doc % 2 == 0) == (this == dev)) {
        out.add(s);
      }
    }
    return out;
  }
}
