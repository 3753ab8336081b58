package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestGraphs;

/** Offices read from invented articles, through the real pipeline: one test per way of writing one. */
class OfficesTest {
  @TempDir static Path dir;
  static Dataset ds;

  @BeforeAll
  static void build() {
    ds = TestGraphs.build(dir, Map.of(
        "local.txt",
        "BRENTWATER, Ore. \u2014 Mayor Olivia Stanhope said Tuesday that the Brentwater budget would not change.\n\n"
            + "Police Chief Dmitri Varga agreed with her. Brentwater has 40,000 residents.\n\n"
            + "Holt County Prosecutor Ana Belisle, a former public defender, filed charges. Belisle was elected in 2020.\n\n"
            + "Wendell Marsh, who served as Holt County Sheriff from 1998 to 2006, criticized the plan.\n\n"
            + "Rosa Ingram, the county's chief public defender, said she would appeal. Brentwater residents voted.\n\n"
            + "State Rep. Carl Okafor, D-Brentwater, and Sen. Mae Lin, R-Oak Hollow, sponsored the bill.\n",
        "national.txt",
        "WASHINGTON \u2014 President Leona Farris met Gov. Walter Pruett of Ohio and U.S. District Judge Ines Calder "
            + "on Monday.\n\n"
            + "Attorney General Hugo Brandt did not attend.\n\n"
            + "Dara Whitlow, executive director of the Harbor Justice Project, praised the meeting.\n\n"
            + "Rep. Tess Moreau (D-N.Y.) and Sen. Olin Vance, R-Ariz., asked for a vote.\n",
        "past.txt",
        "Former Oregon State Senator Dr. Irma Falk spoke first.\n\n"
            + "Gus Ledger, then the Brill County sheriff, objected. Hal Brisbane, who served as Brill County Attorney "
            + "from 2001 to 2009, agreed.\n\n"
            + "Vera Aldous was the Brill County coroner in the 1990s.\n",
        "obituary.txt",
        "Judge Amos Tilley, who sat on the Brill County Circuit Court for twenty years, died Monday. He was 80. "
            + "His son, Amos Tilley Jr., is a lawyer in Brill County.\n",
        "career.txt",
        "BRENTWATER, Ore. \u2014 The county budget was late again this year.\n\n"
            + "Ana Ruiz grew up in Dale and spent nine years as a public defender.\n\n"
            + "Marco Bell joined the firm in 1990 and worked as a county prosecutor until 2001.\n\n"
            + "Hal Ostrow retired as a county prosecutor in 2019.\n",
        "owned.txt",
        "CARSON CITY, Nev. \u2014 The Harbor Tenants Union met on Monday. Its president, Dana Kroll, said rents were "
            + "too high.\n\n"
            + "The Senate Finance Committee voted 6-3 on Tuesday. The committee's chairman, Sen. Omar Vance, voted no.\n",
        "wish.txt",
        "BRENTWATER, Ore. \u2014 The race is close. Lena Cobb would be the sheriff of Brill County if she won.\n",
        "council.txt",
        "The Ashford City Council voted 5-2 on Monday. Council Member Dana Whitcomb voted no.\n\n"
            + "Supervisor Len Okoro of the Marlow County Board of Supervisors abstained.\n",
        "list.txt",
        "BRENTWATER, Ore. \u2014 The budget passed 5-4. Four council members voted no, among them Mira Lim and "
            + "Tobin Reyes.\n")).dataset();
  }

  private static List<String> held() {
    return TestGraphs.pairs(ds, "holdsOffice");
  }

  private static boolean holds(String person, String office) {
    return held().contains(person + " | " + office);
  }

  @Test
  void aBareLocalTitleTakesTheCityOfTheDateline() {
    assertTrue(holds("Olivia Stanhope", "Brentwater Mayor"), held().toString());
    assertTrue(holds("Dmitri Varga", "Brentwater Chief of Police"), held().toString());
  }

  @Test
  void aPlaceBeforeTheTitleAndAPossessiveScopeNameTheJurisdiction() {
    assertTrue(holds("Ana Belisle", "Holt County Prosecutor"), held().toString());
    assertTrue(held().stream().anyMatch(p -> p.startsWith("Rosa Ingram | ") && p.endsWith("Chief Public Defender")),
        held().toString());
  }

  @Test
  void aPluralTitleGivesItsOfficeToThePeopleListedAfterIt() {
    for (String p : List.of("Mira Lim", "Tobin Reyes")) {
      assertTrue(held().stream().anyMatch(h -> h.startsWith(p + " | ") && h.endsWith("City Council Member")),
          held().toString());
    }
  }

