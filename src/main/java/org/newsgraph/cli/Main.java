package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The newsgraph command line. Exit codes: 0 ok, 1 some input failed (the rest was processed), 2
 * usage error, 3 could not write (disk full, no permission) or the store is damaged.
 */
@Command(
    name = "newsgraph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Turns news articles into a knowledge graph you can query with SPARQL:",
      "people, organisations, places, offices, cases, events and quotations,",
      "each fact traceable to the sentence that states it.",
      ""
    },
    subcommands = {
      CommandLine.HelpCommand.class,
      DemoCommand.class,
      BuildCommand.class,
      QueryCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      LoadCommand.class,
      BenchServeCommand.class,
      BenchCommand.class,
      LinkCommand.class,
      TrainNerCommand.class,
      EvaluateNerCommand.class,
      BenchNerCommand.class,
      EvaluateQuotesCommand.class,
      EvaluateCorefCommand.class,
      TrainParserCommand.class,
      EvaluateParserCommand.class,
    },
    footer = {
      "",
      "Start with:  newsgraph demo      (builds the bundled articles and serves them)",
      "Help on one command:  newsgraph help build"
    })
public final class Main implements Runnable {
  public static final int OK = org.newsgraph.pipeline.ExitCodes.OK;
  public static final int INPUT_FAILED = org.newsgraph.pipeline.ExitCodes.INPUT_FAILED;
  public static final int USAGE = org.newsgraph.pipeline.ExitCodes.USAGE;
  /** A file could not be written (disk full, no permission) or the store is damaged: {@link Failures}. */
  public static final int CANNOT_WRITE = org.newsgraph.pipeline.ExitCodes.CANNOT_WRITE;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command.");
  }

  /**
   * The command line with every subcommand, as the jar's main and the tests use it. A usage error
   * is one line and a hint ({@link Failures#usage}); a failure is one line, its stack trace only
   * with {@value Failures#DEBUG_ENV}=1 ({@link Failures#failure}).
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(Failures::usage);
    cl.setExecutionExceptionHandler(Failures::failure);
    return cl;
  }

  public static void main(String[] args) {
    // what a killed run left in the temporary folder goes now, with a line saying so
    org.newsgraph.corpus.TempFolder.removeStale().ifPresent(System.err::println);
    System.exit(commandLine().execute(args));
  }
}
