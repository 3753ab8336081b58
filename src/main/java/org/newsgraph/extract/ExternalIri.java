package org.newsgraph.extract;

/** An IRI outside our namespace, e.g. a Wikidata entity. */
public record ExternalIri(String iri) implements Value {}
