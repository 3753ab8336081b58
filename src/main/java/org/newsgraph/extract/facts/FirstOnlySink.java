package org.newsgraph.extract.facts;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.Value;

/**
 * Passes on the first statement of each (subject, property, object) from one sentence and drops
 * the same statement read from the same sentence by a later rule: where the tree rules and the
 * older string rules both find a relation, it is one fact, with the evidence of the rule that found
 * it first. Another sentence that states it again adds its own evidence.
 */
public final class FirstOnlySink implements FactSink {
  private final FactSink sink;
  private final Set<List<Object>> seen = new HashSet<>();

  public FirstOnlySink(FactSink sink) {
    this.sink = sink;
  }

  @Override
  public void node(Ref ref, List<String> types, String label, Collection<String> altLabels) {
    sink.node(ref, types, label, altLabels);
  }

  @Override
  public void fact(Ref subject, String property, Value object, Evidence evidence) {
    if (seen.add(List.of(subject, property, object, evidence.sentence()))) {
      sink.fact(subject, property, object, evidence);
    }
  }
}
