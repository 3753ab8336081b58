package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphFilesTest {
  private static Dataset small() {
    Dataset ds = DatasetFactory.createTxnMem();
    Model m = ModelFactory.createDefaultModel();
    m.createResource("https://example.org/b").addProperty(m.createProperty("https://example.org/p"), "two");
    m.createResource("https://example.org/a").addProperty(m.createProperty("https://example.org/p"), "one");
    ds.addNamedModel("https://example.org/g", m);
    return ds;
  }

  @Test
  void nquadsAreSortedAndNoTemporaryFileIsLeft(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("graph.nq");
    GraphFiles.write(small(), out);
    List<String> lines = Files.readAllLines(out);
    assertEquals(2, lines.size());
    assertTrue(lines.get(0).startsWith("<https://example.org/a>"), lines.get(0));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(out), files.toList());
    }
  }

  @Test
  void theOutputHasThePermissionsOfAnyNewFileNotOwnerOnly(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path out = dir.resolve("graph.nq");
    GraphFiles.write(small(), out);
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
  }
}
