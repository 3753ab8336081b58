package org.newsgraph.export;

import java.util.List;
import java.util.Objects;

/**
 * One resource of the property graph: a person, organisation, place, office, case, policy or event.
 *
 * @param id the resource's IRI
 * @param label its {@code rdfs:label} (the most frequent one across articles)
 * @param type its class among the node classes of {@link View#ALL}, e.g. {@code Person}, {@code Event}
 * @param kind its most specific class, e.g. {@code Killing} for an event; the type when none is finer
 * @param qid the Wikidata QID from {@code owl:sameAs} or {@code skos:exactMatch}, or null
 * @param articles how many articles mention or describe it
 * @param date its earliest {@code ng:date} (lexical form: a date, year-month or year), or null
 * @param attributes its literal facts (age, charge, quotations...) with their evidence, in order
 */
public record GraphNode(
    String id,
    String label,
    String type,
    String kind,
    String qid,
    int articles,
    String date,
    List<Attribute> attributes) {

  public GraphNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(kind, "kind");
    if (articles < 0) {
      throw new IllegalArgumentException("articles must not be negative: " + articles + " for " + id);
    }
    attributes = List.copyOf(attributes);
  }

  /**
   * A literal fact of a node, for people to read (not an edge).
   *
   * @param name the property's local name, e.g. {@code age}, {@code charge}, {@code said}
   * @param value the value as written in the graph
   * @param evidence the sentences that state it, sorted
   */
  public record Attribute(String name, String value, List<String> evidence) {
    public Attribute {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      evidence = List.copyOf(evidence);
    }
  }
}
