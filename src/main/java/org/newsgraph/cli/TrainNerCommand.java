package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.ner.ConllReader;
import org.newsgraph.nlp.ner.LabeledSentence;
import org.newsgraph.nlp.ner.LabeledSpan;
import org.newsgraph.nlp.ner.LabelVote;
import org.newsgraph.nlp.ner.LexiconBuilder;
import org.newsgraph.nlp.ner.NerCorpus;
import org.newsgraph.nlp.ner.NerFormatException;
import org.newsgraph.nlp.ner.NerLexicon;
import org.newsgraph.nlp.ner.NerTrainer;
import org.newsgraph.nlp.ner.WordClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train-ner}: builds the name model's word lists and clusters, and trains the model. */
@Command(
    name = "train-ner",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the name model (person, organization, location) from CoNLL-style corpora",
      "(2- or 4-column, IOB1/IOB2/IOBES, Universal NER .iob2, GUM .conllu).",
      "Optionally first rebuilds the word lists (--gazetteers) and word clusters",
      "(--cluster-text) the features use. scripts/train-ner.sh has the exact recipe."
    })
public final class TrainNerCommand implements Callable<Integer> {
  @Option(names = "--corpus", arity = "1..*", description = "Corpus files or folders.")
  List<Path> corpus = new ArrayList<>();

  @Option(names = "--output", description = "Where to write the model (.bin).")
  Path output;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (training is deterministic; recorded for reproducibility). Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--iterations", defaultValue = "100", description = "Perceptron passes. Default: ${DEFAULT-VALUE}.")
  int iterations;

  @Option(names = "--cutoff", defaultValue = "1", description = "Drop features seen fewer times. Default: ${DEFAULT-VALUE}.")
  int cutoff;

  @Option(names = "--vote", arity = "1..*", description = "Corpus files or folders whose labels are machine-made (silver): cleaned by majority vote per name string before training.")
  List<Path> vote = new ArrayList<>();

  @Option(names = "--resources", description = "Folder of the word lists: written by --gazetteers/--cluster-text, read by the features. Default: the classpath copies.")
  Path resources;

  @Option(names = "--gazetteers", description = "Third-party gazetteer folder to build first-names, surnames, places and designators from.")
  Path gazetteers;

  @Option(names = "--cluster-text", description = "Folder of unlabelled .txt articles to learn word clusters and lower-case words from.")
  Path clusterText;

  @Override
  public Integer call() throws Exception {
    if ((gazetteers != null || clusterText != null) && resources == null) {
      System.err.println("train-ner: --gazetteers and --cluster-text need --resources DIR to write to");
      return Main.USAGE;
    }
    if ((!corpus.isEmpty() || !vote.isEmpty()) && output == null) {
      System.err.println("train-ner: --corpus needs --output MODEL");
      return Main.USAGE;
    }
    if (corpus.isEmpty() && vote.isEmpty() && gazetteers == null && clusterText == null) {
      System.err.println("train-ner: nothing to do (give --corpus and --output, or --gazetteers/--cluster-text)");
      return Main.USAGE;
    }
    if (gazetteers != null) {
      for (String line : new LexiconBuilder(gazetteers).build(resources)) {
        System.out.println(line);
      }
    }
    if (clusterText != null) {
      long t0 = System.nanoTime();
      for (String line : new WordClusterer().build(clusterText, resources)) {
        System.out.println(line);
      }
      System.out.printf(Locale.ROOT, "clusters took %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
    if (corpus.isEmpty() && vote.isEmpty()) {
      return Main.OK;
    }
    if (resources != null) {
      NerLexicon.useDirectory(resources);
    }
    List<LabeledSentence> sentences = new ArrayList<>();
    ConllReader reader = new ConllReader(true);
    int failed = 0;
    List<Path> silver = NerCorpus.files(vote);
    List<Path> all = new ArrayList<>(NerCorpus.files(corpus));
    all.addAll(silver);
    for (Path f : all) {
      try {
        List<LabeledSentence> s = reader.read(f);
        if (silver.contains(f)) {
          int[] changed = {0};
          s = new LabelVote(20, 0.9).apply(s, changed);
          System.out.println(f + ": majority vote changed the type of " + changed[0] + " names");
        }
        sentences.addAll(s);
        System.out.println(summary(f, s));
      } catch (NerFormatException e) {
        System.err.println("train-ner: skipped " + e.getMessage());
        failed++;
      }
    }
    if (sentences.isEmpty()) {
      System.err.println("train-ner: no training sentences found in " + corpus);
      return Main.INPUT_FAILED;
    }
    System.out.println("total: " + summary(null, sentences));
    long t0 = System.nanoTime();
    TokenNameFinderModel model = NerTrainer.train(sentences, NerTrainer.parameters(iterations, cutoff));
    if (output.getParent() != null) {
      Files.createDirectories(output.getParent());
    }
    try (var out = Files.newOutputStream(output)) {
      model.serialize(out);
    }
    System.out.printf(Locale.ROOT, "trained in %.1f s (seed %d, %d iterations, cutoff %d): %s (%d bytes)%n",
        (System.nanoTime() - t0) / 1e9, seed, iterations, cutoff, output, Files.size(output));
    return failed == 0 ? Main.OK : Main.INPUT_FAILED;
  }

  private static String summary(Path f, List<LabeledSentence> s) {
    long tokens = 0;
    int[] n = new int[EntityType.values().length];
    for (LabeledSentence x : s) {
      tokens += x.tokens().size();
      for (LabeledSpan sp : x.names()) {
        n[sp.type().ordinal()]++;
      }
    }
    return String.format(Locale.ROOT, "%s: %d sentences, %d tokens, PER %d ORG %d LOC %d",
        f == null ? "corpus" : f.toString(), s.size(), tokens, n[0], n[1], n[2]);
  }
}
