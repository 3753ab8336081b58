package org.newsgraph.rdf;

import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.ErrorHandlerFactory;

/**
 * How newsgraph reads an RDF file a user gives: an error stops the parse with an exception whose
 * message says where ({@code [line: 2, col: 29] Illegal object}), and is not also logged, so the
 * command says it once, in its own line naming the file. Warnings go to Jena's log as usual.
 */
public final class ParseErrors {
  private ParseErrors() {}

  /** The handler to give {@code RDFParser.errorHandler(…)}. */
  public static final ErrorHandler THROW_UNLOGGED = new ErrorHandler() {
    @Override
    public void warning(String message, long line, long col) {
      ErrorHandlerFactory.getDefaultErrorHandler().warning(message, line, col);
    }

    @Override
    public void error(String message, long line, long col) {
      throw new RiotException(where(line, col) + message);
    }

    @Override
    public void fatal(String message, long line, long col) {
      throw new RiotException(where(line, col) + message);
    }
  };

  private static String where(long line, long col) {
    if (line < 0) {
      return "";
    }
    return "[line: " + line + (col < 0 ? "" : ", col: " + col) + "] ";
  }
}
