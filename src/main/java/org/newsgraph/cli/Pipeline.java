package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 */
public final class Pipeline {
  /** The outcome of a build: the dataset (one named graph per article), the graphs and the problems. */
  public record BuildResult(Dataset dataset, List<ArticleGraph> graphs, List<String> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private ArticleReader reader;
  private final Supplier<NameFinder> names;
  private final List<FactExtractor> extractors;
  private final ShaclGate gate;
  private Linker linker = Linkers.offline();
  private Consumer<String> progress = s -> {};

  public Pipeline(ArticleReader reader, Supplier<NameFinder> names, List<FactExtractor> extractors, ShaclGate gate) {
    this.reader = reader;
    this.names = names;
    this.extractors = List.copyOf(extractors);
    this.gate = gate;
  }

  /** The pipeline that {@code build} and {@code serve} use. */
  public static Pipeline standard() {
    return new Pipeline(ArticleReader.standard(), Components::nameFinder, Components.factExtractors(), ShaclGate.standard());
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

  public BuildResult build(Path inputDir) {
    List<String> problems = new ArrayList<>();
    ArticleReader.Result read;
    try {
      read = reader.readDirectory(inputDir);
    } catch (CorpusException e) {
      problems.add(e.getMessage());
      return new BuildResult(DatasetFactory.createTxnMem(), List.of(), problems);
    }
    read.problems().stream().map(InputProblem::toString).forEach(problems::add);
    return build(read.articles(), problems);
  }

  /** Builds the graphs of articles already read; problems met are added to {@code problems}. */
  public BuildResult build(List<Article> articles, List<String> problems) {
    Annotator annotator = Annotator.standard();
    NameFinder finder = names.get();
    List<AnnotatedArticle> docs = new ArrayList<>();
    long t0 = System.nanoTime();
    long lastReport = t0;
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      try {
        List<Sentence> sentences = annotator.annotate(a);
        finder.clearAdaptiveData();
        List<List<NameSpan>> spans = new ArrayList<>();
        for (Sentence s : sentences) {
          spans.add(finder.find(s));
        }
        docs.add(new AnnotatedArticle(a, sentences, spans));
      } catch (RuntimeException e) {
        problems.add(a.fileName() + ": language analysis failed: " + e);
      }
      long now = System.nanoTime();
      if (now - lastReport > 2_000_000_000L || i + 1 == articles.size()) {
        progress.accept(String.format("analysed %d/%d articles (%.1f s)", i + 1, articles.size(), (now - t0) / 1e9));
        lastReport = now;
      }
    }
    Extractor extractor = new Extractor(EntityResolver.standard(), extractors);
    List<ArticleGraph> graphs = LinkStage.apply(linker, extractor.extract(docs));
    RdfWriter writer = new RdfWriter();
    Dataset ds = DatasetFactory.createTxnMem();
    DatasetGraph dsg = ds.asDatasetGraph();
    List<ArticleGraph> kept = new ArrayList<>();
    for (ArticleGraph g : graphs) {
      Graph graph = writer.graphOf(g);
      List<String> violations = gate.check(graph);
      if (!violations.isEmpty()) {
        problems.add(g.article().fileName() + ": SHACL gate rejected the article graph (" + violations.size()
            + " violations), nothing of it is written; first: " + violations.get(0));
        continue;
      }
      writer.addTo(dsg, g.article(), graph);
      kept.add(g);
    }
    progress.accept(String.format("built %d article graphs, %d quads (%.1f s)", kept.size(), dsg.stream().count(),
        (System.nanoTime() - t0) / 1e9));
    return new BuildResult(ds, kept, problems);
  }
}
