package org.newsgraph.nlp.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The project's own part-of-speech and dependency models, loaded once from the classpath
 * ({@code train-parser}, scripts/train-parser.sh, made them). Thread-safe; the {@link Tagger} and
 * {@link Parser} built on them are not (one per thread).
 */
public record SyntaxModels(TaggerModel tagger, ParserModel parser) {
  public static final String TAGGER = "/org/newsgraph/nlp/syntax/en-ud-tagger.bin";
  public static final String PARSER = "/org/newsgraph/nlp/syntax/en-ud-parser.bin";

  private static volatile SyntaxModels standard;

  /** The committed models, loaded on first use. */
  public static SyntaxModels standard() {
    SyntaxModels m = standard;
    if (m == null) {
      synchronized (SyntaxModels.class) {
        m = standard;
        if (m == null) {
          m = new SyntaxModels(TaggerModel.read(open(TAGGER), TAGGER), ParserModel.read(open(PARSER), PARSER));
          standard = m;
        }
      }
    }
    return m;
  }

  private static InputStream open(String resource) {
    InputStream in = SyntaxModels.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("the syntax model " + resource + " is not on the classpath (scripts/train-parser.sh makes it)");
    }
    return in;
  }
}
