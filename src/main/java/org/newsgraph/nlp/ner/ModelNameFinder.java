package org.newsgraph.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameFinder;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.SelectingBeamSearch;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** The trained name model (see {@code train-ner}). Not thread-safe: one per thread. */
public final class ModelNameFinder implements NameFinder {
  /** The committed model on the classpath. */
  public static final String MODEL_RESOURCE = NerLexicon.RESOURCE_DIR + "en-ner-newsgraph.bin";

  private static volatile TokenNameFinderModel shared;

  private final NameFinderME finder;

  public ModelNameFinder(TokenNameFinderModel model) {
    this.finder = new NameFinderME(model);
  }

  /** A finder over the committed model (the model is loaded once and shared). */
  public static ModelNameFinder standard() {
    TokenNameFinderModel m = shared;
    if (m == null) {
      synchronized (ModelNameFinder.class) {
        m = shared;
        if (m == null) {
          try (InputStream in = ModelNameFinder.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("missing name model classpath:" + MODEL_RESOURCE);
            }
            NerTrainer.registerFeatureGenerators();
            m = read(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot load name model classpath:" + MODEL_RESOURCE, e);
          }
          shared = m;
        }
      }
    }
    return new ModelNameFinder(m);
  }

  /** A finder over a model file. */
  public static ModelNameFinder load(Path file) throws IOException {
    NerTrainer.registerFeatureGenerators();
    try (InputStream in = Files.newInputStream(file)) {
      return new ModelNameFinder(read(in));
    }
  }

  /**
   * A name model whose finders search with {@link SelectingBeamSearch} (same names and
   * probabilities as OpenNLP's beam search, less work) when it is a maxent or perceptron model.
   */
  public static TokenNameFinderModel read(InputStream in) throws IOException {
    return new TokenNameFinderModel(in) {
      @Override
      public SequenceClassificationModel getNameFinderSequenceModel() {
        SequenceClassificationModel plain = super.getNameFinderSequenceModel();
        if (plain.getClass() != BeamSearch.class || !(getArtifact(MODEL_ENTRY) instanceof MaxentModel m)) {
          return plain;
        }
        String beam = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        return new SelectingBeamSearch(beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam), m);
      }
    };
  }

  /** Where OpenNLP keeps the classifier in a name model. */
  private static final String MODEL_ENTRY = "nameFinder.model";

  @Override
  public List<NameSpan> find(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text();
    }
    return find(words);
  }

  /** Names in a tokenized sentence. */
  public List<NameSpan> find(String[] words) {
    Span[] spans = finder.find(words);
    double[] probs = finder.probs(spans);
    List<NameSpan> out = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      Span s = spans[i];
      out.add(new NameSpan(s.getStart(), s.getEnd(), EntityType.parse(s.getType()), probs[i], "model"));
    }
    return out;
  }

  @Override
  public void clearAdaptiveData() {
    finder.clearAdaptiveData();
  }
}
