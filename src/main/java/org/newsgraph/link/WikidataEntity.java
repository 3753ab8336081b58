package org.newsgraph.link;

import java.util.List;
import java.util.Map;

/**
 * The parts of a {@code wbgetentities} item the linker reads.
 *
 * @param claims item values of the properties read: P31 (instance of), P39 (position held),
 *     P1001 (jurisdiction), P131 (located in), P17 (country); deprecated statements left out
 * @param hasCoordinates whether it has a P625 coordinate location
 */
public record WikidataEntity(
    String id,
    String label,
    List<String> aliases,
    String description,
    Map<String, List<String>> claims,
    boolean hasCoordinates) {
  public WikidataEntity {
    aliases = List.copyOf(aliases);
    claims = Map.copyOf(claims);
  }

  /** The item values of one property (empty if none). */
  public List<String> values(String property) {
    return claims.getOrDefault(property, List.of());
  }
}
