package org.newsgraph.extract;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A resource described in an article's graph: its classes (local names of {@code ng:} classes, most
 * specific first, e.g. [PressConference, Event]), its one canonical label and the other surface
 * forms seen.
 */
public record Node(Ref ref, List<String> types, String label, SortedSet<String> altLabels) implements java.io.Serializable {
  public Node {
    types = List.copyOf(types);
    altLabels = new TreeSet<>(altLabels);
    altLabels.remove(label);
  }
}
