package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.nlp.syntax.SyntaxModels;
import org.newsgraph.nlp.syntax.train.Conllu;
import org.newsgraph.nlp.syntax.train.ParserEvaluation;
import org.newsgraph.nlp.syntax.train.SyntaxTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train-parser}: trains the part-of-speech tagger and the dependency parser. */
@Command(
    name = "train-parser",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the part-of-speech tagger (UD UPOS) and the dependency parser (full UD labels)",
      "from CoNLL-U treebanks: the tagger on the gold tags, the parser on tags predicted by",
      "jack-knifing. Writes en-ud-tagger.bin and en-ud-parser.bin into --output.",
      "scripts/train-parser.sh has the exact recipe. Deterministic."
    })
public final class TrainParserCommand implements Callable<Integer> {
  @Option(names = "--train", arity = "1..*", required = true, description = "CoNLL-U files or folders.")
  List<Path> train = new ArrayList<>();

  @Option(names = "--output", required = true, description = "Folder to write the two models to.")
  Path output;

  @Option(names = "--dev", description = "A CoNLL-U file to score the new models on afterwards (as evaluate-parser).")
  Path dev;

  @Option(names = "--tagger-iterations", defaultValue = "10", description = "Tagger perceptron passes. Default: ${DEFAULT-VALUE}.")
  int taggerIterations;

  @Option(names = "--parser-iterations", defaultValue = "12", description = "Parser perceptron passes. Default: ${DEFAULT-VALUE}.")
  int parserIterations;

  @Option(names = "--folds", defaultValue = "10", description = "Jack-knife folds for the parser's training tags (1: gold tags). Default: ${DEFAULT-VALUE}.")
  int folds;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the shuffles and the parser's exploration. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--min-weight", defaultValue = "2.0", description = "Leave out parser weights smaller than this (model size). Default: ${DEFAULT-VALUE}.")
  double minWeight;

  @Override
  public Integer call() throws IOException {
    if (folds < 1 || taggerIterations < 1 || parserIterations < 1) {
      System.err.println("train-parser: --folds and the iterations must be at least 1");
      return Main.USAGE;
    }
    List<Conllu.Sentence> sentences;
    try {
      sentences = Conllu.read(Conllu.files(train));
    } catch (IOException e) {
      System.err.println("train-parser: " + e.getMessage());
      return Main.INPUT_FAILED;
    }
    if (sentences.isEmpty()) {
      System.err.println("train-parser: no sentences in " + train);
      return Main.INPUT_FAILED;
    }
    long words = sentences.stream().mapToLong(Conllu.Sentence::size).sum();
    System.out.printf(Locale.ROOT, "training on %d sentences, %d words%n", sentences.size(), words);
    long t0 = System.nanoTime();
    SyntaxModels models = SyntaxTrainer.train(sentences,
        new SyntaxTrainer.Settings(taggerIterations, parserIterations, folds, seed, minWeight), System.out);
    Files.createDirectories(output);
    Path taggerFile = output.resolve(Path.of(SyntaxModels.TAGGER).getFileName().toString());
    Path parserFile = output.resolve(Path.of(SyntaxModels.PARSER).getFileName().toString());
    try (OutputStream out = Files.newOutputStream(taggerFile)) {
      models.tagger().write(out);
    }
    try (OutputStream out = Files.newOutputStream(parserFile)) {
      models.parser().write(out);
    }
    System.out.printf(Locale.ROOT, "trained in %.0f s: %s (%d bytes), %s (%d bytes)%n", (System.nanoTime() - t0) / 1e9,
        taggerFile, Files.size(taggerFile), parserFile, Files.size(parserFile));
    if (dev != null) {
      try {
        System.out.println(dev + ": " + ParserEvaluation.of(models, Conllu.read(dev)).line());
      } catch (IOException e) {
        System.err.println("train-parser: " + e.getMessage());
        return Main.INPUT_FAILED;
      }
    }
    return Main.OK;
  }
}
