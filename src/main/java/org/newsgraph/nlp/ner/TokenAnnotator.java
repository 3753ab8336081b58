package org.newsgraph.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Turns an already tokenized sentence (from a CoNLL file) into a {@link Sentence} with UD part of
 * speech tags and lemmas from the OpenNLP English UD-EWT models on the classpath, so that it can be
 * given to the same name finders the pipeline uses. The sentence text is the tokens joined by single
 * spaces. Not thread-safe.
 */
public final class TokenAnnotator {
  static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  private final POSTaggerME tagger;
  private final LemmatizerME lemmatizer;

  public TokenAnnotator() {
    try (InputStream pos = open(POS_MODEL);
        InputStream lem = open(LEMMA_MODEL)) {
      tagger = new POSTaggerME(new POSModel(pos), POSTagFormat.UD);
      lemmatizer = new LemmatizerME(new LemmatizerModel(lem));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP POS/lemma models", e);
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = TokenAnnotator.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("missing classpath:" + resource);
    }
    return in;
  }

  /** The sentence with offsets into {@link Sentence#text()} (tokens joined by spaces). */
  public Sentence annotate(int index, List<String> words) {
    String[] w = words.toArray(new String[0]);
    String[] tags = tagger.tag(w);
    String[] lemmas = lemmatizer.lemmatize(w, tags);
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>(w.length);
    for (int i = 0; i < w.length; i++) {
      if (i > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(w[i]);
      tokens.add(new Token(w[i], start, text.length(), tags[i], lemmas[i]));
    }
    return new Sentence(index, 0, text.toString(), 0, text.length(), tokens);
  }
}
