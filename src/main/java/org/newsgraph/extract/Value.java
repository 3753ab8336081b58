package org.newsgraph.extract;

/** The object of a {@link Fact}: a resource of ours, an external IRI, or a literal. */
public sealed interface Value extends java.io.Serializable permits Ref, ExternalIri, Literal {}
