package org.newsgraph.extract.facts.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestGraphs;

/**
 * Cases read over the dependency tree, through the real pipeline (tagger, parser, names,
 * coreference), on invented text: offences other than killings, an unnamed juvenile defendant,
 * a pronoun defendant, the offence's date apart from the sentencing's, and misparses the frames
 * must survive.
 */
class CasesOverTheTreeTest {
  @TempDir static Path dir;
  static Dataset ds;

  @BeforeAll
  static void build() {
    ds = TestGraphs.build(dir, Map.of(
        "articles.tsv", "file\tpublisher\tpublished\theadline\turl\n"
            + "a.txt\tTest Gazette\t2023-10-18\tCourt roundup\thttps://example.org/a\n"
            + "b.txt\tTest Gazette\t2023-10-18\tTwo cases\thttps://example.org/b\n"
            + "h.txt\tTest Gazette\t2023-10-18\tStandoff\thttps://example.org/h\n"
            + "f.txt\tTest Gazette\t2023-10-18\tBar shooting\thttps://example.org/f\n"
            + "g.txt\tTest Gazette\t2024-05-09\tCarjacking\thttps://example.org/g\n",
        "h.txt", "Standoff ends\n\n"
            + "Deputy Lina Varga was shot and killed on Sunday in Marlow. The gunman, Corwin Pell, 41, was on parole. "
            + "Pell shot himself dead during the standoff.\n\n"
            + "Sheriff Dale Ruiz spoke about Omar Fenn on Monday. \u2018He was arrested twice before,\u2019 Ruiz said.\n",
        "g.txt", "Teen held in carjacking\n\n"
            + "Police arrested a 17-year-old girl on Saturday in connection with the carjacking of Paula Strand, 68, "
            + "in a parking lot in Elmwood.\n\n"
            + "Separately, Ravi Dunmore, 29, is charged with computer intrusion and identity theft.\n\n"
            + "A former payroll clerk, Wendell Okoro, 51, was sentenced Wednesday to three years in federal prison for "
            + "embezzling from a school district.\n",
        "f.txt", "Bar shooting\n\n"
            + "Ivan Roth was shot and killed outside a bar in Kellam on March 3. Police later charged Leon Marsh, 30, "
            + "with aggravated assault.\n\n"
            + "In another case, Tamsin Reyes, 34, was convicted of involuntary manslaughter in the 2022 death of her "
            + "roommate.\n",
        "a.txt", "Court roundup\n\n"
            + "Prosecutors on Tuesday charged Dana Wolfe, 44, with wire fraud and perjury. Wolfe pleaded not guilty.\n\n"
            + "A 16-year-old boy was charged with assault after he punched a clerk, Maya Lund, at a gas station.\n\n"
            + "Victor Hale was arrested on Friday. He was charged with carjacking.\n\n"
            + "Rita Moss was shot and killed in Dover in May 2019.\n",
        "b.txt", "Two cases in county court\n\n"
            + "Rosa Lindqvist was stabbed to death in her Brookfield apartment on March 2, 2022. A jury convicted her "
            + "neighbor, Emil Draxler, of second-degree murder in August. On Monday, a judge sentenced Draxler to 25 "
            + "years to life in prison.\n\n"
            + "In a separate case, Kurt Ambler, 37, pleaded guilty to DUI and vehicular manslaughter in the death of "
            + "Nina Ostrow, 24, a cyclist he struck on a county road in 2021.\n")).dataset();
  }

  @Test
  void offencesOtherThanKillingsAreCasesWithTheirChargesAsStated() {
    assertEquals(List.of("Dana Wolfe | perjury", "Dana Wolfe | wire fraud"), charges("Dana Wolfe"));
    assertEquals(List.of("Kurt Ambler | DUI", "Kurt Ambler | vehicular manslaughter"), charges("Kurt Ambler"));
  }

  @Test
  void aCoordinationOfChargesIsOneChargePerConjunct() {
    // the surface pattern reads "computer intrusion and identity theft" whole, the tree apart
    assertEquals(List.of("Ravi Dunmore | computer intrusion", "Ravi Dunmore | identity theft"), charges("Ravi Dunmore"));
  }

  @Test
  void whereTheSentenceIsServedBelongsToIt() {
    // "in federal prison" hangs on "sentenced", not on "years", in the tree
    assertEquals(List.of("three years in federal prison"), TestGraphs.select(ds,
        "SELECT ?s WHERE { ?c a ng:Case ; ng:defendant/rdfs:label \"Wendell Okoro\" ; ng:sentence ?s }"));
  }

  @Test
  void aPronounDefendantIsThePersonNamedBefore() {
    assertEquals(List.of("Victor Hale | carjacking"), charges("Victor Hale"));
  }

