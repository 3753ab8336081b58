package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Offline linking against the project's gazetteer: precision on every verified entry, near misses
 * stay NIL, and one test per disambiguation trap named in the Wikidata research notes.
 */
class GazetteerLinkerTest {
  static final Gazetteer GAZ = Gazetteer.standard();
  static final GazetteerLinker LINKER = new GazetteerLinker(GAZ);

  static Optional<String> qid(String kind, String label, List<String> alt, List<String> ctx) {
    return LINKER.link(new Candidate(kind, label, alt, ctx)).map(Link::qid);
  }

  static Optional<String> qid(String kind, String label, String... ctx) {
    return qid(kind, label, List.of(), List.of(ctx));
  }

  static Stream<Arguments> entries() {
    return GAZ.entries().stream().map(e -> Arguments.of(e.qid(), e));
  }

  /** Entries whose label is also an ambiguous (weak) name of another item need context. */
  static boolean ambiguousByDesign(GazetteerEntry e) {
    return !GAZ.byWeakAlias(Names.key(e.label())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void everyEntryLinksToExactlyItsQidFromLabelAliasesAndLocation(String qid, GazetteerEntry e) {
    List<String> ctx = new ArrayList<>();
    GAZ.byQid(e.parentQid()).ifPresent(p -> ctx.add(p.label()));
    if (ambiguousByDesign(e)) {
      ctx.add(e.label()); // "The Times" is linked only when the context names it
    }
    assertEquals(Optional.of(qid), qid(e.kind(), e.label(), e.aliases(), ctx), e.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void everyNameAloneLinksToItsQidOrStaysNilNeverElsewhere(String qid, GazetteerEntry e) {
    List<String> names = new ArrayList<>(e.aliases());
    names.add(0, e.label());
    for (String n : names) {
      Optional<String> got = qid(e.kind(), n);
      String key = Names.key(n);
      long items =
          Stream.of(GAZ.byLabel(key), GAZ.byAlias(key), GAZ.byWeakAlias(key))
              .flatMap(List::stream)
              .filter(g -> g.kind().equals(e.kind()))
              .map(GazetteerEntry::qid)
              .distinct()
              .count();
      if (items == 1) {
        assertEquals(Optional.of(qid), got, "unambiguous name '" + n + "'");
      } else {
        assertTrue(got.isEmpty() || got.get().equals(qid), "'" + n + "' linked to " + got);
      }
    }
  }

  @Test
  void everyVerifiedRowOfTheResearchTableIsInTheGazetteer() {
    // the QIDs of wikidata-verified.tsv (../shared/research), copied here as the target list
    Set<String> verified =
        Set.of(
            "Q104994", "Q65", "Q99", "Q30", "Q771", "Q1166", "Q1456", "Q54072", "Q5925",
            "Q127856", "Q595550", "Q485176", "Q488940", "Q47716", "Q844837", "Q186068",
            "Q188515", "Q11148", "Q40469", "Q40464", "Q13974", "Q43380", "Q312", "Q21637",
            "Q66096", "Q918", "Q653368", "Q600751", "Q578478", "Q384593", "Q6503343", "Q8454",
            "Q149086", "Q132821", "Q1763090", "Q329525", "Q40357", "Q2159907", "Q2144663",
            "Q100", "Q498024", "Q1553390", "Q29552", "Q29468", "Q1862087");
    for (String q : verified) {
      assertTrue(GAZ.byQid(q).isPresent(), q + " missing from the gazetteer");
    }
    assertTrue(GAZ.byQid("Q186068").orElseThrow().singleSource(), "Fox News is V1");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "organization;Los Angeles County Sheriff's Department",
        "organization;Los Angeles Police Department",
        "organization;ACLU of Southern California",
        "organization;American Civil Liberties Union of Southern California",
        "organization;Fox Corporation",
        "organization;Fox",
        "organization;Fox & Friends First",
        "organization;NBC News",
        "organization;CBS News",
        "organization;Senate",
        "organization;California State Senate",
        "organization;Southern Poverty Law Center",
        "organization;Fair and Just Prosecution",
        "organization;El Monte Police Department",
        "organization;Getty Images",
        "organization;Guardians",
        "organization;Times",
        "organization;New York",
        "office;Los Angeles County District Attorney",
        "office;Suffolk County District Attorney",
        "office;Orange County District Attorney",
        "office;deputy district attorney",
        "office;Sheriff of Los Angeles County",
        "office;United States Attorney for the District of Massachusetts",
        "policy;death row",
        "policy;life imprisonment",
        "policy;cash bail",
        "policy;three-strikes law",
        "policy;sentencing enhancements",
        "policy;prisons",
        "place;North Hollywood",
        "place;South Pasadena",
        "place;Los Angeles Countyy",
        "place;El Monte City Hall",
        "place;Charleston County",
        "place;Orange Grove",
        "place;Beverly",
        "place;Apple",
        "place;Pasadena",
        "place;Charleston",
        "person;George Gascón",
        "person;George Gascon",
        "person;Rachael Rollins",
        "person;Jackie Lacey",
        "person;Alex Villanueva",
        "person;Boston",
        "organization;California",
        "organization;district attorney",
      })
  void nearMissesStayNil(String kind, String name) {
    assertEquals(Optional.empty(), qid(kind, name), kind + " '" + name + "'");
  }

  // ---- one test per trap of wikidata.md section 1.7 ----

  @Test
  void trapLosAngelesCityVersusCounty() {
    assertEquals(Optional.of("Q65"), qid("place", "Los Angeles"));
    assertEquals(Optional.of("Q65"), qid("place", "L.A."));
    assertEquals(Optional.of("Q104994"), qid("place", "Los Angeles County"));
    assertEquals(Optional.of("Q104994"), qid("place", "L.A. County"));
    // a county-heavy context does not turn the city into the county, nor the reverse
    assertEquals(
        Optional.of("Q65"),
        qid("place", "Los Angeles", "Los Angeles County District Attorney", "Los Angeles County"));
    assertEquals(Optional.of("Q104994"), qid("place", "Los Angeles County", "Los Angeles"));
    // the office's jurisdiction is read from its name in context
    assertEquals(Optional.empty(), qid("office", "Los Angeles County District Attorney"));
  }

  @Test
  void aNamedOfficeIsNeverTheGenericPositionThroughItsOtherNames() {
    // the founding articles' "Los Angeles County District Attorney" is also called "the DA"
    assertEquals(Optional.empty(), qid("office", "Los Angeles County District Attorney",
        List.of("DA", "district attorney", "D.A."), List.of("Los Angeles County")));
    assertEquals(Optional.empty(), qid("office", "Los Angeles County Sheriff",
        List.of("sheriff"), List.of("Los Angeles County")));
    assertEquals(Optional.of("Q653368"), qid("office", "district attorney", List.of("DA"), List.of()));
    assertTrue(Scoring.partOf("da", "los angeles county district attorney"));
    assertTrue(Scoring.partOf("la county", "los angeles county"));
    assertTrue(Scoring.partOf("gascon", "george gascon"));
    assertFalse(Scoring.partOf("times", "los angeles county"));
    assertFalse(Scoring.partOf("l a", "george gascon"));
  }

  @Test
  void trapBeverlyHillsCaliforniaVersusMichigan() {
    assertEquals(Optional.empty(), qid("place", "Beverly Hills"));
    assertEquals(Optional.of("Q127856"), qid("place", "Beverly Hills", "Los Angeles County"));
    assertEquals(Optional.of("Q127856"), qid("place", "Beverly Hills", "California"));
    assertEquals(Optional.of("Q851790"), qid("place", "Beverly Hills", "Michigan"));
    assertEquals(Optional.of("Q127856"), qid("place", "Beverly Hills, Calif."));
    // a founding article names Los Angeles County and Los Angeles, and Michigan in passing
    assertEquals(Optional.of("Q127856"),
        qid("place", "Beverly Hills", "Los Angeles County", "Los Angeles", "Michigan",
            "Massachusetts", "Suffolk County"));
    assertEquals(Optional.empty(), qid("place", "Beverly Hills", "California", "Michigan"));
  }

  @Test
  void trapPasadenaCaliforniaVersusTexas() {
    assertEquals(Optional.empty(), qid("place", "Pasadena"));
    assertEquals(Optional.of("Q485176"), qid("place", "Pasadena", "California"));
    assertEquals(Optional.of("Q51695"), qid("place", "Pasadena", "Texas"));
    // a sibling city in the same county is enough
    assertEquals(Optional.of("Q485176"), qid("place", "Pasadena", "El Monte"));
    assertEquals(Optional.of("Q485176"), qid("place", "Pasadena, California"));
    // an ambiguous context name supports nothing
    assertEquals(Optional.empty(), qid("place", "Pasadena", "Charleston"));
  }

  @Test
  void trapElMonteVersusSouthElMonte() {
    assertEquals(Optional.of("Q595550"), qid("place", "El Monte"));
    assertEquals(Optional.of("Q983845"), qid("place", "South El Monte"));
    assertEquals(Optional.of("Q595550"), qid("place", "El Monte", "South El Monte"));
    assertTrue(LINKER.link(Candidate.of("place", "El Monte")).orElseThrow().method().endsWith("[V1]"));
  }

  @Test
  void trapOrangeCountyVersusTheCityOfOrange() {
    assertEquals(Optional.of("Q5925"), qid("place", "Orange County"));
    assertEquals(Optional.of("Q491350"), qid("place", "Orange"));
    assertEquals(Optional.of("Q5925"), qid("place", "Orange County", "Orange"));
    assertEquals(Optional.empty(), qid("organization", "Orange County"));
  }

  @Test
  void trapCharlestonSouthCarolinaVersusWestVirginia() {
    assertEquals(Optional.empty(), qid("place", "Charleston"));
    assertEquals(Optional.of("Q47716"), qid("place", "Charleston", "South Carolina"));
    assertEquals(Optional.of("Q44564"), qid("place", "Charleston", "West Virginia"));
    assertEquals(Optional.of("Q47716"), qid("place", "Charleston, South Carolina"));
    assertEquals(Optional.of("Q47716"), qid("place", "Charleston, S.C."));
  }

  @Test
  void trapTheTimesIsNeverGuessed() {
    assertEquals(Optional.empty(), qid("organization", "the Times"));
    assertEquals(Optional.empty(), qid("organization", "The Times"));
    assertEquals(Optional.of("Q188515"), qid("organization", "Los Angeles Times"));
    assertEquals(Optional.of("Q188515"), qid("organization", "the Times", "Los Angeles Times"));
    assertEquals(Optional.of("Q9684"), qid("organization", "the Times", "The New York Times"));
    assertEquals(
        Optional.empty(),
        qid("organization", "the Times", "Los Angeles Times", "New York Times"));
    // the resolved entity carries both forms: its full label decides
    assertEquals(
        Optional.of("Q188515"),
        qid("organization", "Los Angeles Times", List.of("the Times", "L.A. Times"), List.of()));
    Link l = LINKER.link(new Candidate("organization", "the Times", List.of(),
        List.of("Los Angeles Times"))).orElseThrow();
    assertEquals("gazetteer:weak-alias+context[V1]", l.method());
  }

  @Test
  void trapRollinsHasNoVerifiedQidOffline() {
    assertEquals(Optional.empty(), qid("person", "Rachael Rollins", "Suffolk County"));
    assertEquals(Optional.empty(), qid("person", "Rollins", "Massachusetts"));
    assertEquals(Optional.empty(), qid("person", "Brooke Rollins"));
  }

  @Test
  void trapGasconHasNoVerifiedQidOffline() {
    assertEquals(Optional.empty(), qid("person", "George Gascón", "Los Angeles County"));
    assertEquals(Optional.empty(), qid("person", "Gascón"));
    assertEquals(Optional.empty(), qid("person", "Gascoigne"));
  }

  @Test
  void trapFoxNewsIsNotFoxCorporation() {
    assertEquals(Optional.of("Q186068"), qid("organization", "Fox News"));
    assertEquals(Optional.of("Q186068"), qid("organization", "FOX NEWS"));
    assertEquals(Optional.empty(), qid("organization", "Fox Corporation"));
    assertEquals(Optional.empty(), qid("organization", "Fox"));
    assertEquals(
        "gazetteer:exact-label[V1]",
        LINKER.link(Candidate.of("organization", "Fox News")).orElseThrow().method());
  }

  @Test
  void trapAcluIsNotItsSouthernCaliforniaChapter() {
    assertEquals(Optional.of("Q21637"), qid("organization", "ACLU"));
    assertEquals(Optional.of("Q21637"), qid("organization", "American Civil Liberties Union"));
    assertEquals(Optional.empty(), qid("organization", "ACLU of Southern California"));
    assertEquals(
        Optional.empty(),
        qid("organization", "ACLU of Southern California", List.of("ACLU SoCal"),
            List.of("Southern California")));
  }

  // ---- kinds, scores, normalisation ----

  @Test
  void kindFilterKeepsPlacesOrganisationsOfficesAndPoliciesApart() {
    assertEquals(Optional.empty(), qid("organization", "California"));
    assertEquals(Optional.empty(), qid("place", "Apple"));
    assertEquals(Optional.of("Q312"), qid("organization", "Apple"));
    assertEquals(Optional.of("Q653368"), qid("office", "district attorney"));
    assertEquals(Optional.of("Q8454"), qid("policy", "death penalty"));
    assertEquals(Optional.of("Q8454"), qid("policy", "Death Penalty"));
  }

  @Test
  void otherLabelsThatArePartOfTheLabelNeverLinkAlone() {
    assertEquals(Optional.empty(),
        qid("place", "El Monte City Hall", List.of("El Monte"), List.of("Los Angeles County")));
    assertEquals(Optional.of("Q595550"),
        qid("place", "El Monte", List.of("El Monte, Calif."), List.of()));
  }

  @Test
  void accentsCaseAndPunctuationAreIgnored() {
    assertEquals(Names.key("George Gascón"), Names.key("george  GASCON"));
    assertEquals(Names.key("L.A."), Names.key("LA"));
    assertEquals(Names.key("The Times"), Names.key("Times"));
    assertEquals("agence france presse", Names.key("Agence France-Presse"));
    assertEquals(Optional.of("Q40464"), qid("organization", "Agence France Presse"));
  }

  @Test
  void scoresAreInRangeAndContextRaisesThem() {
    Link plain = LINKER.link(Candidate.of("place", "El Monte")).orElseThrow();
    Link ctx = LINKER.link(new Candidate("place", "El Monte", List.of(), List.of("California")))
        .orElseThrow();
    assertTrue(plain.score() > 0 && plain.score() <= 1);
    assertTrue(ctx.score() > plain.score(), plain + " vs " + ctx);
    assertEquals("gazetteer:exact-label[V1]", plain.method());
    assertEquals("gazetteer:exact-label+context[V1]", ctx.method());
    assertFalse(LINKER.link(Candidate.of("place", "Boston")).orElseThrow().method().contains("V1"));
  }
}
