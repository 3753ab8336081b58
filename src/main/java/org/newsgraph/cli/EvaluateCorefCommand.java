package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.extract.coref.GumDocument;
import org.newsgraph.pipeline.CorefEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code evaluate-coref}: precision of the coreference against GUM's. */
@Command(
    name = "evaluate-coref",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the pipeline on the documents of GUM CoNLL-U files (their text rebuilt from the",
      "sentences) and prints the precision of the coreference: each pronoun or description it",
      "resolves is judged where GUM marks it as a mention and marks one of the resolved entity's",
      "names, and is right when GUM puts both in one entity. GUM is third-party data: it is read",
      "from where it lies, never copied."
    },
    footer = {
      "",
      "Example:",
      "  newsgraph evaluate-coref --gum ../shared/train/ner/gum_subset",
      "",
      "Exit codes: 0 ok, 1 the data could not be read, 2 usage error."
    })
public final class EvaluateCorefCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gum", paramLabel = "DIR", defaultValue = "../shared/train/ner/gum_subset",
      description = "Folder of GUM .conllu files with Entity= annotations, read recursively (default: ${DEFAULT-VALUE}).")
  Path gum;

  @Option(names = "--wrong", description = "List the resolutions GUM says are wrong.")
  boolean wrong;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(gum)) {
      throw new ParameterException(spec.commandLine(), "no GUM folder at " + gum + " (give --gum DIR)");
    }
    List<GumDocument> docs;
    try {
      docs = GumDocument.readAll(gum);
    } catch (IOException | RuntimeException e) {
      err.println("cannot read GUM from " + gum + ": " + e.getMessage());
      return Main.INPUT_FAILED;
    }
    err.printf("running the pipeline on %d GUM documents...%n", docs.size());
    err.flush();
    List<String> problems = new ArrayList<>();
    CorefEvaluation.Report r = CorefEvaluation.run(docs, problems);
    problems.forEach(p -> err.println("problem: " + p));
    if (wrong) {
      r.wrong().forEach(w -> out.println("WRONG " + w));
    }
    out.printf("GUM: %d documents; resolved %d, judged %d, right %d: precision %.3f; he/she/his/her... judged %d,"
        + " right %d: precision %.3f%n", r.documents(), r.resolved(), r.judged(), r.right(), r.precision(),
        r.pronounsJudged(), r.pronounsRight(), r.pronounPrecision());
    return Main.OK;
  }
}
