package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.extract.ArticleGraph;
import org.newsgraph.extract.EntityResolver;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.Merge;
import org.newsgraph.link.LinkStage;
import org.newsgraph.link.Linker;
import org.newsgraph.nlp.AnnotatedArticle;

/**
 * The step across all articles, between the per-article stages of {@link ArticleStages}; the only
 * place where one article's output depends on the others':
 *
 * <ol>
 *   <li>after the language analysis, the names of every article ({@link #names}) are resolved to
 *       entities in one pass ({@link #resolve}): one entity per real-world thing across the corpus,
 *       each article given its resolved mentions and the corpus's entities to look names up in;
 *   <li>after the fact extraction, the cases and statements of every article (their summaries)
 *       are merged across articles ({@link #merges}): the same case, or the same statement, told by
 *       two articles becomes one resource; each graph gets its renames before its links;
 *   <li>after the fact extraction, every linkable resource of every graph goes into one index
 *       ({@link LinkStage.Index}, taken in corpus order), which is linked once ({@link #link}); each
 *       graph then gets the link facts of its resources.
 * </ol>
 *
 * <p>Both take their input in corpus order (the order of the articles read), whatever order the
 * per-article stages finished in, so the output does not depend on the runner.
 */
public final class CrossArticle {
  private CrossArticle() {}

  /** What the resolution keeps of one analysed article: its names (the article number is its place in the list). */
  public static EntityResolver.Found names(int article, AnnotatedArticle doc) {
    return EntityResolver.found(article, doc);
  }

  /** The names of every article, in corpus order, resolved to entities in one pass. */
  public static Extractor.Resolved resolve(List<EntityResolver.Found> names) {
    return new Extractor(EntityResolver.standard(), List.of()).resolveFound(names);
  }

  /** A new link index, to take each article graph in corpus order. */
  public static LinkStage.Index linkIndex() {
    return new LinkStage.Index();
  }

  /**
   * The merges of cases and events across articles ({@link FactExtractor#merge}), from the
   * summary of every article graph ({@link Merge#summary}) in corpus order: each extractor's merge
   * decided on the summaries as the merges before it left them ({@link Merge#decide}).
   */
  public static List<Merge> merges(List<ArticleGraph> summaries, List<FactExtractor> extractors) {
    return Merge.decide(summaries, extractors);
  }

  /** Links every resource of the index once. */
  public static LinkStage.Links link(LinkStage.Index index, Linker linker) {
    return index.link(linker);
  }

}
