package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import org.newsgraph.store.StoreLockedException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a user sees when a command cannot run: one line that says why (naming the command), and
 * for a usage error a hint; never a help page or a stack trace unless asked for.
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
   * StoreLockedException}). Exit code 1.
   */
  static int failure(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    if (ex instanceof StoreLockedException locked) {
      err.println(locked.getMessage());
    } else {
      err.println(name + ": " + describe(ex) + " (" + DEBUG_ENV + "=1 shows the stack trace)");
    }
    if ("1".equals(System.getenv(DEBUG_ENV))) {
      ex.printStackTrace(err);
    }
    err.flush();
    return Main.INPUT_FAILED;
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
