package org.newsgraph.nlp.syntax.train;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.nlp.syntax.Parser;
import org.newsgraph.nlp.syntax.SyntaxModels;
import org.newsgraph.nlp.syntax.Tagger;

/**
 * Scores the project's own chain on a treebank with its gold words: the tagger's UPOS, then the
 * parser on those tags. UAS and LAS count every word, punctuation included; LAS compares full
 * labels ("nsubj:pass"), and {@link #universalLas()} only the part before the colon. The speed is
 * that of tagging and parsing on the calling thread, per CPU second of that thread.
 */
public final class ParserEvaluation {
  private long words;
  private long tagRight;
  private long headRight;
  private long labelRight;
  private long universalRight;
  private long nanos;
  private long cpuNanos;
  private final Map<String, long[]> perLabel = new TreeMap<>();

  /**
   * Tags and parses every sentence with fresh tools on {@code models}, twice (the first run warms
   * the code up; the second is counted and timed).
   */
  public static ParserEvaluation of(SyntaxModels models, List<Conllu.Sentence> gold) {
    Tagger tagger = new Tagger(models.tagger());
    Parser parser = new Parser(models.parser());
    run(tagger, parser, gold);
    return run(tagger, parser, gold);
  }

  /** Tags and parses every sentence and counts what is right. */
  public static ParserEvaluation run(Tagger tagger, Parser parser, List<Conllu.Sentence> gold) {
    ParserEvaluation e = new ParserEvaluation();
    String[][] tags = new String[gold.size()][];
    Parser.Result[] parses = new Parser.Result[gold.size()];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    for (int k = 0; k < gold.size(); k++) {
      tags[k] = tagger.tag(gold.get(k).words());
      parses[k] = parser.parse(gold.get(k).words(), tags[k]);
    }
    e.nanos = System.nanoTime() - t0;
    e.cpuNanos = threads.getCurrentThreadCpuTime() - cpu0;
    for (int k = 0; k < gold.size(); k++) {
      e.add(gold.get(k), tags[k], parses[k]);
    }
    return e;
  }

  private void add(Conllu.Sentence g, String[] tags, Parser.Result p) {
    for (int i = 0; i < g.size(); i++) {
      words++;
      tagRight += tags[i].equals(g.upos()[i]) ? 1 : 0;
      long[] counts = perLabel.computeIfAbsent(g.deprels()[i], x -> new long[3]);
      counts[0]++;
      if (p.heads()[i] == g.heads()[i]) {
        headRight++;
        counts[1]++;
        if (p.labels()[i].equals(g.deprels()[i])) {
          labelRight++;
          counts[2]++;
        }
        if (universal(p.labels()[i]).equals(universal(g.deprels()[i]))) {
          universalRight++;
        }
      }
    }
  }

  private static String universal(String label) {
    int colon = label.indexOf(':');
    return colon < 0 ? label : label.substring(0, colon);
  }

  public long words() {
    return words;
  }

  public double upos() {
    return 100.0 * tagRight / Math.max(1, words);
  }

  public double uas() {
    return 100.0 * headRight / Math.max(1, words);
  }

  public double las() {
    return 100.0 * labelRight / Math.max(1, words);
  }

  public double universalLas() {
    return 100.0 * universalRight / Math.max(1, words);
  }

  /** Words tagged and parsed per CPU second of the thread (what one thread does on an idle machine). */
  public double tokensPerSecond() {
    return words / Math.max(1e-9, cpuNanos / 1e9);
  }

  /** Words tagged and parsed per second of wall-clock time (lower when other work shares the CPU). */
  public double tokensPerWallSecond() {
    return words / Math.max(1e-9, nanos / 1e9);
  }

  /** The one line of {@code evaluate-parser}. */
  public String line() {
    return String.format(Locale.ROOT, "UPOS %.2f UAS %.2f LAS %.2f tokens/s %.0f", upos(), uas(), las(), tokensPerSecond());
  }

  /** More: universal-label LAS and, per gold label, how often its head and label were found. */
  public String details() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "words %d; LAS on universal labels (before ':') %.2f; %.0f tokens/s wall clock%n",
        words, universalLas(), tokensPerWallSecond()));
    sb.append(String.format(Locale.ROOT, "%-14s %7s %7s %7s%n", "gold label", "words", "head%", "label%"));
    perLabel.forEach((label, c) -> sb.append(String.format(Locale.ROOT, "%-14s %7d %7.1f %7.1f%n",
        label, c[0], 100.0 * c[1] / c[0], 100.0 * c[2] / c[0])));
    return sb.toString();
  }
}
