package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.nlp.syntax.ParserModel;
import org.newsgraph.nlp.syntax.SyntaxModels;
import org.newsgraph.nlp.syntax.TaggerModel;
import org.newsgraph.nlp.syntax.train.Conllu;
import org.newsgraph.nlp.syntax.train.ParserEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evaluate-parser}: scores the project's tagger and parser on a CoNLL-U treebank. */
@Command(
    name = "evaluate-parser",
    mixinStandardHelpOptions = true,
    description = {
      "Tags and parses the gold words of a CoNLL-U file with the project's own models",
      "(words -> UPOS -> tree) and prints one line: UPOS accuracy, UAS, LAS (full labels",
      "such as nsubj:pass, punctuation included) and tokens per second of one thread",
      "(tagging and parsing, per CPU second)."
    })
public final class EvaluateParserCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "A CoNLL-U file with gold trees.")
  Path file;

  @Option(names = "--details", description = "Also print the LAS on universal labels and the scores per gold label.")
  boolean details;

  @Option(names = "--tagger", description = "Score this tagger model instead of the committed one.")
  Path tagger;

  @Option(names = "--parser", description = "Score this parser model instead of the committed one.")
  Path parser;

  @Override
  public Integer call() {
    List<Conllu.Sentence> gold;
    SyntaxModels models;
    try {
      gold = Conllu.read(file);
      SyntaxModels standard = tagger == null || parser == null ? SyntaxModels.standard() : null;
      models = new SyntaxModels(tagger == null ? standard.tagger() : readTagger(tagger),
          parser == null ? standard.parser() : readParser(parser));
    } catch (IOException e) {
      System.err.println("evaluate-parser: " + e.getMessage());
      return Main.INPUT_FAILED;
    }
    if (gold.stream().anyMatch(s -> java.util.Arrays.stream(s.heads()).anyMatch(h -> h < -1))) {
      System.err.println("evaluate-parser: " + file + " has sentences without heads");
      return Main.INPUT_FAILED;
    }
    ParserEvaluation e = ParserEvaluation.of(models, gold);
    System.out.println(e.line());
    if (details) {
      System.out.print(e.details());
    }
    return Main.OK;
  }

  private static TaggerModel readTagger(Path f) throws IOException {
    try (InputStream in = Files.newInputStream(f)) {
      return TaggerModel.read(in);
    } catch (IOException e) {
      throw new IOException(f + ": " + e.getMessage(), e);
    }
  }

  private static ParserModel readParser(Path f) throws IOException {
    try (InputStream in = Files.newInputStream(f)) {
      return ParserModel.read(in);
    } catch (IOException e) {
      throw new IOException(f + ": " + e.getMessage(), e);
    }
  }
}
