package org.newsgraph.extract.office;

import org.newsgraph.extract.Mention;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.nlp.Sentence;

/**
 * A title the text gives a person, before its office is named.
 *
 * @param where the place or organisation the text ties to the title, or null
 * @param scope a scope word the title comes with instead of a name ("u.s.", "federal", "state",
 *     "county", "city"), or empty
 * @param former the text says the person no longer holds it
 * @param start character offset where the evidence starts (inclusive)
 * @param end character offset where the evidence ends (exclusive)
 * @param surface the title as written, with its jurisdiction ("Harborton County Prosecutor")
 * @param method the rule that read it, for the evidence
 */
public record TitleUse(Mention person, Lexicons.Title title, Mention where, String scope, boolean former,
    Sentence sentence, int start, int end, String surface, String method) {}
