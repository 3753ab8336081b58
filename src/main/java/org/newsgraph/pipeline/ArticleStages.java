package org.newsgraph.pipeline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.newsgraph.corpus.Article;
import org.newsgraph.extract.ArticleGraph;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.Mention;
import org.newsgraph.link.LinkStage;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.Budget;
import org.newsgraph.nlp.NameFinder;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.rdf.RdfWriter;
import org.newsgraph.validate.ShaclGate;

/**
 * The per-article stages, each a plain function from the record one stage hands the next:
 *
 * <ol>
 *   <li>{@link #analyse}: an {@link Article} to an {@link AnnotatedArticle} (sentences, tokens, names);
 *   <li>then, once the cross-article step ({@link CrossArticle}) has resolved the names of every
 *       article, {@link #extract}: the annotated article and its resolved mentions to an {@link
 *       ArticleGraph} (resources and facts);
 *   <li>then, once the link index of every graph is linked, {@link #check}: the graph with its
 *       links to RDF, through the SHACL gate.
 * </ol>
 *
 * <p>It is serialisable: a runner hands it to its threads, or ships it to Spark's executors, and
 * each thread or partition makes its own {@link Tools} once (OpenNLP tools, name finder and fact
 * extractors are not thread-safe). What a stage takes and gives are records that cross the stage
 * boundaries; nothing else is shared. Time spent goes to the {@link StageTimes} given.
 *
 * <p>The language analysis and the facts of one article each run within a budget of processor
 * time ({@link Budget}, {@link #withBudget}): an article that spends it is reported as too long to
 * analyse and left out, and the other articles go on, whichever runner runs the stages.
 *
 * <p>A new per-article step (say a dependency parse giving each token its head and relation) goes
 * into the stage whose record it completes ({@link #analyse} for the sentences), its tool into
 * {@link Tools}, its time under a new {@link StageTimes.Stage}. New fields of the records travel
 * with Java serialisation as they are (Spark); the local runner's spill files write each field
 * themselves ({@code nlp.AnnotationSpill}, {@code extract.GraphSpill}) and must be taught them.
 */
public final class ArticleStages implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A supplier that can be shipped with the stages (a method reference such as {@code ShaclGate::standard}). */
  @FunctionalInterface
  public interface Factory<T> extends Supplier<T>, Serializable {}

  private final Factory<NameFinder> names;
  private final Factory<List<FactExtractor>> extractors;
  private final Factory<ShaclGate> gate;
  private final java.time.Duration budget;

  public ArticleStages(Factory<NameFinder> names, Factory<List<FactExtractor>> extractors, Factory<ShaclGate> gate) {
    this(names, extractors, gate, Budget.DEFAULT);
  }

  private ArticleStages(Factory<NameFinder> names, Factory<List<FactExtractor>> extractors, Factory<ShaclGate> gate,
      java.time.Duration budget) {
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("the budget of an article must be positive, not " + budget);
    }
    this.names = names;
    this.extractors = extractors;
    this.gate = gate;
    this.budget = budget;
  }

  /**
   * These stages with another budget of processor time for each stage of one article's work
   * (language analysis, facts; default {@link Budget#DEFAULT}).
   */
  public ArticleStages withBudget(java.time.Duration perStage) {
    return new ArticleStages(names, extractors, gate, perStage);
  }

  /** The stages that {@code build}, {@code serve} and {@code load} use. */
  public static ArticleStages standard() {
    return new ArticleStages(Components::nameFinder, Components::factExtractors, Components::shaclGate);
  }

  /** A new set of the fact extractors alone (for the merges across articles, {@link CrossArticle#merges}). */
  public List<FactExtractor> extractors() {
    return List.copyOf(extractors.get());
  }

  /** The tools of one thread or partition: made once, used for every article it takes. */
  public Tools tools() {
    return new Tools();
  }

  /** What one thread or partition keeps: its own OpenNLP tools, name finder, fact extractors and gate. */
  public final class Tools {
    final Annotator annotator = Annotator.standard();
    final NameFinder finder = names.get();
    final List<FactExtractor> facts = List.copyOf(extractors.get());
    final ShaclGate shacl = gate.get();
    final RdfWriter writer = new RdfWriter();

    private Tools() {}

    /** The name of an article's graph (its IRI). */
    public org.apache.jena.graph.Node graphName(Article a) {
      return writer.graphName(a);
    }
  }

  /** An article's graph as RDF, and the SHACL gate's violations (none: it may be written). */
  public record Checked(ArticleGraph article, Graph graph, List<String> violations) {
    /** The line that says why the article is left out; null when it passed. */
    public String problem() {
      return violations.isEmpty() ? null
          : article.article().fileName() + ": SHACL gate rejected the article graph (" + violations.size()
              + " violations), nothing of it is written; first: " + violations.get(0);
    }
  }

  /**
   * Stage 1, language analysis and names: the annotated article, or the problem (a line naming the
   * file) when the analysis failed or spent the article's budget.
   */
  public Object analyse(Tools w, Article a, StageTimes times) {
    try {
      return Budget.within(budget, () -> {
        long t = times.start();
        List<Sentence> sentences = w.annotator.annotate(a);
        t = times.since(StageTimes.Stage.OPENNLP, t);
        w.finder.clearAdaptiveData();
        List<List<NameSpan>> spans = new ArrayList<>();
        long tokens = 0;
        for (Sentence s : sentences) {
          Budget.check();
          spans.add(w.finder.find(s));
          tokens += s.tokens().size();
        }
        times.since(StageTimes.Stage.NAMES, t);
        times.addTokens(tokens);
        return new AnnotatedArticle(a, sentences, spans);
      });
    } catch (Budget.Exceeded e) {
      return a.fileName() + ": " + e.getMessage();
    } catch (RuntimeException e) {
      return a.fileName() + ": language analysis failed: " + e;
    }
  }

  /**
   * Stage 2, facts: the article's graph from its resolved mentions and the entities of the corpus,
   * its article's text let go (the graph keeps the metadata); or the problem (a line naming the
   * file) when the facts spent the article's budget.
   */
  public Object extract(Tools w, AnnotatedArticle doc, List<Mention> mentions, Extractor.Entities entities,
      StageTimes times) {
    long s = times.start();
    List<FactExtractor> facts = w.facts; // made outside the budget (models, word lists)
    try {
      ArticleGraph g = Budget.within(budget, () -> Extractor.extract(doc, mentions, entities, facts));
      return new ArticleGraph(g.article().withoutText(), g.nodes(), g.facts());
    } catch (Budget.Exceeded e) {
      return doc.article().fileName() + ": " + e.getMessage();
    } finally {
      times.since(StageTimes.Stage.FACTS, s);
    }
  }

  /** Stage 3, links, RDF and the SHACL gate: the graph with its link facts, as RDF, checked. */
  public Checked check(Tools w, LinkStage.Links links, ArticleGraph unlinked, StageTimes times) {
    long s = times.start();
    ArticleGraph g = links.addTo(unlinked);
    times.since(StageTimes.Stage.FACTS, s);
    s = times.start();
    Graph graph = w.writer.graphOf(g);
    s = times.since(StageTimes.Stage.RDF, s);
    List<String> violations = w.shacl.check(graph);
    times.since(StageTimes.Stage.SHACL, s);
    return new Checked(g, graph, violations);
  }
}
