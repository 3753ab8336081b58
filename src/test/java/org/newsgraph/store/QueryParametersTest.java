package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;

class QueryParametersTest {
  static final String QUERY =
      """
      # Question: test
      # Parameter ?who: the person
      PREFIX ex: <https://example.org/>
      SELECT ?who ?name WHERE {
        VALUES ?who { ex:ada }
        VALUES ?kind { ex:Person }
        ?who ex:name ?name .
        OPTIONAL { VALUES ?p { ex:q } ?who ?p ?x }
      }
      """;

  @Test
  void declaredParametersComeFromTheHeader() {
    assertEquals(List.of("who"), QueryParameters.declared(QUERY));
    assertEquals(List.of(), QueryParameters.declared("SELECT * { VALUES ?x { 1 } }"));
  }

  @Test
  void fillingReplacesTheValuesOfTheParameterOnly() {
    Query q =
        QueryParameters.fill(
            QUERY, Map.of("who", List.of("https://example.org/bo", "<https://example.org/cy>")));
    String text = q.serialize();
    // Jena writes the IRIs with the query's prefixes
    assertTrue(text.contains("ex:bo"), text);
    assertTrue(text.contains("ex:cy"), text);
    assertTrue(!text.contains("ada"), text);
    assertTrue(text.contains("ex:Person"), text);
    // a prefixed name of the query's prefixes and a literal
    assertTrue(
        QueryParameters.fill(QUERY, Map.of("who", List.of("ex:dee"))).serialize().contains("ex:dee"));
    assertTrue(
        QueryParameters.fill(QUERY, Map.of("who", List.of("\"Dee\"")))
            .serialize()
            .contains("\"Dee\""));
    // no values: the default stays
    assertTrue(QueryParameters.fill(QUERY, Map.of()).serialize().contains("ex:ada"));
  }

  @Test
  void unknownParametersAndUnreadableValuesAreRefused() {
    IllegalArgumentException kind =
        assertThrows(
            IllegalArgumentException.class,
            () -> QueryParameters.fill(QUERY, Map.of("kind", List.of("ex:Place"))));
    assertTrue(kind.getMessage().contains("no parameter ?kind"), kind.getMessage());
    assertTrue(kind.getMessage().contains("?who"), kind.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> QueryParameters.fill(QUERY, Map.of("who", List.of("not a term"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> QueryParameters.fill(QUERY, Map.of("who", List.of("?x"))));
  }
}
