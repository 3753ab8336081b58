package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.ExternalIri;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Ref;

class LinkFactsTest {
  @Test
  void peopleOrganisationsAndPlacesAreSameAsOfficesAndPoliciesExactMatch() {
    assertEquals("owl:sameAs", LinkFacts.property("person"));
    assertEquals("owl:sameAs", LinkFacts.property("organization"));
    assertEquals("owl:sameAs", LinkFacts.property("place"));
    assertEquals("skos:exactMatch", LinkFacts.property("office"));
    assertEquals("skos:exactMatch", LinkFacts.property("policy"));
    assertThrows(IllegalArgumentException.class, () -> LinkFacts.property("case"));
  }

  @Test
  void aLinkBecomesOneFactWithItsScoreAndMethodAsEvidence() {
    Ref place = new Ref("place", "pasadena");
    Link link = new Link("Q485176", 0.91, "gazetteer:exact-label+context");
    List<Fact> facts = LinkFacts.toFacts(place, "Pasadena", Optional.of(link));
    assertEquals(
        List.of(new Fact(place, "owl:sameAs",
            new ExternalIri("http://www.wikidata.org/entity/Q485176"),
            new Evidence("Pasadena", 0, 0, 0.91, "gazetteer:exact-label+context"))),
        facts);
    assertEquals(List.of(), LinkFacts.toFacts(place, "Pasadena", Optional.empty()));
    Fact policy = LinkFacts.toFact(new Ref("policy", "death-penalty"), "death penalty",
        new Link("Q8454", 0.63, "gazetteer:alias"));
    assertEquals("skos:exactMatch", policy.property());
  }

  @Test
  void linksAndCandidatesRejectBadValues() {
    assertThrows(IllegalArgumentException.class, () -> new Link("Q0", 0.5, "x"));
    assertThrows(IllegalArgumentException.class, () -> new Link("P31", 0.5, "x"));
    assertThrows(IllegalArgumentException.class, () -> new Link("Q5", 1.5, "x"));
    assertThrows(IllegalArgumentException.class, () -> new Link("Q5", Double.NaN, "x"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Candidate.of("case", "x"));
    assertTrue(e.getMessage().contains("linkable kinds"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Candidate.of("person", " "));
  }

  @Test
  void gazetteerFileErrorsNameTheLineAndTheProblem() {
    String header = String.join("\t", Gazetteer.HEADER) + "\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.parse(
        new java.io.ByteArrayInputStream((header + "Q1\tx\t\tplace:city\tQ2\tsrc\tV2\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "g.tsv"));
    assertTrue(e.getMessage().startsWith("g.tsv:2: verified must be V or V1"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.parse(
        new java.io.ByteArrayInputStream((header + "Q1\tx\t\tthing\t\tsrc\tV\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "g.tsv"));
    assertTrue(e.getMessage().contains("type 'thing'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.parse(
        new java.io.ByteArrayInputStream((header + "Q1\tx\t\tplace\t\t\tV\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "g.tsv"));
    assertTrue(e.getMessage().contains("no source"), e.getMessage());
  }
}
