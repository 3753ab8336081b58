package org.newsgraph.link;

/**
 * One result of {@code wbsearchentities}.
 *
 * @param matchType label, alias or entityId
 * @param matchText the label or alias that matched
 */
public record SearchHit(
    String id, String label, String description, String matchType, String matchText) {}
