package org.newsgraph.nlp.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The stored weights score as built, and as read back. */
class WeightsTest {
  // features -7 (unsigned: large), 3, 99 with weights for classes 0..2
  private static Weights sample() {
    int[] keys = {3, 99, -7};
    int[] offsets = {0, 2, 3, 5};
    short[] classes = {0, 2, 1, 0, 2};
    float[] weights = {1.5f, -2.25f, 0.125f, 1000f, -0.001f};
    return new Weights(3, keys, offsets, classes, weights);
  }

  private static float[] score(Weights w, int... features) {
    float[] s = new float[3];
    w.score(features, features.length, s);
    return s;
  }

  @Test
  void scoresAddTheWeightsOfPresentFeatures() {
    Weights w = sample();
    assertArrayEquals(new float[] {1.5f, 0, -2.25f}, score(w, 3));
    assertArrayEquals(new float[] {1.5f + 1000f, 0.125f, -2.25f - 0.001f}, score(w, 3, 99, -7, 12345), 0.01f);
    assertArrayEquals(new float[] {0, 0, 0}, score(w, 4, 5));
    assertEquals(3, w.features());
    assertEquals(5, w.entries());
  }

  @Test
  void readBackScoresTheSame() throws IOException {
    Weights w = sample();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    w.write(new DataOutputStream(bytes));
    Weights back = Weights.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    for (int[] f : new int[][] {{3}, {99}, {-7}, {3, 99, -7}, {1}}) {
      assertArrayEquals(score(w, f), score(back, f));
    }
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    back.write(new DataOutputStream(again));
    assertArrayEquals(bytes.toByteArray(), again.toByteArray());
  }

  @Test
  void weightsKeepEightBitsOfMantissa() {
    assertEquals(1.0f, Weights.fromBf16(Weights.toBf16(1.0f)));
    assertEquals(-2.25f, Weights.fromBf16(Weights.toBf16(-2.25f)));
    float v = 3.14159f;
    assertEquals(v, Weights.fromBf16(Weights.toBf16(v)), v / 256);
  }

  @Test
  void pruningDropsSmallWeightsAndEmptyFeatures() {
    Weights p = sample().pruned(0.2);
    assertEquals(2, p.features(), "feature 99 kept only a weight of 0.125");
    assertEquals(3, p.entries());
    assertArrayEquals(new float[] {0, 0, 0}, score(p, 99));
    assertArrayEquals(new float[] {1000f, 0, 0}, score(p, -7));
  }

  @Test
  void aTruncatedTableIsRefused() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    sample().write(new DataOutputStream(bytes));
    byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() - 3);
    assertThrows(IOException.class, () -> Weights.read(new DataInputStream(new ByteArrayInputStream(cut))));
  }
}
