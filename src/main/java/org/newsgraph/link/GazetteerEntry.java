package org.newsgraph.link;

import java.util.List;

/**
 * One row of the gazetteer ({@code data/wikidata/gazetteer.tsv}).
 *
 * @param qid the verified Wikidata item id
 * @param label its English label
 * @param aliases other names that identify it on their own
 * @param weakAliases names that identify it only when the context supports it (written with a
 *     leading {@code ~} in the file, e.g. {@code ~the Times}); any entity matching such a name needs
 *     context support to be linked
 * @param kind person, organization, place, office or policy
 * @param subtype e.g. county, city, newspaper (may be empty)
 * @param parentQid the item it lies in (places: P131) or whose jurisdiction it belongs to; empty if
 *     none is recorded
 * @param source where the QID was seen tied to the entity
 * @param singleSource true for entries verified from one source only (V1)
 */
public record GazetteerEntry(
    String qid,
    String label,
    List<String> aliases,
    List<String> weakAliases,
    String kind,
    String subtype,
    String parentQid,
    String source,
    boolean singleSource) {
  public GazetteerEntry {
    aliases = List.copyOf(aliases);
    weakAliases = List.copyOf(weakAliases);
  }
}