  @Test
  void aSpanOfYearsAndFormerMakeAFormerOffice() {
    List<String> former = TestGraphs.pairs(ds, "formerlyHeldOffice");
    assertTrue(former.contains("Wendell Marsh | Holt County Sheriff"), former.toString());
    assertTrue(former.stream().anyMatch(p -> p.startsWith("Ana Belisle | ") && p.contains("Public Defender")), former.toString());
    assertFalse(held().stream().anyMatch(p -> p.startsWith("Wendell Marsh | ")), held().toString());
  }

  @Test
  void legislatorsAreNotGivenTheirHomeTownAsJurisdiction() {
    assertTrue(held().stream().anyMatch(p -> p.startsWith("Carl Okafor | ") && p.endsWith("State Representative")),
        held().toString());
    assertFalse(held().stream().anyMatch(p -> p.contains("Oak Hollow")), held().toString());
  }

  @Test
  void nationalTitlesAndPlacesAfterTheName() {
    assertTrue(holds("Leona Farris", "United States President"), held().toString());
    assertTrue(holds("Walter Pruett", "Ohio Governor"), held().toString());
    assertTrue(holds("Ines Calder", "United States District Judge"), held().toString());
    assertTrue(holds("Dara Whitlow", "Executive Director of Harbor Justice Project"), held().toString());
  }

  @Test
  void aStatesSingleOfficeIsNeverAssumedForANationalStory() {
    assertFalse(held().stream().anyMatch(p -> p.startsWith("Hugo Brandt | ")), held().toString());
  }

  @Test
  void aLegislatorsPartyTagGivesHisState() {
    assertTrue(holds("Tess Moreau", "New York Representative"), held().toString());
    assertTrue(holds("Olin Vance", "Arizona Senator"), held().toString());
  }

  @Test
  void pastOfficesFromThenHonorificsSpansAndAPastCopula() {
    List<String> former = TestGraphs.pairs(ds, "formerlyHeldOffice");
    assertTrue(former.contains("Irma Falk | Oregon State Senator"), former.toString());
    assertTrue(former.contains("Gus Ledger | Brill County Sheriff"), former.toString());
    assertTrue(former.contains("Hal Brisbane | Brill County Attorney"), former.toString());
    assertTrue(former.contains("Vera Aldous | Brill County Coroner"), former.toString());
  }

  @Test
  void theDeadHeldTheirOfficesAndAJuniorIsAnotherPerson() {
    assertFalse(held().stream().anyMatch(p -> p.startsWith("Amos Tilley | ")), held().toString());
    List<String> former = TestGraphs.pairs(ds, "formerlyHeldOffice");
    assertTrue(former.stream().anyMatch(p -> p.startsWith("Amos Tilley | ") && p.contains("Judge")), former.toString());
    List<String> people = TestGraphs.select(ds, "SELECT DISTINCT ?l WHERE { ?p a ng:Person ; rdfs:label ?l }");
    assertTrue(people.contains("Amos Tilley") && people.contains("Amos Tilley Jr."), people.toString());
  }

  @Test
  void aCouncilMemberIsAMemberOfTheCouncilTheArticleNames() {
    List<String> m = TestGraphs.pairs(ds, "memberOf");
    assertTrue(m.contains("Dana Whitcomb | Ashford City Council"), m.toString());
    assertTrue(m.contains("Len Okoro | Marlow County Board of Supervisors"), m.toString());
  }

  @Test
  void aVerbCoordinatedWithTheNamesOwnSharesItsSubject() {
    List<String> former = TestGraphs.pairs(ds, "formerlyHeldOffice");
    assertTrue(former.stream().anyMatch(p -> p.startsWith("Ana Ruiz | ") && p.endsWith("Public Defender")), former.toString());
    assertTrue(former.stream().anyMatch(p -> p.startsWith("Marco Bell | ") && p.endsWith("Prosecutor")), former.toString());
    assertTrue(former.stream().anyMatch(p -> p.startsWith("Hal Ostrow | ") && p.endsWith("Prosecutor")), former.toString());
    assertFalse(held().stream().anyMatch(p -> p.startsWith("Hal Ostrow | ")), held().toString());
  }

  @Test
  void aTitleOwnedByAnOrganisationThePronounOrDescriptionNames() {
    assertTrue(held().stream().anyMatch(p -> p.startsWith("Dana Kroll | ") && p.contains("President")), held().toString());
    assertTrue(held().stream().anyMatch(p -> p.startsWith("Omar Vance | ") && p.contains("Chair")), held().toString());
    List<String> members = TestGraphs.pairs(ds, "memberOf");
    assertTrue(members.contains("Dana Kroll | Harbor Tenants Union"), members.toString());
    assertTrue(members.contains("Omar Vance | Senate Finance Committee"), members.toString());
  }

  @Test
  void aTitleOnlyWishedOrSupposedIsNotHeld() {
    assertFalse(held().stream().anyMatch(p -> p.startsWith("Lena Cobb | ")), held().toString());
  }
}
