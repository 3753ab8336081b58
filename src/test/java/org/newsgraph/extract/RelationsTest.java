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

/**
 * Relations read over the dependency tree (relation-paths.tsv), with pronouns resolved by the
 * coreference, from invented articles through the real pipeline: one phrasing per test.
 */
class RelationsTest {
  @TempDir static Path dir;
  static Dataset ds;

  @BeforeAll
  static void build() {
    ds = TestGraphs.build(dir, Map.of(
        "a.txt",
        "Council Member Lena Marsh criticized Mayor Paul Orrin on Tuesday.\n\n"
            + "Orrin was also criticized by Dale Whitford, a retired judge.\n\n"
            + "Nora Benning, a longtime critic of Paul Orrin, did not comment.\n\n"
            + "Ivan Castell did not praise Lena Marsh.\n\n"
            + "Greta Solberg praised Ivan Castell. Later she criticized him again.\n\n"
            + "Marta Quill, the mother of Teo Quill, spoke to reporters. Teo Quill's wife, Rina Quill, stayed home.\n\n"
            + "Omar Haddad, a member of the Riverton Tenants Union, said the rent was too high.\n\n"
            + "Senator Cal Brandt opposed the bill and accused Lena Marsh of hiding its cost.\n\n"
            + "Priya Dunmore of the Harbor Legal Aid Society filed the appeal. Jonas Whitlow, a Tollbridge Transit Authority"
            + " mechanic, testified.\n\n"
            + "Its director, Wes Amberly, spoke for the Harbor Legal Aid Society. Hal Fenner has spent 20 years with"
            + " the Tollbridge Transit Authority.\n\n"
            + "Rodney Vale spoke on Monday at the hall. His daughter, Mina Vale, is a nurse at the county hospital.\n\n"
            + "Carl Pike and his wife, Joan Pike, left the meeting early. Hal Moss's older brother, Tim Moss, stayed.\n\n"
            + "\"Mayor Paul Orrin misled every family on this street,\" said Wanda Pryce.\n\n"
            + "Lia Brant, the 30-year-old niece of a retired judge, spoke last.\n")).dataset();
  }

  private static List<String> pairs(String property) {
    return TestGraphs.pairs(ds, property);
  }

  @Test
  void activeAndPassiveCriticism() {
    assertTrue(pairs("criticizes").contains("Lena Marsh | Paul Orrin"), pairs("criticizes").toString());
    assertTrue(pairs("criticizes").contains("Dale Whitford | Paul Orrin"), pairs("criticizes").toString());
  }

  @Test
  void aCriticInApposition() {
    assertTrue(pairs("criticizes").contains("Nora Benning | Paul Orrin"), pairs("criticizes").toString());
  }

  @Test
  void aNegatedTriggerStatesNothing() {
    assertFalse(pairs("supports").contains("Ivan Castell | Lena Marsh"), pairs("supports").toString());
  }

  @Test
  void pronounsAreResolved() {
    assertTrue(pairs("supports").contains("Greta Solberg | Ivan Castell"), pairs("supports").toString());
    assertTrue(pairs("criticizes").contains("Greta Solberg | Ivan Castell"), pairs("criticizes").toString());
  }

  @Test
  void familyAndMembershipInAppositions() {
    assertTrue(pairs("parentOf").contains("Marta Quill | Teo Quill"), pairs("parentOf").toString());
    assertTrue(pairs("spouseOf").contains("Rina Quill | Teo Quill"), pairs("spouseOf").toString());
    assertTrue(pairs("spouseOf").contains("Teo Quill | Rina Quill"), pairs("spouseOf").toString());
    assertTrue(pairs("memberOf").contains("Omar Haddad | Riverton Tenants Union"), pairs("memberOf").toString());
  }

  @Test
  void coordinatedVerbsShareTheirSubject() {
    assertTrue(pairs("criticizes").contains("Cal Brandt | Lena Marsh"), pairs("criticizes").toString());
  }

  @Test
  void membershipInTheWaysNewsWritesIt() {
    List<String> m = pairs("memberOf");
    assertTrue(m.contains("Priya Dunmore | Harbor Legal Aid Society"), m.toString());
    assertTrue(m.contains("Jonas Whitlow | Tollbridge Transit Authority"), m.toString());
    assertTrue(m.contains("Hal Fenner | Tollbridge Transit Authority"), m.toString());
  }

  @Test
  void kinAfterAPossessivePronounOrAnAdjective() {
    assertTrue(pairs("parentOf").contains("Rodney Vale | Mina Vale"), pairs("parentOf").toString());
    assertTrue(pairs("spouseOf").contains("Carl Pike | Joan Pike"), pairs("spouseOf").toString());
    assertTrue(pairs("siblingOf").contains("Hal Moss | Tim Moss"), pairs("siblingOf").toString());
  }

  @Test
  void aQuotationWithCriticalWordsCriticisesThePersonItNames() {
    assertTrue(pairs("criticizes").contains("Wanda Pryce | Paul Orrin"), pairs("criticizes").toString());
  }

  @Test
  void anAgeInADefiniteApposition() {
    List<String> ages = TestGraphs.select(ds, "SELECT ?a ?n WHERE { ?s ng:age ?n ; rdfs:label ?a }");
    assertTrue(ages.contains("Lia Brant | 30"), ages.toString());
  }
}
