package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Online linking against the fake Wikidata: kind filter from P31, exact names only, context from
 * P131 and descriptions, and the people traps of the research notes (Rollins, Gascón, Villanueva,
 * Lacey) that the offline gazetteer cannot decide.
 */
class WikidataLinkerIT {
  @TempDir Path cache;
  FakeWikidata fake;
  WikidataClient client;
  Linker online;
  Linker chained;
  final List<String> warnings = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    fake = FakeWikidata.world();
    client =
        new WikidataClient(
            WikidataClient.Config.defaults()
                .withBaseUrl(fake.baseUrl())
                .withCacheDir(cache)
                .withMinInterval(Duration.ofMillis(1)),
            warnings::add);
    Gazetteer g = Gazetteer.standard();
    online = new WikidataLinker(client, g, TypeClasses.standard(), Scoring.DEFAULT);
    chained = Linkers.chain(new GazetteerLinker(g), online);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  Optional<String> qid(Linker l, String kind, String label, List<String> alt, String... ctx) {
    return l.link(new Candidate(kind, label, alt, List.of(ctx))).map(Link::qid);
  }

  @Test
  void trapRollinsRachaelIsNeverBrooke() {
    assertEquals(Optional.of("Q900000001"), qid(online, "person", "Rachael Rollins", List.of()));
    assertEquals(
        Optional.of("Q900000001"),
        qid(online, "person", "Rachael Rollins", List.of("Rollins"), "Suffolk County"));
    assertEquals(Optional.empty(), qid(online, "person", "Rollins", List.of(), "Massachusetts"));
    Link l = online.link(Candidate.of("person", "Rachael Rollins")).orElseThrow();
    assertEquals("online:wbsearchentities:label", l.method());
    assertEquals(0.7, l.score(), 1e-9);
  }

  @Test
  void trapGasconNamesakesAndGascoigne() {
    assertEquals(Optional.of("Q900000010"), qid(online, "person", "George Gascón", List.of()));
    assertEquals(Optional.of("Q900000010"), qid(online, "person", "George Gascon", List.of()));
    assertEquals(Optional.of("Q900000010"),
        qid(online, "person", "George Gascón", List.of("Gascon", "Gascón", "George Gascon")));
    // three people and a family name are called just "Gascón"
    assertEquals(Optional.empty(), qid(online, "person", "Gascón", List.of()));
    assertEquals(Optional.empty(), qid(online, "person", "Gascoine", List.of()));
  }

  @Test
  void trapVillanuevaNamesakesNeedContext() {
    assertEquals(Optional.empty(), qid(online, "person", "Alex Villanueva", List.of()));
    Link l = online.link(new Candidate("person", "Alex Villanueva", List.of(),
        List.of("Los Angeles County Sheriff's Department", "Los Angeles County"))).orElseThrow();
    assertEquals("Q900000020", l.qid());
    assertEquals("online:wbsearchentities:label+context", l.method());
  }

  @Test
  void jurisdictionOfThePositionHeldDecidesBetweenNamesakes() {
    // two humans with the same name and description; only their positions' P1001 differ
    assertEquals(Optional.empty(), qid(online, "person", "Miriam Example", List.of()));
    Link l = online.link(new Candidate("person", "Miriam Example", List.of(),
        List.of("Suffolk County", "Massachusetts"))).orElseThrow();
    assertEquals("Q900000070", l.qid());
    assertEquals("online:wbsearchentities:label+context", l.method());
    assertEquals(Optional.of("Q900000072"),
        qid(online, "person", "Miriam Example", List.of(), "Texas"));
  }

  @Test
  void trapLaceyJackieIsNeverTiff() {
    assertEquals(Optional.of("Q900000030"), qid(online, "person", "Jackie Lacey", List.of()));
    assertEquals(Optional.empty(), qid(online, "person", "Lacey", List.of(), "Los Angeles County"));
  }

