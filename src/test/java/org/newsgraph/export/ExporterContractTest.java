package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every exporter of the registry passes: the file it writes, read back by an
 * independent reader ({@link ReadBack}), has the same nodes and edges (with label, type, kind, QID,
 * articles, date; predicate, weight, date) as the model it came from, in every view.
 */
class ExporterContractTest {
  @TempDir Path tmp;

  static Stream<Arguments> exportersAndViews() {
    return Exporters.all().stream()
        .flatMap(e -> Arrays.stream(View.values()).map(v -> Arguments.of(e.format(), v)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("exportersAndViews")
  void theFileReadBackHasTheNodesAndEdgesOfTheModel(String format, View view) throws Exception {
    if (format.equals("dot")) {
      Assumptions.assumeTrue(ReadBack.hasDot(),
          "Skipped: Graphviz dot is not installed (apt-get install -y graphviz; .ci/run does)");
    }
    Exporter exporter = Exporters.forFormat(format);
    PropertyGraph model = Fixture.graph(view);
    assertTrue(!model.nodes().isEmpty(), "the fixture has nodes in view " + view);
    Path file = tmp.resolve("graph." + exporter.extension());
    try (OutputStream out = Files.newOutputStream(file)) {
      exporter.write(model, out);
    }
    assertSame(ReadBack.of(model), ReadBack.read(format, file), format + " " + view.id());
  }

  /** Equal sets, or a failure that lists what is missing and what is unexpected. */
  static void assertSame(ReadBack.Seen expected, ReadBack.Seen actual, String what) {
    String diff = diff("node", expected.nodes(), actual.nodes()) + diff("edge", expected.edges(), actual.edges());
    if (!diff.isEmpty()) {
      fail(what + ": the file read back differs from the model:\n" + diff);
    }
  }

  private static String diff(String what, Set<String> expected, Set<String> actual) {
    StringBuilder b = new StringBuilder();
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    Set<String> unexpected = new TreeSet<>(actual);
    unexpected.removeAll(expected);
    missing.forEach(m -> b.append("  missing ").append(what).append(": ").append(m).append('\n'));
    unexpected.forEach(m -> b.append("  unexpected ").append(what).append(": ").append(m).append('\n'));
    return b.toString();
  }

  @Test
  void everyFormatOfTheRegistryHasAnIndependentReaderInThisTest() {
    assertEquals(ReadBack.FORMATS, new TreeSet<>(Exporters.formats()));
  }

  @Test
  void writingTwiceGivesTheSameBytes() throws Exception {
    for (Exporter e : Exporters.all()) {
      java.io.ByteArrayOutputStream a = new java.io.ByteArrayOutputStream();
      java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
      e.write(Fixture.graph(View.ALL), a);
      e.write(Fixture.graph(View.ALL), b);
      assertEquals(a.toString(java.nio.charset.StandardCharsets.UTF_8), b.toString(java.nio.charset.StandardCharsets.UTF_8), e.format());
    }
  }

  @Test
  void anUnknownFormatIsNamedWithTheAlternatives() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Exporters.forFormat("svg"));
    assertEquals("No exporter for format svg. Available: graphml, gexf, dot, cytoscape, jsonld, html", e.getMessage());
  }
}
