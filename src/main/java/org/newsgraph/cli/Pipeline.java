package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.corpus.Article;
import org.newsgraph.corpus.ArticleReader;
import org.newsgraph.corpus.CorpusException;
import org.newsgraph.corpus.InputProblem;
import org.newsgraph.extract.ArticleGraph;
import org.newsgraph.extract.EntityResolver;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.link.LinkStage;
import org.newsgraph.link.Linker;
import org.newsgraph.link.Linkers;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NameFinder;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.rdf.RdfWriter;
import org.newsgraph.validate.ShaclGate;

/**
 * The whole flow from a folder of articles to a validated in-memory dataset: read and clean,
 * annotate, find names, resolve entities, extract facts, write RDF, check with SHACL. An article
 * that fails any step is reported and left out; the others go on.
 *
 * <p>The per-article stages (language analysis and names; fact extraction; RDF and SHACL) run on
 * {@link #threads(int)} threads, each with its own OpenNLP tools, name finder and fact extractors
 * (none of them is thread-safe). Results are taken in input order whatever thread finished first,
 * and entities are resolved across all articles in one pass between the stages, so the output is
 * the same, byte for byte, for any number of threads.
 */
public final class Pipeline {
  /** The outcome of a build: the dataset (one named graph per article), the graphs and the problems. */
  public record BuildResult(Dataset dataset, List<ArticleGraph> graphs, List<String> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private final ArticleReader reader;
  private final Supplier<NameFinder> names;
  private final Supplier<List<FactExtractor>> extractors;
  private final ShaclGate gate;
  private Linker linker = Linkers.offline();
  private Consumer<String> progress = s -> {};
  private int threads = Runtime.getRuntime().availableProcessors();
  private StageTimes times = new StageTimes();

  /** {@code extractors} gives a new set of fact extractors for each thread. */
  public Pipeline(ArticleReader reader, Supplier<NameFinder> names, Supplier<List<FactExtractor>> extractors,
      ShaclGate gate) {
    this.reader = reader;
    this.names = names;
    this.extractors = extractors;
    this.gate = gate;
  }

  /** The pipeline that {@code build} and {@code serve} use. */
  public static Pipeline standard() {
    return new Pipeline(ArticleReader.standard(), Components::nameFinder, Components::factExtractors, ShaclGate.standard());
  }

  /** The Wikidata linker (default: the offline gazetteer in data/wikidata). */
  public Pipeline linker(Linker l) {
    this.linker = l;
    return this;
  }

  /** Where progress lines go (default: nowhere). */
  public Pipeline progress(Consumer<String> sink) {
    this.progress = sink;
    return this;
  }

  /** Threads for the per-article stages (default: one per core); the output does not depend on it. */
  public Pipeline threads(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + n);
    }
    this.threads = n;
    return this;
  }

  /** Where the time of each stage is added up (default: a private record nobody reads). */
  public Pipeline times(StageTimes t) {
    this.times = t;
    return this;
  }

  public BuildResult build(Path inputDir) {
    List<String> problems = new ArrayList<>();
    ArticleReader.Result read;
    long t = System.nanoTime();
    try {
      read = reader.readDirectory(inputDir);
    } catch (CorpusException e) {
      problems.add(e.getMessage());
      return new BuildResult(DatasetFactory.createTxnMem(), List.of(), problems);
    } finally {
      times.since(StageTimes.Stage.READ, t);
    }
    read.problems().stream().map(InputProblem::toString).forEach(problems::add);
    return build(read.articles(), problems);
  }

  /** What one thread keeps: its own OpenNLP tools, name finder and fact extractors. */
  private final class Worker {
    final Annotator annotator = Annotator.standard();
    final NameFinder finder = names.get();
    final List<FactExtractor> facts = List.copyOf(extractors.get());
  }

  /** Builds the graphs of articles already read; problems met are added to {@code problems}. */
  public BuildResult build(List<Article> articles, List<String> problems) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread th = new Thread(r, "newsgraph-build");
      th.setDaemon(true);
      return th;
    });
    ThreadLocal<Worker> workers = ThreadLocal.withInitial(Worker::new);
    try {
      return build(articles, problems, pool, workers);
    } finally {
      pool.shutdownNow();
    }
  }

  private BuildResult build(List<Article> articles, List<String> problems, ExecutorService pool,
      ThreadLocal<Worker> workers) {
    long t0 = System.nanoTime();
    // 1. language analysis and names, per article, in parallel; taken in input order
    List<Future<Object>> analysed = new ArrayList<>();
    for (Article a : articles) {
      analysed.add(pool.submit(() -> analyse(workers.get(), a)));
    }
    List<AnnotatedArticle> docs = new ArrayList<>();
    long lastReport = t0;
    for (int i = 0; i < articles.size(); i++) {
      Object r = await(analysed.get(i));
      analysed.set(i, null);
      if (r instanceof AnnotatedArticle doc) {
        docs.add(doc);
      } else {
        problems.add((String) r);
      }
      long now = System.nanoTime();
      if (now - lastReport > 2_000_000_000L || i + 1 == articles.size()) {
        progress.accept(String.format("analysed %d/%d articles (%.1f s)", i + 1, articles.size(), (now - t0) / 1e9));
        lastReport = now;
      }
    }
    // 2. entities across all articles (one pass), then the facts of each article in parallel
    long t = System.nanoTime();
    Extractor extractor = new Extractor(EntityResolver.standard(), List.of());
    Extractor.Resolved resolved = extractor.resolve(docs);
    times.since(StageTimes.Stage.FACTS, t);
    List<Future<ArticleGraph>> extracted = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      int a = i;
      extracted.add(pool.submit(() -> {
        long s = System.nanoTime();
        ArticleGraph g = Extractor.extract(resolved, a, docs.get(a), workers.get().facts);
        times.since(StageTimes.Stage.FACTS, s);
        return g;
      }));
    }
    List<ArticleGraph> graphs = new ArrayList<>();
    for (Future<ArticleGraph> f : extracted) {
      graphs.add(await(f));
    }
    docs.clear();
    t = System.nanoTime();
    graphs = LinkStage.apply(linker, graphs);
    times.since(StageTimes.Stage.FACTS, t);
    // 3. RDF and the SHACL gate per article in parallel; added to the dataset in input order
    RdfWriter writer = new RdfWriter();
    List<Future<Checked>> checked = new ArrayList<>();
    for (ArticleGraph g : graphs) {
      checked.add(pool.submit(() -> {
        long s = System.nanoTime();
        Graph graph = writer.graphOf(g);
        s = times.since(StageTimes.Stage.RDF, s);
        List<String> violations = gate.check(graph);
        times.since(StageTimes.Stage.SHACL, s);
        return new Checked(g, graph, violations);
      }));
    }
    Dataset ds = DatasetFactory.createTxnMem();
    DatasetGraph dsg = ds.asDatasetGraph();
    List<ArticleGraph> kept = new ArrayList<>();
    for (int i = 0; i < checked.size(); i++) {
      Checked c = await(checked.get(i));
      checked.set(i, null);
      if (!c.violations.isEmpty()) {
        problems.add(c.article.article().fileName() + ": SHACL gate rejected the article graph (" + c.violations.size()
            + " violations), nothing of it is written; first: " + c.violations.get(0));
        continue;
      }
      long s = System.nanoTime();
      writer.addTo(dsg, c.article.article(), c.graph);
      times.since(StageTimes.Stage.RDF, s);
      kept.add(c.article);
    }
    progress.accept(String.format("built %d article graphs, %d quads (%.1f s)", kept.size(), dsg.stream().count(),
        (System.nanoTime() - t0) / 1e9));
    return new BuildResult(ds, kept, problems);
  }

  private record Checked(ArticleGraph article, Graph graph, List<String> violations) {}

  /** The annotated article, or the problem (a line naming the file) when the analysis failed. */
  private Object analyse(Worker w, Article a) {
    try {
      long t = System.nanoTime();
      List<Sentence> sentences = w.annotator.annotate(a);
      t = times.since(StageTimes.Stage.OPENNLP, t);
      w.finder.clearAdaptiveData();
      List<List<NameSpan>> spans = new ArrayList<>();
      long tokens = 0;
      for (Sentence s : sentences) {
        spans.add(w.finder.find(s));
        tokens += s.tokens().size();
      }
      times.since(StageTimes.Stage.NAMES, t);
      times.addTokens(tokens);
      return new AnnotatedArticle(a, sentences, spans);
    } catch (RuntimeException e) {
      return a.fileName() + ": language analysis failed: " + e;
    }
  }

  /** The result of a task; a failure other than the article's own is the build's failure. */
  private static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("build interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
  }
}
