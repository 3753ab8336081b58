package org.newsgraph.export;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which part of the graph an export shows. A view keeps the edges whose predicate it names (all
 * of them for {@link #ALL}) that touch one of its core types (any node when it has none), and the
 * nodes of its core types together with the other ends of those edges.
 */
public enum View {
  ALL(List.of(), List.of()),
  PEOPLE(List.of("Person"), List.of("memberOf", "criticizes", "supports", "parentOf", "spouseOf", "siblingOf")),
  STANCES(List.of(), List.of("criticizes", "supports", "supportsPolicy", "opposesPolicy")),
  CASES(List.of("Case"), List.of("victim", "defendant", "place", "jurisdiction", "concernsPolicy", "participant", "target")),
  OFFICES(List.of("Office"), List.of("holdsOffice", "formerlyHeldOffice", "jurisdiction", "organization")),
  EVENTS(List.of("Event"), List.of("participant", "target", "victim", "defendant", "place", "jurisdiction", "concernsPolicy"));

  /** The node types, most important first: a resource with several gets the first. */
  public static final List<String> TYPES =
      List.of("Person", "Organization", "Place", "Office", "Case", "Policy", "Event");

  private final Set<String> coreTypes;
  private final Set<String> predicates;

  View(List<String> coreTypes, List<String> predicates) {
    this.coreTypes = Set.copyOf(coreTypes);
    this.predicates = Set.copyOf(predicates);
  }

  /** The name users type: {@code all}, {@code people}... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The node types every node of which the view keeps (empty: only ends of its edges, or all for ALL). */
  public List<String> coreTypes() {
    return coreTypes.stream().sorted().toList();
  }

  /** The ng: local names of the predicates it keeps, sorted (empty for ALL: every predicate). */
  public List<String> predicates() {
    return predicates.stream().sorted().toList();
  }

  boolean keepsNode(String type) {
    return this == ALL || coreTypes.contains(type);
  }

  boolean keepsEdge(String predicateLocalName, String sourceType, String targetType) {
    if (this == ALL) {
      return true;
    }
    if (!predicates.contains(predicateLocalName)) {
      return false;
    }
    return coreTypes.isEmpty() || coreTypes.contains(sourceType) || coreTypes.contains(targetType);
  }

  /** The view named {@code id}, or an error listing the ones there are. */
  public static View of(String id) {
    for (View v : values()) {
      if (v.id().equals(id.toLowerCase(Locale.ROOT))) {
        return v;
      }
    }
    throw new IllegalArgumentException("No view " + id + ". Available: "
        + String.join(", ", java.util.Arrays.stream(values()).map(View::id).toList()));
  }
}
