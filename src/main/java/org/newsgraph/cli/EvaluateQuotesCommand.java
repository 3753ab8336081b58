package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.corpus.Article;
import org.newsgraph.corpus.ArticleMeta;
import org.newsgraph.corpus.ArticleReader;
import org.newsgraph.corpus.CorpusException;
import org.newsgraph.extract.ArticleGraph;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Node;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.quote.PolnearCorpus;
import org.newsgraph.extract.quote.QuoteEvaluator;
import org.newsgraph.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code evaluate-quotes}: speaker scores of the quotation extraction on PolNeAR. */
@Command(
    name = "evaluate-quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole pipeline on the articles of a PolNeAR split (political news of 2016 with",
      "hand-made attribution spans) and prints the speaker precision, recall and F1 for direct",
      "quotations: a quotation is right when it overlaps a gold quotation and its speaker shares a",
      "name word with the gold source (a gold pronoun source stands for the last named source",
      "before it). PolNeAR is third-party data: it is read from where it lies, never copied."
    },
    footer = {
      "",
      "Example:",
      "  newsgraph evaluate-quotes --polnear ../shared/eval/polnear --split dev",
      "",
      "Exit codes: 0 ok, 1 the data could not be read, 2 usage error."
    })
public final class EvaluateQuotesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--polnear", paramLabel = "DIR", defaultValue = "../shared/eval/polnear",
      description = "PolNeAR folder holding <split>/text, <split>/attributions and metadata.tsv (default: ${DEFAULT-VALUE}).")
  Path polnear;

  @Option(names = "--split", defaultValue = "dev", description = "Which split (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--limit", defaultValue = "0", description = "Only the first N articles (0: all).")
  int limit;

  @Option(names = {"-v", "--verbose"}, description = "One line per article.")
  boolean verbose;

  @Option(names = "--misses", description = "List the gold direct quotations not found with the right speaker.")
  boolean misses;

  @Option(names = "--wrong", description = "List the system quotations on a gold attribution whose speaker is wrong.")
  boolean wrong;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = polnear.resolve(split);
    if (!Files.isDirectory(dir)) {
      throw new ParameterException(spec.commandLine(), "no PolNeAR split at " + dir
          + " (give --polnear DIR holding " + split + "/text and " + split + "/attributions)");
    }
    List<PolnearCorpus.Doc> docs;
    try {
      docs = PolnearCorpus.read(dir, polnear.resolve("metadata.tsv"));
    } catch (IOException | RuntimeException e) {
      err.println("cannot read PolNeAR from " + dir + ": " + e.getMessage());
      return Main.INPUT_FAILED;
    }
    if (limit > 0 && docs.size() > limit) {
      docs = docs.subList(0, limit);
    }
    List<Article> articles = new ArrayList<>();
    Map<String, PolnearCorpus.Doc> byFile = new HashMap<>();
    List<String> problems = new ArrayList<>();
    ArticleReader reader = ArticleReader.standard();
    for (PolnearCorpus.Doc d : docs) {
      Path txt = dir.resolve("text").resolve(d.name() + ".txt");
      try {
        Article a = reader.read(txt, new ArticleMeta(txt.getFileName().toString(), null, d.published(), null, null));
        if (!a.text().equals(d.text())) {
          problems.add(txt + ": the text as read differs from the file: offsets would not match, skipped");
          continue;
        }
        articles.add(a);
        byFile.put(a.fileName(), d);
      } catch (CorpusException e) {
        problems.add(e.getMessage());
      }
    }
    err.printf("running the pipeline on %d PolNeAR %s articles...%n", articles.size(), split);
    err.flush();
    Pipeline.BuildResult r = Pipeline.standard().build(articles, problems);
    for (String p : problems) {
      err.println("problem: " + p);
    }
    List<QuoteEvaluator.Score> scores = new ArrayList<>();
    for (ArticleGraph g : r.graphs()) {
      PolnearCorpus.Doc d = byFile.get(g.article().fileName());
      List<QuoteEvaluator.SystemQuote> found = quotations(g, d.text());
      QuoteEvaluator.Score s = QuoteEvaluator.score(d, found);
      if (misses) {
        for (String m : QuoteEvaluator.misses(d, found)) {
          out.println("MISS " + d.name() + " | " + m);
        }
      }
      if (wrong) {
        for (String m : QuoteEvaluator.wrong(d, found)) {
          out.println("WRONG " + d.name() + " | " + m);
        }
      }
      scores.add(s);
      if (verbose) {
        out.printf(Locale.ROOT, "%-60s gold %3d found %3d | system %3d matched %3d right %3d outside %3d%n",
            d.name(), s.gold(), s.goldFound(), s.system(), s.systemMatched(), s.systemRight(), s.systemOutside());
      }
    }
    QuoteEvaluator.Score t = QuoteEvaluator.total(scores);
    out.printf(Locale.ROOT, "PolNeAR %s: %d articles; gold direct quotations %d (+%d with an unnamed source, not scored)%n",
        split, scores.size(), t.gold(), t.goldUnscorable());
    out.printf(Locale.ROOT, "system quotations with a speaker %d: %d on gold attributions (%d right), %d outside every attribution%n",
        t.system(), t.systemMatched(), t.systemRight(), t.systemOutside());
    out.printf(Locale.ROOT, "direct-quotation speaker P=%.3f R=%.3f F1=%.3f%n", t.precision(), t.recall(), t.f1());
    out.flush();
    err.flush();
    return Main.OK;
  }

  /**
   * The quotations of an article graph: the span of their text, every name of their speaker and how
   * it was found; {@code text} is the article's (the graph holds its metadata only).
   */
  static List<QuoteEvaluator.SystemQuote> quotations(ArticleGraph g, String text) {
    Map<Ref, Node> nodes = new HashMap<>();
    for (Node n : g.nodes()) {
      nodes.put(n.ref(), n);
    }
    Map<Ref, PolnearCorpus.Span> spans = new HashMap<>();
    Map<Ref, List<String>> speakers = new HashMap<>();
    Map<Ref, String> methods = new HashMap<>();
    for (Fact f : g.facts()) {
      Node n = nodes.get(f.subject());
      if (n == null || !n.types().contains("Quotation")) {
        continue;
      }
      if (f.property().equals("text")) {
        PolnearCorpus.Span sp = new PolnearCorpus.Span(f.evidence().start(), f.evidence().end());
        if (f.object() instanceof org.newsgraph.extract.Literal l) {
          // the quoted words themselves, when the evidence is wider (a sentence)
          int at = text.indexOf(l.lexical(), Math.max(0, sp.start() - 1));
          if (at >= 0 && at <= sp.end()) {
            sp = new PolnearCorpus.Span(at, at + l.lexical().length());
          }
        }
        spans.merge(f.subject(), sp, (x, y) -> new PolnearCorpus.Span(Math.min(x.start(), y.start()), Math.max(x.end(), y.end())));
      } else if (f.property().equals("speaker") && f.object() instanceof Ref who) {
        methods.put(f.subject(), f.evidence().method());
        List<String> names = speakers.computeIfAbsent(f.subject(), k -> new ArrayList<>());
        Node s = nodes.get(who);
        if (s != null) {
          names.add(s.label());
          names.addAll(s.altLabels());
        } else {
          names.add(who.slug().replace('-', ' '));
        }
      }
    }
    List<QuoteEvaluator.SystemQuote> out = new ArrayList<>();
    for (Map.Entry<Ref, PolnearCorpus.Span> e : spans.entrySet()) {
      out.add(new QuoteEvaluator.SystemQuote(e.getValue(), speakers.getOrDefault(e.getKey(), List.of()),
          methods.getOrDefault(e.getKey(), "")));
    }
    return out;
  }
}
