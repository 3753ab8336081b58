package org.newsgraph.nlp.ner;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The word's distributional cluster, learned by {@link WordClusterer} from unlabelled news text
 * ({@code clusters.tsv}). Cluster ids are hierarchical bit strings; the generator emits the full id
 * and its 4- and 8-bit prefixes.
 */
public final class WordClusterFeatureGenerator implements AdaptiveFeatureGenerator {
  private final NerLexicon lexicon = NerLexicon.standard();

  /** XML factory. */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
      return new WordClusterFeatureGenerator();
    }
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] prev) {
    String c = lexicon.cluster(tokens[index]);
    if (c == null) {
      features.add("cl=none");
      return;
    }
    features.add("cl=" + c);
    if (c.length() > 4) {
      features.add("cl4=" + c.substring(0, 4));
    }
    if (c.length() > 8) {
      features.add("cl8=" + c.substring(0, 8));
    }
  }
}
