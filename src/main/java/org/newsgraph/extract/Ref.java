package org.newsgraph.extract;

import java.util.regex.Pattern;

/**
 * A resource of the graph, by kind and slug; the rdf stage turns it into
 * {@code https://w3id.org/newsgraph/id/{kind}/{slug}}.
 *
 * @param kind one of person, organization, place, office, case, event, quotation, policy, article
 */
public record Ref(String kind, String slug) implements Value {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern KIND = Pattern.compile("[a-z]+");

  public Ref {
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("bad resource kind '" + kind + "'");
    }
    if (!SLUG.matcher(slug).matches()) {
      throw new IllegalArgumentException("bad slug '" + slug + "' for kind " + kind);
    }
  }

  @Override
  public String toString() {
    return kind + "/" + slug;
  }
}
