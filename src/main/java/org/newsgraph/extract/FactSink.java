package org.newsgraph.extract;

import java.util.Collection;
import java.util.List;

/** Where extractors put what they find in one article. */
public interface FactSink {
  /**
   * Declares a resource described by this article (a case, an event, an office, a quotation...).
   * Declaring the same ref twice merges types and alternative labels; the first label wins.
   *
   * @param types local names of ng: classes, most specific first, e.g. List.of("Shooting", "Event")
   */
  void node(Ref ref, List<String> types, String label, Collection<String> altLabels);

  /** States a fact with its evidence. Duplicate (subject, property, object) facts keep all evidence. */
  void fact(Ref subject, String property, Value object, Evidence evidence);
}
