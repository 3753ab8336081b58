package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demo}: the bundled articles, built into a store and served. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the graph of the bundled articles (data/articles) into a TDB2 store and serves it:",
      "the same as 'serve --input data/articles --store newsgraph-store'. Only new or changed",
      "articles are processed on later runs. Open the printed address for the query page.",
      "The store is made in the current folder; the articles and query files are newsgraph's own."
    })
public final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--store", defaultValue = "newsgraph-store", description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Override
  public Integer call() {
    Path input = Home.bundled("data/articles");
    if (!Files.isDirectory(input)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no data/articles here: run demo with the newsgraph launcher (path/to/newsgraph/newsgraph demo),"
              + " or from the newsgraph folder");
    }
    List<String> args = new ArrayList<>(List.of("serve", "--input", input.toString(),
        "--store", store.toString(), "--port", Integer.toString(port)));
    CommandLine root = spec.root().commandLine();
    return root.execute(args.toArray(new String[0]));
  }
}
