package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NameFinder;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.RuleNameFinder;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.ner.ConllReader;
import org.newsgraph.nlp.ner.DocumentHalves;
import org.newsgraph.nlp.ner.LabeledSentence;
import org.newsgraph.nlp.ner.LabeledSpan;
import org.newsgraph.nlp.ner.ModelNameFinder;
import org.newsgraph.nlp.ner.NameFinders;
import org.newsgraph.nlp.ner.NerFormatException;
import org.newsgraph.nlp.ner.NerScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evaluate-ner}: scores the project's name finding on CoNLL-format gold files. */
@Command(
    name = "evaluate-ner",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the project's name finding (as build uses it) on CoNLL-format files",
      "(2- or 4-column, IOB1 or IOB2, -DOCSTART- lines) after tagging and parsing the given",
      "tokens (the project's tagger and parser, OpenNLP's lemmatizer), and prints precision, recall and F1",
      "per type and overall (exact span and type; MISC ignored), plus tokens/s."
    })
public final class EvaluateNerCommand implements Callable<Integer> {
  /** Which finder to score. */
  enum Finder {
    combined,
    model,
    rules
  }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "CoNLL-format gold files.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--finder", defaultValue = "combined", description = "combined (what build uses), model (the trained model alone) or rules (the rule and gazetteer finder alone). Default: ${DEFAULT-VALUE}.")
  Finder finder;

  @Option(names = "--model", description = "Score this model file instead of the committed one.")
  Path modelFile;

  @Option(names = "--half", defaultValue = "all", description = "all, dev (documents 0, 2, 4... in file order) or test (documents 1, 3, 5...): a fixed split of an evaluation file; rules are chosen on dev only. Default: ${DEFAULT-VALUE}.")
  DocumentHalves half;

  @Option(names = "--dump", description = "Also write each token with its gold and found tag (IOB2) to this file.")
  Path dump;

  @Override
  public Integer call() throws IOException {
    java.io.PrintWriter dumpOut =
        dump == null ? null : new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(dump));
    NameFinder f;
    if (finder == Finder.rules) {
      f = RuleNameFinder.standard();
    } else {
      NameFinder model = modelFile == null ? ModelNameFinder.standard() : ModelNameFinder.load(modelFile);
      f = finder == Finder.model ? model : NameFinders.combined(model);
    }
    Annotator annotator = Annotator.standard();
    ConllReader reader = new ConllReader();
    int failed = 0;
    for (Path file : files) {
      List<LabeledSentence> gold;
      try {
        gold = half.select(reader.read(file));
      } catch (NerFormatException | IOException e) {
        System.err.println("evaluate-ner: skipped " + e.getMessage());
        failed++;
        continue;
      }
      List<Sentence> annotated = new ArrayList<>(gold.size());
      long t0 = System.nanoTime();
      for (int i = 0; i < gold.size(); i++) {
        annotated.add(annotator.sentenceOfTokens(gold.get(i).tokens()));
      }
      long tagNanos = System.nanoTime() - t0;
      NerScorer scorer = new NerScorer();
      long tokens = 0;
      long findNanos = 0;
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      long cpu0 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < gold.size(); i++) {
        LabeledSentence g = gold.get(i);
        if (g.startsDocument()) {
          f.clearAdaptiveData();
        }
        long s0 = System.nanoTime();
        List<NameSpan> found = f.find(annotated.get(i));
        findNanos += System.nanoTime() - s0;
        tokens += g.tokens().size();
        List<LabeledSpan> predicted = new ArrayList<>(found.size());
        for (NameSpan n : found) {
          predicted.add(new LabeledSpan(n.start(), n.end(), n.type()));
        }
        scorer.add(g.names(), predicted);
        if (dumpOut != null) {
          String[] gt = iob(g.tokens().size(), g.names());
          String[] pt = iob(g.tokens().size(), predicted);
          for (int k = 0; k < gt.length; k++) {
            dumpOut.println(g.tokens().get(k) + "\t" + gt[k] + "\t" + pt[k]);
          }
          dumpOut.println();
        }
      }
      long findCpu = mx.getCurrentThreadCpuTime() - cpu0;
      System.out.printf(Locale.ROOT, "%s%s (%s finder): %d sentences, %d tokens%n",
          file, half == DocumentHalves.all ? "" : " [" + half + " half]", finder, gold.size(), tokens);
      System.out.print(scorer.report());
      System.out.printf(Locale.ROOT,
          "name finding: %.0f tokens/s wall, %.0f tokens per CPU second (one thread);"
              + " POS, lemmas and parse: %.0f tokens/s wall%n%n",
          tokens / (findNanos / 1e9), tokens / (findCpu / 1e9), tokens / (tagNanos / 1e9));
    }
    if (dumpOut != null) {
      dumpOut.close();
    }
    return failed == 0 ? Main.OK : Main.INPUT_FAILED;
  }

  private static String[] iob(int n, List<LabeledSpan> spans) {
    String[] out = new String[n];
    java.util.Arrays.fill(out, "O");
    for (LabeledSpan s : spans) {
      String t = s.type().name().substring(0, 3);
      for (int i = s.start(); i < s.end(); i++) {
        out[i] = (i == s.start() ? "B-" : "I-") + t;
      }
    }
    return out;
  }
}
