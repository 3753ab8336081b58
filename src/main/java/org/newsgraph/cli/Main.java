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
    },
    footer = {
      "",
      "Start with:  newsgraph demo      (builds the bundled articles and serves them)",
      "Help on one command:  newsgraph help build"
    })
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int INPUT_FAILED = 1;
  public static final int USAGE = 2;
  /** A file could not be written (disk full, no permission) or the store is damaged: {@link Failures}. */
  public static final int CANNOT_WRITE = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command.");
  }

  /** The command line with every subcommand, as the jar's main and the tests use it. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new Failures());
    return cl;
  }

  public static void main(String[] args) {
    // what a killed run left in the temporary folder goes now, with a line saying so
    org.newsgraph.corpus.TempFolder.removeStale().ifPresent(System.err::println);
    System.exit(commandLine().execute(args));
  }
}
