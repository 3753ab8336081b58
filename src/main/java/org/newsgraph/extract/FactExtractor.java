package org.newsgraph.extract;

/**
 * One family of facts (offices, quotations, cases, events, ...). Runs after names have been found
 * and resolved to entities across all articles. Implementations keep cue words and patterns in
 * lexicon files, not in code.
 */
public interface FactExtractor {
  /** A short name, used in {@link Evidence#method()} and in progress output. */
  String name();

  /** Reads one article and reports resources and facts to the sink. */
  void extract(ArticleContext article, FactSink sink);

  /**
   * Runs once after every article has been read, over all article graphs in article order: where
   * what one article says completes what another says (the same matter told twice), the extractor
   * may rewrite its own resources. The default keeps the graphs as they are.
   */
  default java.util.List<ArticleGraph> reconcile(java.util.List<ArticleGraph> graphs) {
    return graphs;
  }
}
