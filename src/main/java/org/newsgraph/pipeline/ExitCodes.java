package org.newsgraph.pipeline;

/** The exit codes of the commands, also what the steps a command runs give back. */
public final class ExitCodes {
  private ExitCodes() {}

  public static final int OK = 0;
  /** Some input failed; the rest was processed. */
  public static final int INPUT_FAILED = 1;
  public static final int USAGE = 2;
  /** A file could not be written (disk full, no permission) or the store is damaged. */
  public static final int CANNOT_WRITE = 3;
}
