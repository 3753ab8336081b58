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
  void sumsAreThoseOfAddingFeatureByFeatureInOrder() {
    java.util.Random r = new java.util.Random(7);
    int classes = 9;
    int n = 2000;
    int[] keys = new int[n];
    int[] offsets = new int[n + 1];
    java.util.List<Short> cls = new java.util.ArrayList<>();
    java.util.List<Float> ws = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      keys[i] = i * 7919 + 1;
      for (int c = 0; c < classes; c++) {
        if (r.nextInt(3) == 0) {
          cls.add((short) c);
          ws.add(Weights.fromBf16(Weights.toBf16((float) r.nextGaussian() * 1000)));
        }
      }
      offsets[i + 1] = cls.size();
    }
    short[] entryClass = new short[cls.size()];
    float[] entryWeight = new float[cls.size()];
    for (int e = 0; e < entryClass.length; e++) {
      entryClass[e] = cls.get(e);
      entryWeight[e] = ws.get(e);
    }
    Weights w = new Weights(classes, keys, offsets, entryClass, entryWeight);
    for (int trial = 0; trial < 200; trial++) {
      int[] features = new int[1 + r.nextInt(120)];
      float[] expected = new float[classes];
      for (int f = 0; f < features.length; f++) {
        int i = r.nextInt(n + n / 4); // some features are not in the table
        features[f] = i < n ? keys[i] : -i;
        for (int e = i < n ? offsets[i] : 0; i < n && e < offsets[i + 1]; e++) {
          expected[entryClass[e]] += entryWeight[e];
        }
      }
      float[] got = new float[classes];
      w.score(features, features.length, got);
      for (int c = 0; c < classes; c++) {
        assertEquals(Float.floatToIntBits(expected[c]), Float.floatToIntBits(got[c]), "class " + c);
      }
    }
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
