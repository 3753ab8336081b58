package org.newsgraph.extract;

import org.newsgraph.extract.office.Offices;
import org.newsgraph.nlp.Lexicons;

/**
 * Offices and their holders, from titles next to names (the titles and the jurisdiction each
 * belongs to are in {@code data/lexicon/titles.tsv}); see {@link Offices} for how an office gets
 * its jurisdiction and {@code office.TitleUses} for where titles are read. "former", "ex-",
 * "then-", "retired", and "served as ... from 1998 to 2006" make {@code ng:formerlyHeldOffice}.
 */
public final class OfficeExtractor implements FactExtractor {
  private final Offices offices;

  public OfficeExtractor(Lexicons lex) {
    this.offices = new Offices(lex, name());
  }

  public static OfficeExtractor standard() {
    return new OfficeExtractor(Lexicons.get());
  }

  @Override
  public String name() {
    return "offices";
  }

  @Override
  public void extract(ArticleContext a, FactSink sink) {
    offices.extract(a, sink);
  }
}
