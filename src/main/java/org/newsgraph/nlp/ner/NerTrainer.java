package org.newsgraph.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;
import org.newsgraph.nlp.EntityType;

/**
 * Trains the name model: OpenNLP's {@link NameFinderME} with the feature generation in {@code
 * features.xml} (window, shape, affix, word-list, capital-run and word-cluster features), averaged
 * perceptron, one thread. The same sentences and parameters give the same model.
 */
public final class NerTrainer {
  static {
    registerFeatureGenerators();
  }

  /** Lets OpenNLP instantiate this package's feature generators named in a model's descriptor. */
  public static void registerFeatureGenerators() {
    ExtensionLoader.registerAllowedPackage(NerTrainer.class.getPackageName());
  }

  /** Name types as the model stores them. */
  public static String modelType(EntityType t) {
    switch (t) {
      case PERSON:
        return "person";
      case ORGANIZATION:
        return "organization";
      default:
        return "location";
    }
  }

  /** The feature descriptor shipped with the project. */
  public static byte[] featureDescriptor() {
    try (InputStream in =
        NerTrainer.class.getResourceAsStream(NerLexicon.RESOURCE_DIR + "features.xml")) {
      if (in == null) {
        throw new IllegalStateException(
            "missing classpath:" + NerLexicon.RESOURCE_DIR + "features.xml");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Perceptron parameters: {@code iterations} passes, features seen fewer than {@code cutoff} times dropped. */
  public static TrainingParameters parameters(int iterations, int cutoff) {
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    p.put(TrainingParameters.THREADS_PARAM, 1);
    return p;
  }

  /** OpenNLP name samples for the sentences (document starts clear adaptive data). */
  public static List<NameSample> samples(List<LabeledSentence> sentences) {
    List<NameSample> out = new ArrayList<>(sentences.size());
    for (LabeledSentence s : sentences) {
      Span[] spans = new Span[s.names().size()];
      for (int i = 0; i < spans.length; i++) {
        LabeledSpan n = s.names().get(i);
        spans[i] = new Span(n.start(), n.end(), modelType(n.type()));
      }
      out.add(new NameSample(s.tokenArray(), spans, s.startsDocument()));
    }
    return out;
  }

  public static TokenNameFinderModel train(List<LabeledSentence> sentences, TrainingParameters params)
      throws IOException {
    TokenNameFinderFactory factory =
        TokenNameFinderFactory.create(
            null, featureDescriptor(), Collections.emptyMap(), new BioCodec());
    return NameFinderME.train(
        "en", null, ObjectStreamUtils.createObjectStream(samples(sentences)), params, factory);
  }
}
