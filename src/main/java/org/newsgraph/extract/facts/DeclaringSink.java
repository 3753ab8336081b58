package org.newsgraph.extract.facts;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.FactSink;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.Value;

/**
 * Passes facts on, first declaring (typed, with its corpus label) every person, organisation or
 * place a fact names that the article's own mentions do not: an entity found through a surname or
 * the corpus index must be described in the article graph that uses it.
 */
public final class DeclaringSink implements FactSink {
  private final ArticleContext article;
  private final FactSink sink;
  private final Set<Ref> known = new HashSet<>();

  public DeclaringSink(ArticleContext article, FactSink sink) {
    this.article = article;
    this.sink = sink;
    for (Mention m : article.mentions()) {
      known.add(m.entity());
    }
  }

  @Override
  public void node(Ref ref, List<String> types, String label, Collection<String> altLabels) {
    sink.node(ref, types, label, altLabels);
  }

  @Override
  public void fact(Ref subject, String property, Value object, Evidence evidence) {
    declare(subject);
    if (object instanceof Ref r) {
      declare(r);
    }
    sink.fact(subject, property, object, evidence);
  }

  /** "tom-crane" as "Tom Crane": the label of a resource minted from its slug. */
  static String titleCase(String slug) {
    StringBuilder b = new StringBuilder();
    for (String w : slug.split("-")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return b.toString();
  }

  private void declare(Ref r) {
    String type;
    switch (r.kind()) {
      case "person":
        type = "Person";
        break;
      case "organization":
        type = "Organization";
        break;
      case "place":
        type = "Place";
        break;
      default:
        return;
    }
    if (known.add(r)) {
      sink.node(r, List.of(type), article.labelOf(r).orElse(titleCase(r.slug())), List.of());
    }
  }
}
