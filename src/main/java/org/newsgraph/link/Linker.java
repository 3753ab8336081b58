package org.newsgraph.link;

import java.util.Optional;

/** Links a resolved entity to a Wikidata item, or leaves it unlinked (NIL). */
@FunctionalInterface
public interface Linker {
  /** The link, or empty when no item is certain enough (the entity stays NIL). */
  Optional<Link> link(Candidate candidate);
}
