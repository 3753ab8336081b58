package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code query} on the bundled articles as a newcomer uses it: parameters given by name, and the
 * table format that fits a 120-column terminal.
 */
class QueryByNameIT {
  static final String GASCON = "https://w3id.org/newsgraph/id/person/george-gascon";
  static Path nq;

  @BeforeAll
  static void aBuiltGraph() throws Exception {
    nq = Cli.bundledGraph();
  }

  private static Cli.Run quotations(String speaker, String format) {
    return Cli.run("query", Cli.query("06-quotations.rq"), "--data", nq.toString(), "--format", format,
        "--param", "speaker=" + speaker);
  }

  @Test
  void aParameterTakesANameOrAPartOfOneAsWellAsAnIri() {
    Cli.Run byIri = quotations(GASCON, "csv");
    assertEquals(0, byIri.code(), byIri.err());
    assertTrue(byIri.out().lines().count() > 10, byIri.out());
    for (String name : List.of("George Gascón", "george gascon", "Gascón", "gascon")) {
      Cli.Run byName = quotations(name, "csv");
      assertEquals(0, byName.code(), name + ": " + byName.err());
      assertEquals(byIri.out(), byName.out(), name);
    }
    // another query, another kind of thing
    Cli.Run office = Cli.run("query", Cli.query("11-evidence.rq"), "--data", nq.toString(), "--format", "csv",
        "--param", "subject=Los Angeles County District Attorney");
    assertEquals(0, office.code(), office.err());
    assertTrue(office.out().contains("https://w3id.org/newsgraph/id/office/los-angeles-county-district-attorney,"
        + "Los Angeles County District Attorney,https://w3id.org/newsgraph/ontology#jurisdiction"), office.out());
  }

  @Test
  void aNameOfSeveralThingsListsThemAndOneOfNothingSaysSo() {
    Cli.Run several = quotations("Los Angeles", "csv");
    assertEquals(2, several.code());
    List<String> lines = several.errLines();
    assertEquals("newsgraph query: --param: \"Los Angeles\" names 2 resources; give one of their IRIs, or more of the"
        + " name:", lines.get(0));
    assertTrue(lines.contains("  Los Angeles (Organization) https://w3id.org/newsgraph/id/organization/los-angeles"),
        several.err());
    assertTrue(lines.contains("  Los Angeles (Place) https://w3id.org/newsgraph/id/place/los-angeles"), several.err());
    assertEquals("Try: newsgraph query --help", lines.get(lines.size() - 1));
    assertEquals("", several.out());

    Cli.Run none = quotations("Nobody Atall", "csv");
    assertEquals(2, none.code());
    assertTrue(none.errLines().get(0).startsWith("newsgraph query: --param: No resource is named \"Nobody Atall\""),
        none.err());
  }

  @Test
  void theTableFitsA120ColumnTerminalAndTheOtherFormatsKeepEveryValueWhole() {
    Cli.Run table = quotations("gascon", "table");
    assertEquals(0, table.code(), table.err());
    List<String> lines = table.out().lines().toList();
    assertTrue(lines.size() > 10, table.out());
    for (String line : lines) {
      assertTrue(line.codePointCount(0, line.length()) <= 120, "a line of " + line.length() + ": " + line);
    }
    // ?speaker is left out for its label, ?speakerLabel, to make room
    assertTrue(lines.get(0).startsWith("?speakerLabel  ?text "), lines.get(0));
    assertTrue(lines.get(1).matches("-+( +-+)+"), lines.get(1));
    assertTrue(lines.get(2).startsWith("George Gascón  "), lines.get(2));
    assertTrue(lines.get(2).contains("  quotation:0"), "IRIs with prefixes: " + lines.get(2));
    assertTrue(table.out().contains("…"), "long values are cut");
    assertTrue(table.err().matches("\\(\\?speaker left out and \\d+ values cut to fit 120 columns; --format csv, tsv"
        + " or json gives every column and value whole\\)\\R?"), table.err());
    // a long quotation is whole in CSV
    Cli.Run csv = quotations("gascon", "csv");
    assertTrue(csv.out().lines().anyMatch(l -> l.length() > 200), csv.out());
    assertFalse(csv.out().contains("…"), "no value is cut in CSV");

    // a table with room: whole IRIs with their prefixes
    Cli.Run links = Cli.run("query", Cli.query("09-wikidata-links.rq"), "--data", nq.toString(), "--param",
        "entity=gascon");
    assertEquals(0, links.code(), links.err());
    assertTrue(links.out().lines().skip(2).findFirst().orElseThrow().startsWith("Person  person:george-gascon  George"
        + " Gascón"), links.out());
    assertEquals("", links.err());

    Cli.Run narrow = Cli.run("query", Cli.query("06-quotations.rq"), "--data", nq.toString(), "--width", "80",
        "--param", "speaker=gascon");
    assertTrue(narrow.out().lines().allMatch(l -> l.codePointCount(0, l.length()) <= 80), narrow.out());
  }
}
