package org.newsgraph.extract.facts.dates;

import java.util.Optional;

/**
 * A date expression found in a text.
 *
 * @param start offset of the first character in the searched text (inclusive)
 * @param end offset after the last character (exclusive)
 * @param text the expression as written
 * @param value the resolved date; empty when the expression is relative and there is no
 *     publication date to resolve it against
 * @param relative whether the expression needs the publication date ("Wednesday", "last month")
 */
public record DateMention(
    int start, int end, String text, Optional<TemporalValue> value, boolean relative) {}
