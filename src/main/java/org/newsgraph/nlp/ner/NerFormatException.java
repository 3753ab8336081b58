package org.newsgraph.nlp.ner;

import java.nio.file.Path;

/** A corpus file that cannot be read as NER data; the message names the file and line. */
public final class NerFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NerFormatException(Path file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
  }
}
