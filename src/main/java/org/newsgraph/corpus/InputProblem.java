package org.newsgraph.corpus;

/**
 * A problem with one input (a file or a metadata row) that stops that input from being processed
 * but not the others.
 *
 * @param where the file name, with ":line" for metadata rows
 */
public record InputProblem(String where, String message) implements java.io.Serializable {
  @Override
  public String toString() {
    return where + ": " + message;
  }
}
