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

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("newsgraph.extract");

  /**
   * Cases, events, stances, families and ages, and policy stances with the policy scheme
   * {@value PolicyScheme#RESOURCE} from the classpath. Without the scheme the policy facts cannot be
   * read: that is logged as a warning and the other extractors run.
   */
  public static List<FactExtractor> all() {
    Optional<PolicyScheme> scheme = PolicyScheme.fromClasspath();
    if (scheme.isEmpty()) {
      LOG.warn("the policy scheme {} is not on the classpath (ontology/policies.ttl): no policy facts will be extracted",
          PolicyScheme.RESOURCE);
    }
    return all(scheme);
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
