package org.newsgraph.export;

import java.util.List;
import java.util.Objects;

/**
 * One relation of the property graph: a triple between two nodes, summed over the articles.
 *
 * @param source the subject's IRI
 * @param predicate the predicate's IRI
 * @param target the object's IRI
 * @param weight how many articles (named graphs) state it
 * @param date its earliest date (lexical form), or null: the date of the dated event or case it
 *     belongs to, else the publication date of the article that states it
 * @param evidence the sentences that state it (from the reifiers' {@code ng:evidence}), sorted
 */
public record GraphEdge(
    String source, String predicate, String target, int weight, String date, List<String> evidence) {

  public GraphEdge {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(target, "target");
    if (weight < 1) {
      throw new IllegalArgumentException("weight must be at least 1: " + weight + " for " + source + " " + predicate + " " + target);
    }
    evidence = List.copyOf(evidence);
  }

  /** The predicate's local name, e.g. {@code criticizes}: what tools show on the edge. */
  public String label() {
    return PropertyGraph.localName(predicate);
  }
}
