package org.newsgraph.extract.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.facts.cases.CaseExtractor;
import org.newsgraph.extract.facts.events.EventExtractor;
import org.newsgraph.extract.facts.family.FamilyExtractor;
import org.newsgraph.extract.facts.policy.PolicyScheme;
import org.newsgraph.extract.facts.policy.PolicyStanceExtractor;
import org.newsgraph.extract.facts.stance.StanceExtractor;

/** The fact extractors of this package, in the order the pipeline runs them. */
public final class FactExtractors {
  private FactExtractors() {}

  /**
   * Cases, events, stances, families and ages, and (when the policy scheme
   * {@value PolicyScheme#RESOURCE} is on the classpath) policy stances.
   *
   * @throws IllegalStateException when the policy scheme is missing: the graph would silently lack
   *     every policy fact
   */
  public static List<FactExtractor> all() {
    PolicyScheme scheme = PolicyScheme.fromClasspath().orElseThrow(() -> new IllegalStateException(
        "the policy scheme " + PolicyScheme.RESOURCE + " is not on the classpath (ontology/policies.ttl)"));
    return all(Optional.of(scheme));
  }

  /** The extractors with a given policy scheme, or without the policy ones when it is empty. */
  public static List<FactExtractor> all(Optional<PolicyScheme> scheme) {
    List<FactExtractor> out = new ArrayList<>();
    out.add(new CaseExtractor(scheme));
    out.add(new EventExtractor());
    out.add(new StanceExtractor());
    out.add(new FamilyExtractor());
    scheme.ifPresent(s -> out.add(new PolicyStanceExtractor(s)));
    return out;
  }
}
