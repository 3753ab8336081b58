package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.ner.ModelNameFinder;
import org.newsgraph.nlp.ner.NerTrainer;

/** The packed table sums a context's parameters exactly as the model's map does. */
class PerceptronTableTest {
  /** The map's sums: each known feature's parameters, in order (ArrayMath.sumFeatures). */
  private static double[] mapSums(Map<String, Context> map, String[] context, int outcomes) {
    double[] sums = new double[outcomes];
    for (String f : context) {
      Context c = map.get(f);
      if (c != null) {
        for (int i = 0; i < c.getOutcomes().length; i++) {
          sums[c.getOutcomes()[i]] += c.getParameters()[i] * 1.0;
        }
      }
    }
    return sums;
  }

  private static double[] tableSums(PerceptronTable t, String[] context, int outcomes) {
    double[] sums = new double[outcomes];
    t.add(context, 0, context.length, sums);
    return sums;
  }

  private static void assertSameBits(double[] want, double[] got) {
    assertEquals(want.length, got.length);
    for (int i = 0; i < want.length; i++) {
      assertEquals(Double.doubleToRawLongBits(want[i]), Double.doubleToRawLongBits(got[i]), "outcome " + i);
    }
  }

  @Test
  void keysWithTheSameHashCodeAndNonLatinKeysAreTellApart() {
    // "Aa" and "BB" have the same String.hashCode, as do "AaAa", "AaBB", "BBAa" and "BBBB"
    Map<String, Context> map = new LinkedHashMap<>();
    map.put("Aa", new Context(new int[] {0}, new double[] {1.5}));
    map.put("BB", new Context(new int[] {1, 2}, new double[] {-2.25, 0.1}));
    map.put("AaAa", new Context(new int[] {2}, new double[] {3}));
    map.put("w=caf\u00e9\u2019s", new Context(new int[] {0, 1, 2, 3, 4}, new double[] {1e-9, 2e9, -3, 4, 5}));
    map.put("", new Context(new int[] {4}, new double[] {0.5}));
    PerceptronTable t = new PerceptronTable(map);
    for (String[] context : new String[][] {{"Aa"}, {"BB"}, {"AaBB"}, {"BBBB", "AaAa"}, {"w=caf\u00e9\u2019s"},
        {"w=caf\u00e9\u2019"}, {"", "Aa", "Aa", "x"}, {}}) {
      assertSameBits(mapSums(map, context, 5), tableSums(t, context, 5));
    }
    assertEquals(-1, t.find("AaBB"));
    assertTrue(t.find("BB") >= 0);
  }

  @Test
  void theNameModelsSumsAreTheMapsToTheBit() throws Exception {
    NerTrainer.registerFeatureGenerators();
    TokenNameFinderModel model;
    try (InputStream in = ModelNameFinder.class.getResourceAsStream(ModelNameFinder.MODEL_RESOURCE)) {
      model = new TokenNameFinderModel(in);
    }
    AbstractModel m = (AbstractModel) model.getArtifact("nameFinder.model");
    @SuppressWarnings("unchecked")
    Map<String, Context> map = (Map<String, Context>) m.getDataStructures()[1];
    PerceptronTable t = new PerceptronTable(map);
    List<String> keys = new ArrayList<>(map.keySet());
    Random r = new Random(11);
    for (int trial = 0; trial < 2000; trial++) {
      String[] context = new String[1 + r.nextInt(60)];
      for (int i = 0; i < context.length; i++) {
        String k = keys.get(r.nextInt(keys.size()));
        context[i] = r.nextInt(5) == 0 ? k + "x" : new String(k.toCharArray()); // some unknown, all fresh
      }
      assertSameBits(mapSums(map, context, m.getNumOutcomes()), tableSums(t, context, m.getNumOutcomes()));
    }
  }
}
