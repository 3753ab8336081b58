package org.newsgraph.extract.facts.family;

import java.util.Optional;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.facts.MaskedArticle;
import org.newsgraph.extract.facts.RelationRules;

/**
 * Family ties (parentOf, siblingOf, spouseOf, both directions for the symmetric ones) read over the
 * dependency tree ({@code relation-paths.tsv}), then the string patterns and ages of {@code
 * family.tsv}; a tie both find is one fact. Then the children a married couple's "their" introduces
 * ({@link CoupleChildren}).
 */
public final class FamilyExtractor implements FactExtractor {
  private final RelationRules rules = new RelationRules("family.tsv");
  private final org.newsgraph.extract.facts.paths.PathRules paths = org.newsgraph.extract.facts.paths.PathRules.load(
      "relation-paths.tsv", "triggers.tsv", java.util.Set.of("parentOf", "spouseOf", "siblingOf"));

  @Override
  public String name() {
    return "family";
  }

  @Override
  public void extract(ArticleContext a, FactSink sink) {
    sink = new org.newsgraph.extract.facts.FirstOnlySink(new org.newsgraph.extract.facts.DeclaringSink(a, sink));
    CoupleChildren couples = new CoupleChildren(sink);
    paths.apply(a, couples, name());
    rules.apply(MaskedArticle.of(a, Optional.empty()), couples, name());
    couples.apply(a, name());
  }
}
