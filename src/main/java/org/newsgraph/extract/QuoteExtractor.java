package org.newsgraph.extract;

import org.newsgraph.extract.quote.Cues;
import org.newsgraph.extract.quote.Quotations;

/**
 * Direct quotations and their speakers (see {@link Quotations} for the order in which a speaker
 * is read: a signature, the dependency tree, the words around a cue, a colon before a block
 * quotation, the quotation before). The cue words are in {@code data/lexicon/quote-cues.tsv}.
 */
public final class QuoteExtractor implements FactExtractor {
  private final Quotations quotations;

  public QuoteExtractor(Cues cues) {
    this.quotations = new Quotations(cues, name());
  }

  public static QuoteExtractor standard() {
    return new QuoteExtractor(Cues.standard());
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public void extract(ArticleContext a, FactSink sink) {
    quotations.extract(a, sink);
  }
}
