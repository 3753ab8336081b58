package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names as parameter values, on the two-article fixture, in memory and in a TDB2 store. */
class NameLookupTest {
  static final String ID = "https://w3id.org/newsgraph/id/";

  static DatasetGraph fixture() throws Exception {
    return RDFDataMgr.loadDatasetGraph(
        Path.of(NameLookupTest.class.getResource("/org/newsgraph/ontology/two-articles.trig").toURI()).toString());
  }

  private static void namesThePersonAndListsTheAmbiguous(DatasetGraph dsg) {
    NameLookup names = new NameLookup(dsg);
    for (String name : List.of("Dana Rivera", "dana rivera", "DANA RIVERA", "Rivera", "rivera")) {
      assertEquals(ID + "person/dana-rivera", names.resolve(name).getURI(), name);
    }
    NameLookup.NotFound none = assertThrows(NameLookup.NotFound.class, () -> names.resolve("Nobody Atall"));
    assertTrue(none.getMessage().startsWith("No resource is named \"Nobody Atall\""), none.getMessage());
    // "Marsh" is part of several names: each is listed with its type and IRI
    NameLookup.NotFound several = assertThrows(NameLookup.NotFound.class, () -> names.resolve("marsh"));
    assertTrue(several.candidates().size() > 1, several.getMessage());
    assertTrue(several.getMessage().startsWith("\"marsh\" names " + several.candidates().size() + " resources"),
        several.getMessage());
    for (NameLookup.Candidate c : several.candidates()) {
      assertTrue(several.getMessage().contains("\n  " + c.label()), several.getMessage());
      assertTrue(c.label().toLowerCase(java.util.Locale.ROOT).contains("marsh"), c.toString());
    }
  }

  @Test
  void aNameOrAPartOfItResolvesInMemoryAndInAStore(@TempDir Path dir) throws Exception {
    namesThePersonAndListsTheAmbiguous(fixture());
    try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
      store.replaceAll(org.apache.jena.query.DatasetFactory.wrap(fixture()), TdbStore.Progress.NONE);
      namesThePersonAndListsTheAmbiguous(store.datasetGraph());
    }
  }

  @Test
  void aParameterValueThatIsNoTermIsANameAndTheFieldsValueBecomesTerms() throws Exception {
    NameLookup names = new NameLookup(fixture());
    Query q = QueryParameters.fill("""
        # Parameter ?who: a person
        SELECT ?who WHERE { VALUES ?who { <urn:x> } }""", Map.of("who", List.of("Dana Rivera")), names::resolve);
    assertTrue(q.serialize().contains("<" + ID + "person/dana-rivera>"), q.serialize());
    assertEquals(List.of("<" + ID + "person/dana-rivera>"), QueryParameters.terms("  rivera ", names::resolve));
    assertEquals(List.of("<https://example.org/a>", "<https://example.org/b>", "ex:c", "42"),
        QueryParameters.terms("https://example.org/a <https://example.org/b> ex:c 42", names::resolve));
    assertEquals(List.of("\"Dana Rivera\""), QueryParameters.terms("\"Dana Rivera\"", names::resolve));
    assertThrows(NameLookup.NotFound.class, () -> QueryParameters.terms("marsh", names::resolve));
  }
}
