package org.newsgraph.extract;

import org.newsgraph.nlp.EntityType;

/**
 * A name in a sentence, resolved to the entity it refers to (one entity per real-world thing across
 * all articles).
 *
 * @param sentence index of the sentence in the article
 * @param startToken first token (inclusive)
 * @param endToken last token (exclusive)
 * @param start character offset into the article text (inclusive)
 * @param end character offset into the article text (exclusive)
 * @param text the surface form as in the article
 * @param entity the resolved entity
 */
public record Mention(
    int sentence,
    int startToken,
    int endToken,
    int start,
    int end,
    String text,
    EntityType type,
    Ref entity) implements java.io.Serializable {}