  @Test
  void aJuvenileNamedOnlyByAgeIsAnUnnamedDefendantNotTheLastNamedMan() {
    List<String> rows = TestGraphs.select(ds, "SELECT ?v ?u WHERE { ?c a ng:Case ; ng:victim/rdfs:label ?v ; ng:unnamedDefendant ?u FILTER(?v = \"Maya Lund\") }");
    assertEquals(List.of("Maya Lund | 16-year-old boy"), rows);
    assertTrue(defendants("Maya Lund").isEmpty(), defendants("Maya Lund").toString());
  }

  @Test
  void shotAndKilledMakesNoVictimADefendantAndAnotherChargeIsAnotherMatter() {
    assertTrue(defendants("Rita Moss").isEmpty(), defendants("Rita Moss").toString());
    assertEquals(List.of("2019-05"), TestGraphs.select(ds,
        "SELECT ?d WHERE { ?c a ng:Case ; ng:victim/rdfs:label \"Rita Moss\" ; ng:date ?d }"));
  }

  @Test
  void theOffencesDateIsKeptApartFromTheSentencingsDate() {
    assertEquals(List.of("2022-03-02 | 2023-10-16 | 25 years to life in prison | Emil Draxler"), TestGraphs.select(ds,
        "SELECT ?d ?sd ?s ?who WHERE { ?c a ng:Case ; ng:victim/rdfs:label \"Rosa Lindqvist\" ; ng:date ?d ; ng:sentencingDate ?sd ; "
            + "ng:sentence ?s ; ng:defendant/rdfs:label ?who }"));
  }

  @Test
  void aVictimOfAPleaToADeathIsTheDefendantsCase() {
    assertEquals(List.of("Kurt Ambler"), defendants("Nina Ostrow"));
  }

  @Test
  void anAssaultChargeCanBeTheKillingsButACarjackingChargeIsAnotherMatter() {
    assertEquals(List.of("Leon Marsh"), defendants("Ivan Roth"));
    assertEquals(List.of("Victor Hale | carjacking"), charges("Victor Hale"));
    assertTrue(TestGraphs.select(ds, "SELECT ?c WHERE { ?c a ng:Case ; ng:victim/rdfs:label \"Rita Moss\" ; ng:charge ?ch }").isEmpty());
  }

  @Test
  void aChargeLeavesNoWordsADateCutFromIt() {
    assertEquals(List.of("Tamsin Reyes | involuntary manslaughter"), charges("Tamsin Reyes"));
  }

  @Test
  void aDateWhereAChargeCouldStandLeavesTheArrestStanding() {
    // "arrested ... on Saturday": "on" could introduce the charge ("arrested on a warrant"); a date is none
    assertEquals(List.of("Paula Strand | 17-year-old girl"), TestGraphs.select(ds,
        "SELECT ?v ?u WHERE { ?c a ng:Case ; ng:victim/rdfs:label ?v ; ng:unnamedDefendant ?u FILTER(?v = \"Paula Strand\") }"));
  }

  private static List<String> charges(String defendant) {
    return TestGraphs.select(ds, "SELECT ?who ?ch WHERE { ?c a ng:Case ; ng:defendant ?p ; ng:charge ?ch . ?p rdfs:label ?who "
        + "FILTER(?who = \"" + defendant + "\") } ORDER BY ?ch");
  }

  private static List<String> defendants(String victim) {
    return TestGraphs.select(ds, "SELECT ?who WHERE { ?c a ng:Case ; ng:victim/rdfs:label \"" + victim + "\" ; ng:defendant/rdfs:label ?who } "
        + "ORDER BY ?who");
  }

  @Test
  void anOffenderWhoKillsHimselfIsNoVictimOfHisCase() {
    assertEquals(List.of("Lina Varga"), TestGraphs.select(ds, "SELECT ?v WHERE { ?c a ng:Case ; ng:victim/rdfs:label ?v "
        + "FILTER(?v IN (\"Lina Varga\", \"Corwin Pell\")) }"));
    assertEquals(List.of(), TestGraphs.select(ds, "SELECT ?c WHERE { ?c a ng:Case ; ng:victim/rdfs:label \"Corwin Pell\" }"));
  }

  @Test
  void heInsideTheSpeakersOwnWordsIsSomeoneElse() {
    List<String> arrested = TestGraphs.select(ds, "SELECT DISTINCT ?p WHERE { ?e a ng:Arrest ; ng:participant/rdfs:label ?p "
        + "FILTER(?p IN (\"Dale Ruiz\", \"Omar Fenn\")) }");
    assertEquals(List.of("Omar Fenn"), arrested);
  }
}
