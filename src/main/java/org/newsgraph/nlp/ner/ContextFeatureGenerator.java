package org.newsgraph.nlp.ner;

import java.util.List;
import java.util.Locale;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The two words before and the two words after the token, as pairs in lower case ("village of",
 * "the band" before; ", a", "'s office" after): context patterns that mark a name of a kind even when
 * the name itself was never seen.
 */
public final class ContextFeatureGenerator implements AdaptiveFeatureGenerator {

  /** XML factory. */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
      return new ContextFeatureGenerator();
    }
  }

  private static String w(String[] t, int i) {
    if (i < 0) {
      return "<s>";
    }
    if (i >= t.length) {
      return "</s>";
    }
    return t[i].toLowerCase(Locale.ROOT);
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] prev) {
    features.add("c-2=" + w(tokens, index - 2) + "|" + w(tokens, index - 1));
    features.add("c+2=" + w(tokens, index + 1) + "|" + w(tokens, index + 2));
  }
}
