package org.newsgraph.link;

import java.util.List;
import java.util.Set;

/**
 * An entity the pipeline resolved and wants linked.
 *
 * @param kind one of {@link #KINDS}: person, organization, place, office, policy
 * @param label the entity's canonical label
 * @param altLabels the other surface forms seen for it
 * @param context labels of places, organisations and offices mentioned in the same articles; they
 *     decide between namesakes (Pasadena in California or in Texas)
 */
public record Candidate(String kind, String label, List<String> altLabels, List<String> context) {
  /** The kinds of resource the linker knows. */
  public static final Set<String> KINDS =
      Set.of("person", "organization", "place", "office", "policy");

  public Candidate {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException(
          "cannot link kind '" + kind + "'; linkable kinds: " + String.join(", ", sorted()));
    }
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("a " + kind + " candidate needs a label");
    }
    altLabels = List.copyOf(altLabels);
    context = List.copyOf(context);
  }

  /** A candidate with no other labels and no context. */
  public static Candidate of(String kind, String label) {
    return new Candidate(kind, label, List.of(), List.of());
  }

  /** The label followed by the other labels. */
  public List<String> surfaces() {
    var all = new java.util.ArrayList<String>(altLabels.size() + 1);
    all.add(label);
    all.addAll(altLabels);
    return all;
  }

  private static List<String> sorted() {
    return KINDS.stream().sorted().toList();
  }
}
