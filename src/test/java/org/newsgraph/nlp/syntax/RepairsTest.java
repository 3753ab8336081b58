package org.newsgraph.nlp.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class RepairsTest {
  // "The memo was signed by Ada Lund, a clerk with the county court ."
  private static final String[] WORDS = {"The", "memo", "was", "signed", "by", "Ada", "Lund", ",", "a", "clerk",
      "with", "the", "county", "court", "."};
  private static final String[] TAGS = {"DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PROPN", "PUNCT", "DET",
      "NOUN", "ADP", "DET", "NOUN", "NOUN", "PUNCT"};

  @Test
  void aDescriptionHungAsConjunctBecomesTheNamesApposition() {
    int[] heads = {1, 3, 3, -1, 5, 3, 5, 9, 9, 3, 13, 13, 13, 9, 3};
    String[] labels = {"det", "nsubj:pass", "aux:pass", "root", "case", "obl:agent", "flat", "punct", "det", "conj",
        "case", "det", "compound", "nmod", "punct"};
    Repairs.appositions(WORDS, TAGS, heads, labels);
    assertArrayEquals(new int[] {1, 3, 3, -1, 5, 3, 5, 9, 9, 5, 13, 13, 13, 9, 3}, heads);
    assertArrayEquals(new String[] {"det", "nsubj:pass", "aux:pass", "root", "case", "obl:agent", "flat", "punct",
        "det", "appos", "case", "det", "compound", "nmod", "punct"}, labels);
  }

  @Test
  void aRealCoordinationOrAClauseIsLeftAlone() {
    // "... by Ada Lund , and a clerk ..." : the conjunct has its "and"
    String[] words = WORDS.clone();
    words[8] = "and";
    String[] tags = TAGS.clone();
    tags[8] = "CCONJ";
    int[] heads = {1, 3, 3, -1, 5, 3, 5, 9, 9, 3, 13, 13, 13, 9, 3};
    String[] labels = {"det", "nsubj:pass", "aux:pass", "root", "case", "obl:agent", "flat", "punct", "cc", "conj",
        "case", "det", "compound", "nmod", "punct"};
    int[] before = heads.clone();
    Repairs.appositions(words, tags, heads, labels);
    assertArrayEquals(before, heads);
    // a common noun before the comma is no name: "... by the clerk , a judge ..."
    String[] common = TAGS.clone();
    common[5] = "NOUN";
    common[6] = "NOUN";
    int[] h2 = {1, 3, 3, -1, 5, 3, 5, 9, 9, 3, 13, 13, 13, 9, 3};
    String[] l2 = {"det", "nsubj:pass", "aux:pass", "root", "case", "obl:agent", "flat", "punct", "det", "conj",
        "case", "det", "compound", "nmod", "punct"};
    Repairs.appositions(WORDS, common, h2, l2);
    assertArrayEquals(before, h2);
  }
}
