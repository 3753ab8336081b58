package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.store.StoreDamagedException;
import org.newsgraph.store.StoreLockedException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a user sees when a command cannot run: one line that says why (naming the command), and
 * for a usage error a hint; never a help page or a stack trace unless asked for. A command that
 * could not write a file (the disk is full, a file grew over the allowed size, no permission) or
 * found its store damaged says what and where, with the exit code {@link Main#CANNOT_WRITE}.
 */
final class Failures {
  /** Set to 1 to get the stack trace of an unexpected failure. */
  static final String DEBUG_ENV = "NEWSGRAPH_DEBUG";

  private Failures() {}

  /**
   * A usage error: {@code newsgraph build: unknown option '--ouput'; did you mean --output?} and
   * {@code Try: newsgraph build --help}. Exit code 2.
   */
  static int usage(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    String message = ex.getMessage();
    // a misspelled option is the error to report, not the required option it was meant to be
    List<String> unmatchedArgs = cmd.getParseResult() == null ? List.of() : cmd.getParseResult().unmatched();
    if (!(ex instanceof UnmatchedArgumentException) && !unmatchedArgs.isEmpty()) {
      ex = new UnmatchedArgumentException(cmd, unmatchedArgs);
      message = ex.getMessage();
    }
    if (ex instanceof UnmatchedArgumentException u) {
      List<String> unmatched = u.getUnmatched();
      if (!unmatched.isEmpty()) {
        message = (u.isUnknownOption() ? "unknown option '"
            : cmd.getSubcommands().isEmpty() ? "unexpected argument '" : "unknown command '") + unmatched.get(0) + "'";
      }
      List<String> suggestions = u.getSuggestions();
      if (!suggestions.isEmpty()) {
        message += "; did you mean " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size())))
            + "?";
      }
    }
    err.println(name + ": " + message);
    err.println("Try: " + name + " --help");
    err.flush();
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  /**
   * A failure the command did not handle itself: one line, with the stack trace only when {@value
   * #DEBUG_ENV}=1. A store held by another process says what to do ({@link
   * StoreLockedException}). Exit code 1, or {@link Main#CANNOT_WRITE} for a file that could not
   * be written or a damaged store ({@link #cannotWrite}).
   */
  static int failure(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    String cannotWrite = cannotWrite(ex);
    int code = Main.INPUT_FAILED;
    if (ex instanceof StoreLockedException locked) {
      err.println(locked.getMessage());
    } else if (cannotWrite != null) {
      err.println(name + ": " + cannotWrite);
      code = Main.CANNOT_WRITE;
    } else {
      err.println(name + ": " + describe(ex) + " (" + DEBUG_ENV + "=1 shows the stack trace)");
    }
    if ("1".equals(System.getenv(DEBUG_ENV))) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /**
   * The line for a failure to write (an I/O error, naming the file) or a damaged store; null for
   * anything else.
   */
  static String cannotWrite(Throwable ex) {
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
    return io ? "Could not write: " + String.join(": ", said).replaceAll("\\s*\\R\\s*", " ") : null;
  }

  /** The exception and its causes' messages, as one line. */
  static String describe(Throwable ex) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = ex; t != null && b.length() < 400; t = t.getCause()) {
      String m = t.getMessage();
      String part = m == null || m.isBlank() ? t.getClass().getSimpleName() : m.strip();
      if (b.indexOf(part) >= 0) {
        continue;
      }
      if (b.length() > 0) {
        b.append(": ");
      }
      b.append(part);
    }
    return b.toString().replaceAll("\\s*\\R\\s*", " ");
  }
}
