package org.newsgraph.nlp.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** Tree queries on a sentence written and annotated by hand for this test. */
class TreeTest {
  // 0 Ana 1 Ruiz 2 , 3 the 4 county 5 's 6 sheriff 7 , 8 was 9 praised 10 by 11 the 12 mayor 13 .
  private static final String[] WORDS = "Ana Ruiz , the county 's sheriff , was praised by the mayor .".split(" ");
  private static final int[] HEADS = {9, 0, 6, 4, 6, 4, 0, 6, 9, -1, 12, 12, 9, 9};
  private static final String[] RELS = {"nsubj:pass", "flat", "punct", "det", "nmod:poss", "case", "appos", "punct",
      "aux:pass", "root", "case", "det", "obl:agent", "punct"};

  private static Tree tree() {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < WORDS.length; i++) {
      tokens.add(new Token(WORDS[i], at, at + WORDS[i].length(), "X", WORDS[i], HEADS[i], RELS[i]));
      at += WORDS[i].length() + 1;
    }
    String text = String.join(" ", WORDS);
    return new Tree(new Sentence(0, 0, text, 0, text.length(), tokens));
  }

  @Test
  void headsRelationsAndRoot() {
    Tree t = tree();
    assertEquals(14, t.size());
    assertEquals(9, t.root());
    assertEquals(9, t.head(0));
    assertEquals(-1, t.head(9));
    assertEquals("nsubj:pass", t.rel(0));
    assertTrue(t.isLike(0, "nsubj"));
    assertFalse(t.isLike(0, "obj"));
  }

  @Test
  void childrenExactlyOrWithSubtypes() {
    Tree t = tree();
    assertEquals(List.of(0, 8, 12, 13), t.children(9));
    assertEquals(List.of(), t.children(9, "nsubj"));
    assertEquals(List.of(0), t.children(9, "nsubj:pass"));
    assertEquals(List.of(0), t.childrenLike(9, "nsubj"));
    assertEquals(List.of(2, 4, 7), t.children(6).subList(0, 3));
    assertEquals(List.of(2, 7), t.children(6, "punct"));
    assertEquals(12, t.child(9, "obl"));
    assertEquals(-1, t.child(9, "obj"));
    assertEquals(List.of(), t.children(13));
  }

  @Test
  void subtreeSpans() {
    Tree t = tree();
    assertArrayEquals(new int[] {2, 8}, t.span(6), "the apposition with its commas");
    assertArrayEquals(new int[] {0, 8}, t.span(0), "the subject with its apposition");
    assertArrayEquals(new int[] {10, 13}, t.span(12));
    assertArrayEquals(new int[] {0, 14}, t.span(9));
    assertArrayEquals(new int[] {13, 14}, t.span(13));
  }

  @Test
  void pathsDownAndUp() {
    Tree t = tree();
    assertEquals(4, t.down(9, "nsubj", "appos", "nmod:poss"));
    assertEquals(12, t.down(9, "obl:agent"));
    assertEquals(-1, t.down(9, "obl:tmod"));
    assertEquals(-1, t.down(9, "nsubj", "obj"));
    assertEquals(9, t.down(9));
    assertEquals(9, t.up(4, "nmod:poss", "appos", "nsubj"));
    assertEquals(6, t.up(4, "nmod"), "nmod:poss is an nmod");
    assertEquals(-1, t.up(4, "obj"));
    assertEquals(-1, t.up(9, "root"), "nothing above the root");
    assertTrue(t.dominates(9, 4));
    assertTrue(t.dominates(6, 6));
    assertFalse(t.dominates(6, 12));
  }

  @Test
  void labelsLikeALabel() {
    assertTrue(Tree.like("nsubj:pass", "nsubj"));
    assertTrue(Tree.like("nsubj", "nsubj"));
    assertFalse(Tree.like("nsubj", "nsubj:pass"));
    assertFalse(Tree.like("nsubjx", "nsubj"));
    assertFalse(Tree.like("obl:agent", "obl:tmod"));
  }
}
