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

/** What the entities of invented articles become in the graph, through the real pipeline. */
class NamesInGraphTest {
  @TempDir static Path dir;
  static Dataset ds;

  @BeforeAll
  static void build() {
    ds = TestGraphs.build(dir, Map.of(
        "a.txt",
        "Deputies took Marcus Velloway to the Harlan County Jail on Tuesday after a crash near "
            + "Fairmont Middle School.\n\n"
            + "Teresa Whitcombe, the county's attorney general, said the case was closed. Later that day "
            + "Teresa Whitcombe announced a review.\n\n"
            + "A lawyer for Dorian Pike said Pike was innocent. Pike's mother spoke too.\n\n"
            + "Undersheriff Nadia Corliss is running for sheriff. She is married to Commissioner Dale Corliss. "
            + "Corliss said she would win.\n")).dataset();
  }

  private static List<String> labels(String type) {
    return TestGraphs.select(ds, "SELECT DISTINCT ?l WHERE { ?x a ng:" + type + " ; rdfs:label ?l } ORDER BY ?l");
  }

  @Test
  void aJailOrASchoolIsAPlaceAndAnOrganisation() {
    assertTrue(labels("Place").contains("Harlan County Jail"), labels("Place").toString());
    assertTrue(labels("Organization").contains("Harlan County Jail"), labels("Organization").toString());
    assertTrue(labels("Place").contains("Fairmont Middle School"), labels("Place").toString());
  }

  @Test
  void nobodyNamedInFullIsAnOrganisationToo() {
    List<String> orgs = labels("Organization");
    assertFalse(orgs.contains("Teresa Whitcombe") || orgs.contains("Pike"), orgs.toString());
    assertTrue(labels("Person").contains("Teresa Whitcombe"), labels("Person").toString());
  }

  @Test
  void aLoneSurnameIsNotTheRelativeTheTextIntroducedAsSuch() {
    List<String> forms = TestGraphs.select(ds, "SELECT ?f WHERE { ?p rdfs:label \"Nadia Corliss\" ; skos:altLabel ?f }");
    assertTrue(forms.contains("Corliss"), forms.toString());
    List<String> dale = TestGraphs.select(ds, "SELECT ?f WHERE { ?p rdfs:label \"Dale Corliss\" ; skos:altLabel ?f }");
    assertFalse(dale.contains("Corliss"), dale.toString());
  }
}