  @Test
  void trapPasadenaOnlineUsesLocatedIn() {
    assertEquals(Optional.empty(), qid(online, "place", "Pasadena", List.of()));
    assertEquals(Optional.of("Q51695"), qid(online, "place", "Pasadena", List.of(), "Texas"));
    assertEquals(Optional.of("Q485176"),
        qid(online, "place", "Pasadena", List.of(), "Los Angeles County"));
  }

  @Test
  void trapLosAngelesCityIsNotTheCountyOnline() {
    assertEquals(Optional.of("Q65"), qid(online, "place", "Los Angeles", List.of(), "Los Angeles County"));
    assertEquals(Optional.of("Q104994"), qid(online, "place", "LA County", List.of()));
  }

  @Test
  void trapTheTimesStaysNilOnlineToo() {
    assertEquals(Optional.empty(), qid(chained, "organization", "the Times", List.of()));
    assertEquals(Optional.of("Q188515"),
        qid(chained, "organization", "the Times", List.of(), "Los Angeles Times"));
  }

  @Test
  void trapFoxNewsIsNotFoxCorporationOnline() {
    assertEquals(Optional.of("Q186068"), qid(online, "organization", "Fox News", List.of()));
    assertEquals(Optional.empty(), qid(online, "organization", "Fox", List.of()).filter("Q186068"::equals));
    assertEquals(Optional.of("Q900000040"), qid(online, "organization", "Fox Corporation", List.of()));
  }

  @Test
  void trapAcluChapterIsItsOwnItem() {
    assertEquals(Optional.of("Q900000050"),
        qid(online, "organization", "ACLU of Southern California", List.of()));
    assertEquals(Optional.of("Q21637"), qid(online, "organization", "ACLU", List.of()));
  }

  @Test
  void kindFilterPersonOnlyToHumansPlaceOnlyToPlaces() {
    assertEquals(Optional.empty(), qid(online, "person", "Pasadena", List.of()));
    assertEquals(Optional.empty(), qid(online, "place", "Rachael Rollins", List.of()));
    assertEquals(Optional.empty(), qid(online, "organization", "George Gascón", List.of()));
    assertEquals(Optional.empty(), qid(online, "person", "Fox News", List.of()));
  }

  @Test
  void gazetteerAnswersFirstAndOnlyUnknownsGoOnline() {
    assertEquals(Optional.of("Q485176"), qid(chained, "place", "Pasadena", List.of(), "California"));
    assertEquals(0, fake.requests(), "gazetteer link needs no request");
    assertEquals(Optional.of("Q900000010"), qid(chained, "person", "George Gascón", List.of()));
    assertTrue(fake.requests() >= 2, "search and entities");
  }

  @Test
  void nothingFoundOnlineStaysNil() {
    assertEquals(Optional.empty(), qid(online, "person", "Zzyzx Qwerty", List.of()));
    assertEquals(1, fake.requests(), "no entities request without a name match");
  }

  @Test
  void serverErrorsLeaveEntitiesUnlinkedButGazetteerLinksStand() {
    fake.failAlways(500, null);
    assertEquals(Optional.empty(), qid(chained, "person", "George Gascón", List.of()));
    assertEquals(Optional.of("Q127856"),
        qid(chained, "place", "Beverly Hills", List.of(), "California"));
    assertEquals(1, warnings.size(), warnings.toString());
  }

  @Test
  void secondRunOfflineReusesTheCache() {
    assertEquals(Optional.of("Q900000010"), qid(online, "person", "George Gascón", List.of()));
    int asked = fake.requests();
    WikidataClient offline =
        new WikidataClient(
            WikidataClient.Config.defaults().withBaseUrl(fake.baseUrl()).withCacheDir(cache)
                .withNetwork(false),
            warnings::add);
    Linker again = new WikidataLinker(offline, Gazetteer.standard(), TypeClasses.standard(),
        Scoring.DEFAULT);
    assertEquals(Optional.of("Q900000010"), qid(again, "person", "George Gascón", List.of()));
    assertEquals(asked, fake.requests());
    assertEquals(Optional.empty(), qid(again, "person", "Jackie Lacey", List.of()),
        "not cached, no network: NIL");
  }
}
