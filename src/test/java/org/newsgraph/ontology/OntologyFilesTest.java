package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.Shapes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in ontology/ parses without a single warning; the shapes are valid SHACL. */
class OntologyFilesTest {

  static List<Path> ontologyFiles() {
    return TestFiles.ontologyFiles();
  }

  @Test
  void theThreeFilesArePresent() {
    List<String> names =
        ontologyFiles().stream().map(p -> p.getFileName().toString()).toList();
    assertTrue(
        names.containsAll(List.of("newsgraph.ttl", "policies.ttl", "shapes.ttl")),
        "ontology/ holds " + names);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ontologyFiles")
  void parsesWithoutWarnings(Path file) {
    Graph graph = TestFiles.parseStrict(file);
    assertFalse(graph.isEmpty(), file + " is empty");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ontologyFiles")
  void isOnTheClasspathWhereTheCodeLoadsIt(Path file) throws java.io.IOException {
    String resource = "/org/newsgraph/ontology/" + file.getFileName();
    try (java.io.InputStream in = OntologyFilesTest.class.getResourceAsStream(resource)) {
      assertTrue(in != null, resource + " is not on the classpath (pom.xml <resources>)");
      assertTrue(in.readAllBytes().length == java.nio.file.Files.size(file), resource + " is a copy of " + file);
    }
  }

  @Test
  void shapesAreValidShacl() {
    Shapes shapes = Shapes.parse(TestFiles.parseStrict(TestFiles.ontology("shapes.ttl")));
        assertTrue(shapes.numRootShapes() >= 30, "root shapes: " + shapes.numRootShapes());
    assertTrue(shapes.numShapes() >= 100, "shapes: " + shapes.numShapes());
    assertTrue(
        shapes.getTargetShapes().size() >= 30, "targeted shapes: " + shapes.getTargetShapes().size());
  }
}
