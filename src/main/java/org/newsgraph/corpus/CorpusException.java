package org.newsgraph.corpus;

/** An input that cannot be read: names the file and says what is wrong. */
public final class CorpusException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String where;

  public CorpusException(String where, String message) {
    super(where + ": " + message);
    this.where = where;
  }

  public CorpusException(String where, String message, Throwable cause) {
    super(where + ": " + message, cause);
    this.where = where;
  }

  public String where() {
    return where;
  }

  public InputProblem toProblem() {
    String m = getMessage();
    return new InputProblem(where, m.substring(Math.min(m.length(), where.length() + 2)));
  }
}
