package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.store.StoreDamagedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A command that could not write a file (the disk is full, a file grew over the allowed size, no
 * permission) or found its store damaged ends with one line that says what and where, and the exit
 * code {@link Main#CANNOT_WRITE}, instead of a stack trace. Other failures are left to picocli.
 */
final class Failures implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) throws Exception {
    String line = describe(ex);
    if (line == null) {
      throw ex;
    }
    cl.getErr().println(line);
    cl.getErr().flush();
    return Main.CANNOT_WRITE;
  }

  /** The line for a failure to write or a damaged store; null for anything else. */
  static String describe(Throwable ex) {
    List<String> said = new ArrayList<>();
    boolean io = false;
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StoreDamagedException d) {
        return d.getMessage();
      }
      io |= t instanceof IOException || t instanceof UncheckedIOException;
      String m = t instanceof FileSystemException f ? f.getFile() + ": " + f.getReason() : t.getMessage();
      if (m != null && said.stream().noneMatch(s -> s.contains(m))) {
        said.add(m);
      }
    }
    return io ? "Could not write: " + String.join(": ", said) : null;
  }
}
