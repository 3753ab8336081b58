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
   * Runs once after every article has been read, over all article graphs in article order (or
   * their {@link Merge#summary summaries}: what it reads must be in them): where what one article
   * says completes what another says (the same matter told twice), the extractor may rename its
   * own resources. Null (the default): nothing to merge.
   */
  default Merge merge(java.util.List<ArticleGraph> graphs) {
    return null;
  }

  /** The graphs with {@link #merge} applied. */
  default java.util.List<ArticleGraph> reconcile(java.util.List<ArticleGraph> graphs) {
    Merge m = merge(graphs);
    if (m == null) {
      return graphs;
    }
    java.util.List<ArticleGraph> out = new java.util.ArrayList<>();
    for (int i = 0; i < graphs.size(); i++) {
      out.add(m.apply(i, graphs.get(i)));
    }
    return out;
  }
}
