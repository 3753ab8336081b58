package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NameFinder;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.ner.ConllReader;
import org.newsgraph.nlp.ner.LabeledSentence;
import org.newsgraph.nlp.ner.NameFinders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bench-ner}: name finding throughput on one thread. */
@Command(
    name = "bench-ner",
    mixinStandardHelpOptions = true,
    description = {
      "Measures name finding (model + evidence rules, as build uses it) in tokens/s on one",
      "thread, over the sentences of CoNLL-format files (tagged, lemmatised and parsed first,",
      "which is not timed). Runs a warm-up pass before the timed ones. Reports wall-clock",
      "speed and speed per CPU second of the thread (the one-core figure on a busy machine)."
    })
public final class BenchNerCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "CoNLL-format files (tokens are read, tags ignored).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--passes", defaultValue = "3", description = "Timed passes. Default: ${DEFAULT-VALUE}.")
  int passes;

  @Override
  public Integer call() throws IOException {
    Annotator annotator = Annotator.standard();
    List<Sentence> sentences = new ArrayList<>();
    List<Boolean> docStarts = new ArrayList<>();
    long tokens = 0;
    for (Path f : files) {
      for (LabeledSentence s : new ConllReader().read(f)) {
        sentences.add(annotator.sentenceOfTokens(s.tokens()));
        docStarts.add(s.startsDocument());
        tokens += s.tokens().size();
      }
    }
    NameFinder finder = NameFinders.standard();
    run(finder, sentences, docStarts); // warm-up
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int p = 1; p <= passes; p++) {
      long t0 = System.nanoTime();
      long c0 = mx.getCurrentThreadCpuTime();
      long names = run(finder, sentences, docStarts);
      double secs = (System.nanoTime() - t0) / 1e9;
      double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
      System.out.printf(Locale.ROOT,
          "pass %d: %d tokens, %d names in %.2f s wall (%.2f s CPU) = %.0f tokens/s wall, %.0f tokens per CPU second%n",
          p, tokens, names, secs, cpu, tokens / secs, tokens / cpu);
    }
    return Main.OK;
  }

  private static long run(NameFinder finder, List<Sentence> sentences, List<Boolean> docStarts) {
    long names = 0;
    for (int i = 0; i < sentences.size(); i++) {
      if (docStarts.get(i)) {
        finder.clearAdaptiveData();
      }
      names += finder.find(sentences.get(i)).size();
    }
    return names;
  }
}
