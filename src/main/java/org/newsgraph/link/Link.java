package org.newsgraph.link;

import java.util.regex.Pattern;

/**
 * A Wikidata item an entity was linked to.
 *
 * @param qid the item's id, e.g. Q65
 * @param score 0..1, how sure the linker is
 * @param method how the link was found, e.g. "gazetteer:exact-label",
 *     "gazetteer:alias+context", "online:wbsearchentities:label+context"; a suffix "[V1]" marks a
 *     gazetteer entry verified by one source only
 */
public record Link(String qid, double score, String method) implements java.io.Serializable {
  /** The namespace of Wikidata entity IRIs. */
  public static final String ENTITY_NS = "http://www.wikidata.org/entity/";

  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

  public Link {
    if (!QID.matcher(qid).matches()) {
      throw new IllegalArgumentException("not a Wikidata item id: '" + qid + "'");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("link score must be in 0..1, got " + score);
    }
  }

  /** The item's IRI, {@code http://www.wikidata.org/entity/Q…}. */
  public String iri() {
    return ENTITY_NS + qid;
  }
}
