package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.newsgraph.extract.GraphSpill;
import org.newsgraph.extract.Merge;
import org.newsgraph.link.LinkStage;
import org.newsgraph.link.Linker;
import org.newsgraph.link.Linkers;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotationSpill;
import org.newsgraph.nlp.NameFinder;
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
  /**
   * The outcome of a build: the dataset (one named graph per article), the graphs (each with its
   * article's metadata, not its text) and the problems.
   */
  public record BuildResult(Dataset dataset, List<ArticleGraph> graphs, List<String> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private ArticleReader reader;
  private ArticleStages stages;
  private Linker linker = Linkers.offline();
  private Consumer<String> progress = s -> {};
  private int threads = Runtime.getRuntime().availableProcessors();
  private StageTimes times = new StageTimes();
  private int spillAbove = 200;

  public Pipeline(ArticleReader reader, ArticleStages stages) {
    this.reader = reader;
    this.stages = stages;
  }

  /** {@code extractors} gives a new set of fact extractors for each thread. */
  public Pipeline(ArticleReader reader, Supplier<NameFinder> names, Supplier<List<FactExtractor>> extractors,
      ShaclGate gate) {
    this(reader, new ArticleStages(names::get, extractors::get, () -> gate));
  }

  /**
   * A pipeline with one given set of fact extractors, which cannot be shared between threads: it
   * runs on one thread (a later {@link #threads(int)} must not raise that).
   */
  public Pipeline(ArticleReader reader, Supplier<NameFinder> names, List<FactExtractor> extractors, ShaclGate gate) {
    this(reader, names, () -> extractors, gate);
    this.threads = 1;
  }

  /** The pipeline that {@code build} and {@code serve} use: the local runner of the standard stages. */
  public static Pipeline standard() {
    return new Pipeline(ArticleReader.standard(), ArticleStages.standard());
  }

  /** The Wikidata linker (default: the offline gazetteer in data/wikidata). */
  public Pipeline linker(Linker l) {
    this.linker = l;
    return this;
  }

  /** The reader of the input folder (default: {@link ArticleReader#standard()}). */
  public Pipeline reader(ArticleReader r) {
    this.reader = r;
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

  /**
   * The processor time each stage of one article's work may take (language analysis, facts):
   * an article that spends it is reported as too long to analyse and left out (default {@link
   * org.newsgraph.nlp.Budget#DEFAULT}; {@link ArticleStages#withBudget}).
   */
  public Pipeline articleBudget(java.time.Duration budget) {
    this.stages = stages.withBudget(budget);
    return this;
  }

  /** Where the time of each stage is added up (default: a private record nobody reads). */
  public Pipeline times(StageTimes t) {
    this.times = t;
    return this;
  }

  /**
   * Reads and builds the articles of a folder, handing each graph to {@code sink} (see {@link
   * #build(List, List, GraphSink)}); problems met are added to {@code problems}. Returns the number
   * of graphs given to the sink. The folder is read one file at a time as the language analysis
   * takes the articles, and each article is let go once analysed: the articles are never all in
   * memory at once.
   */
  public int build(Path inputDir, List<String> problems, GraphSink sink) {
    return read(inputDir, problems).map(articles -> run(articles, problems, sink)).orElse(0);
  }

  public BuildResult build(Path inputDir) {
    List<String> problems = new ArrayList<>();
    return read(inputDir, problems).map(articles -> build(articles, problems))
        .orElseGet(() -> new BuildResult(DatasetFactory.createTxnMem(), List.of(), problems));
  }

  /**
   * The articles of a folder, to be read as they are taken; empty (the problem added to {@code
   * problems}) when the folder itself cannot be read.
   */
  private Optional<Source> read(Path inputDir, List<String> problems) {
    long t = times.start();
    try {
      ArticleReader.Reading reading = reader.open(inputDir);
      // reading a file happens in hasNext or next: both count as the read stage
      Iterator<Article> timed = new Iterator<>() {
        @Override
        public boolean hasNext() {
          return timedRead(reading::hasNext);
        }

        @Override
        public Article next() {
          return timedRead(reading::next);
        }
      };
      return Optional.of(new Source(timed, () -> reading.problems().stream().map(InputProblem::toString).toList(),
          reading::alsoReadFrom));
    } catch (CorpusException e) {
      problems.add(e.getMessage());
      return Optional.empty();
    } finally {
      times.since(StageTimes.Stage.READ, t);
    }
  }

  /** What {@code step} gives, its time added to the read stage. */
  private <T> T timedRead(Supplier<T> step) {
    long s = times.start();
    try {
      return step.get();
    } finally {
      times.since(StageTimes.Stage.READ, s);
    }
  }

  /**
   * Articles to build, taken one at a time, and what is known once the last one is taken: the
   * problems met reading them (they come before the problems of the build), and the other names
   * an article's text was read from, by the article's number (0: the first taken).
   */
  private record Source(Iterator<Article> articles, Supplier<List<String>> problems,
      Supplier<SortedMap<Integer, List<String>>> alsoReadFrom) {
    /** The articles of a list (which is left as it is), with no problems and no other names. */
    static Source of(List<Article> list) {
      return new Source(list.iterator(), List::of, java.util.Collections::emptySortedMap);
    }
  }

  /** Builds the graphs of articles already read; problems met are added to {@code problems}. */
  public BuildResult build(List<Article> articles, List<String> problems) {
    return build(Source.of(articles), problems);
  }

  private BuildResult build(Source articles, List<String> problems) {
    Dataset ds = DatasetFactory.createTxnMem();
    DatasetGraph dsg = ds.asDatasetGraph();
    RdfWriter writer = new RdfWriter();
    long t0 = System.nanoTime();
    List<ArticleGraph> kept = new ArrayList<>();
    run(articles, problems, (g, graph) -> {
      long s = times.start();
      writer.addTo(dsg, g.article(), graph);
      times.since(StageTimes.Stage.RDF, s);
      kept.add(g);
    });
    progress.accept(String.format("built %d article graphs, %d quads (%.1f s)", kept.size(), dsg.stream().count(),
        (System.nanoTime() - t0) / 1e9));
    return new BuildResult(ds, kept, problems);
  }

  /** Takes each article graph that passed the SHACL gate, in input order, on one thread. */
  @FunctionalInterface
  public interface GraphSink {
    void accept(ArticleGraph article, Graph graph);
  }

  /**
   * Builds the graphs of articles already read and hands each one that passes the SHACL gate to
   * {@code sink}, in input order, instead of gathering them in a dataset; problems met are added
   * to {@code problems}. Returns the number of graphs given to the sink; none is kept.
   */
  public int build(List<Article> articles, List<String> problems, GraphSink sink) {
    return run(Source.of(articles), problems, sink);
  }

  private int run(Source articles, List<String> problems, GraphSink sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread th = new Thread(r, "newsgraph-build");
      th.setDaemon(true);
      return th;
    });
    ThreadLocal<ArticleStages.Tools> tools = ThreadLocal.withInitial(stages::tools);
    try {
      return build(articles, problems, sink, pool, tools);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Above this many articles the annotated articles (text, tokens, names) go to a temporary file
   * between the language analysis and the fact extraction, and the article graphs to another
   * between the fact extraction and the RDF stage (the link stage keeps only its index of the
   * linkable resources), so memory does not grow with the corpus (default 200).
   */
  public Pipeline spillAbove(int articles) {
    this.spillAbove = articles;
    return this;
  }

  /** Tasks in flight at most per thread: bounds the articles held between the stages. */
  private static final int WINDOW_PER_THREAD = 4;

  private int build(Source articles, List<String> problems, GraphSink sink, ExecutorService pool,
      ThreadLocal<ArticleStages.Tools> tools) {
    long t0 = System.nanoTime();
    int window = threads * WINDOW_PER_THREAD;
    try (Spills spills = new Spills()) {
      // 1. language analysis and names, per article, in parallel, as the articles are read;
      // taken in input order. Above spillAbove articles they go to a file (all held so far, then
      // each one), so an article is in memory only while it is analysed.
      List<AnnotatedArticle> docs = new ArrayList<>();
      List<EntityResolver.Found> found = new ArrayList<>();
      List<Integer> taken = new ArrayList<>(); // the number of each article analysed among those read
      List<String> failed = new ArrayList<>();
      Ticker analysedTicker = new Ticker(progress, "analysed %d/%s articles", -1, t0);
      int read = InOrder.run(pool, articles.articles(), window, (i, a) -> stages.analyse(tools.get(), a, times), (i, r) -> {
        if (r instanceof AnnotatedArticle doc) {
          found.add(CrossArticle.names(found.size(), doc));
          taken.add(i);
          if (spills.annotations == null && docs.size() >= spillAbove) {
            spills.annotations = new AnnotationSpill();
            docs.forEach(spills.annotations::write);
            docs.clear();
          }
          if (spills.annotations != null) {
            spills.annotations.write(doc);
          } else {
            docs.add(doc);
          }
        } else {
          failed.add((String) r);
        }
        analysedTicker.done(i);
      });
      analysedTicker.end(read);
      problems.addAll(articles.problems().get());
      problems.addAll(failed);
      SortedMap<Integer, List<String>> alsoReadFrom = articles.alsoReadFrom().get();
      AnnotationSpill file = spills.annotations;
      int analysed = found.size();
      // 2. the cross-article step: entities across all articles (one pass); then the facts of each
      // article in parallel; each graph goes into the link index, then to the spill (or a list)
      long t = times.start();
      Extractor.Resolved resolved = CrossArticle.resolve(found);
      found.clear();
      times.since(StageTimes.Stage.FACTS, t);
      LinkStage.Index linkIndex = CrossArticle.linkIndex();
      List<ArticleGraph> graphs = new ArrayList<>();
      List<ArticleGraph> summaries = new ArrayList<>(); // what the merges of cases and events read
      GraphSpill graphFile = analysed > spillAbove ? (spills.graphs = new GraphSpill()) : null;
      Ticker factsTicker = new Ticker(progress, "extracted the facts of %d/%s articles", analysed, t0);
      // the spill is read in order on this thread, as the tasks are submitted; an article's text
      // is let go once its facts are extracted (its graph keeps the metadata)
      InOrder.run(pool, analysed, window, i -> {
        AnnotatedArticle doc = file != null ? file.next() : docs.set(i, null);
        List<String> also = alsoReadFrom.get(taken.get(i));
        if (also == null) {
          return doc;
        }
        return new AnnotatedArticle(doc.article().alsoReadFrom(also), doc.sentences(), doc.names());
      }, (i, doc) -> stages.extract(tools.get(), doc, resolved.mentions(i), resolved.entities(), times), (i, result) -> {
        long s = times.start();
        resolved.release(i);
        if (!(result instanceof ArticleGraph g)) { // too long: reported, and no graph goes on
          problems.add((String) result);
          factsTicker.done(i);
          return;
        }
        linkIndex.add(g);
        summaries.add(Merge.summary(g));
        if (graphFile != null) {
          graphFile.write(g);
        } else {
          graphs.add(g);
        }
        times.since(StageTimes.Stage.FACTS, s);
        factsTicker.done(i);
      });
      docs.clear();
      t = times.start();
      LinkStage.Links links = CrossArticle.link(linkIndex, linker);
      List<Merge> merges = CrossArticle.merges(summaries, stages.extractors());
      summaries.clear();
      times.since(StageTimes.Stage.FACTS, t);
      // 3. link facts, RDF and the SHACL gate per article in parallel; to the sink in input order
      int[] kept = {0};
      // the articles whose facts spent their budget were reported, and gave no graph
      int withFacts = graphFile != null ? graphFile.written() : graphs.size();
      Ticker storedTicker = new Ticker(progress, "checked and stored %d/%s article graphs", withFacts, t0);
      InOrder.run(pool, withFacts, window, i -> graphFile != null ? graphFile.next() : graphs.set(i, null),
          (i, unlinked) -> stages.check(tools.get(), links, Merge.applyAll(merges, i, unlinked), times), (i, c) -> {
            storedTicker.done(i);
            if (c.problem() != null) {
              problems.add(c.problem());
              return;
            }
            sink.accept(c.article(), c.graph());
            kept[0]++;
          });
      return kept[0];
    }
  }
}
