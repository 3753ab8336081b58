package org.newsgraph.extract.facts.family;

import java.util.Optional;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.facts.MaskedArticle;
import org.newsgraph.extract.facts.RelationRules;

/** Family ties (parentOf, siblingOf, spouseOf, both directions for the symmetric ones) and ages, from {@code family.tsv}. */
public final class FamilyExtractor implements FactExtractor {
  private final RelationRules rules = new RelationRules("family.tsv");

  @Override
  public String name() {
    return "family";
  }

  @Override
  public void extract(ArticleContext a, FactSink sink) {
    sink = new org.newsgraph.extract.facts.DeclaringSink(a, sink);
    rules.apply(MaskedArticle.of(a, Optional.empty()), sink, name());
  }
}
