package org.newsgraph.extract.facts;

import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Ref;

/**
 * Something a masked sentence replaced by a placeholder: a name mention or a policy phrase.
 *
 * @param code P (person), O (organisation), L (place) or Y (policy)
 * @param start character offset in the article text (inclusive)
 * @param end character offset in the article text (exclusive)
 * @param mention the name mention, or null for a policy phrase
 * @param ref the entity or policy it stands for
 * @param text the words as written
 */
public record Slot(char code, int start, int end, Mention mention, Ref ref, String text) {
  public boolean isAgent() {
    return code == 'P' || code == 'O';
  }
}
