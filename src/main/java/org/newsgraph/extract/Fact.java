package org.newsgraph.extract;

/**
 * One extracted statement with its evidence.
 *
 * @param property local name of an {@code ng:} property (e.g. "holdsOffice", "speaker"), or one of
 *     the prefixed names "owl:sameAs", "skos:exactMatch"
 */
public record Fact(Ref subject, String property, Value object, Evidence evidence) implements java.io.Serializable {}
