package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models from Maven Central (apache/opennlp-models 1.3.0, trained on UD English-EWT):
 * sentences, tokens, lemmas, loaded once from the classpath. (Parts of speech and syntax come from
 * the project's own models, {@link org.newsgraph.nlp.syntax.SyntaxModels}.) Models are
 * thread-safe; the {@code *ME} tools built on them are not.
 */
public final class NlpModels {
  public static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  public static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  public static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  private static volatile NlpModels instance;

  final SentenceModel sentence;
  final TokenizerModel tokens;
  final LemmatizerModel lemmas;
  /** What the tokenizers and lemmatizers of all threads learn once and share (see their classes). */
  final CachingTokenizer.Cache tokenCache = new CachingTokenizer.Cache();
  final CachingLemmatizer.Cache lemmaCache = new CachingLemmatizer.Cache();

  private NlpModels() {
    try {
      sentence = new SentenceModel(open(SENTENCE));
      tokens = new TokenizerModel(open(TOKENS));
      lemmas = new LemmatizerModel(open(LEMMAS));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP models: " + e.getMessage(), e);
    }
  }

  /** The models, loaded on first use. */
  public static NlpModels get() {
    NlpModels m = instance;
    if (m == null) {
      synchronized (NlpModels.class) {
        m = instance;
        if (m == null) {
          m = new NlpModels();
          instance = m;
        }
      }
    }
    return m;
  }

  private static InputStream open(String resource) {
    InputStream in = NlpModels.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath "
          + "(it comes from the org.apache.opennlp:opennlp-models-*-en jars)");
    }
    return in;
  }
}
