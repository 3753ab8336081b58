package org.newsgraph.link;

import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.ExternalIri;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Ref;

/**
 * Turns a link into the fact the rdf stage writes: people, organisations and places {@code
 * owl:sameAs} the item; offices and policies {@code skos:exactMatch} it. The evidence carries the
 * label that was linked (as its sentence, offsets 0..0), the score as confidence and the method.
 */
public final class LinkFacts {
  public static final String SAME_AS = "owl:sameAs";
  public static final String EXACT_MATCH = "skos:exactMatch";

  private LinkFacts() {}

  /** The linking property for a kind of resource. */
  public static String property(String kind) {
    return switch (kind) {
      case "person", "organization", "place" -> SAME_AS;
      case "office", "policy" -> EXACT_MATCH;
      default -> throw new IllegalArgumentException(
          "no Wikidata link for kind '" + kind + "'; linkable: " + Candidate.KINDS);
    };
  }

  /** The fact for one link of {@code subject}, whose label {@code label} was linked. */
  public static Fact toFact(Ref subject, String label, Link link) {
    return new Fact(
        subject,
        property(subject.kind()),
        new ExternalIri(link.iri()),
        new Evidence(label, 0, 0, link.score(), link.method()));
  }

  /** Zero or one fact: what the pipeline adds for a linking result. */
  public static List<Fact> toFacts(Ref subject, String label, Optional<Link> link) {
    return link.map(l -> List.of(toFact(subject, label, l))).orElse(List.of());
  }
}
