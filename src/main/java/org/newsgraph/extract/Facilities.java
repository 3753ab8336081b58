package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.corpus.LexiconFiles;

/**
 * Buildings that are institutions too ({@code facility-heads.txt}): "Harborton County Jail", "Elm
 * Ridge High School", "Port Elm Regional Medical Center" are a place one is held in, taken to or
 * meets at, and an organisation that acts. Such an organisation or place gets both types.
 */
final class Facilities {
  private static final Set<String> HEADS = LexiconFiles.lines("facility-heads.txt").stream()
      .map(h -> h.toLowerCase(Locale.ROOT))
      .collect(Collectors.toUnmodifiableSet());

  private Facilities() {}

  /** The types of an entity: its own, and the other one when its label names a facility. */
  static List<String> types(String type, String label) {
    if (type.equals("Person") || label == null || !isFacility(label)) {
      return List.of(type);
    }
    return type.equals("Place") ? List.of("Place", "Organization") : List.of("Organization", "Place");
  }

  static boolean isFacility(String label) {
    String[] w = label.toLowerCase(Locale.ROOT).split("\\s+");
    if (w.length < 2) {
      return false;
    }
    String last = w[w.length - 1];
    return HEADS.contains(last) || HEADS.contains(w[w.length - 2] + " " + last);
  }
}
