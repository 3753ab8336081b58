package org.newsgraph.rdf;

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

  /** Three graphs sharing triples, with blank nodes and a literal with a line break. */
  private static Dataset three() {
    Dataset ds = DatasetFactory.createTxnMem();
    for (int g = 0; g < 3; g++) {
      Model m = ModelFactory.createDefaultModel();
      var p = m.createProperty("https://example.org/p");
      m.createResource("https://example.org/shared").addProperty(p, "same in every graph");
      m.createResource("https://example.org/s" + g).addProperty(p, "line one\nline two " + g);
      m.createResource().addProperty(p, m.createResource("https://example.org/o" + g));
      m.createResource(org.apache.jena.rdf.model.AnonId.create("fixed" + g)).addProperty(p, "évidence " + g);
      ds.addNamedModel("https://example.org/g" + g, m);
    }
    return ds;
  }

  /** Jena's writer's lines for the whole dataset (N-Triples: its union), sorted, each once. */
  private static String sortedJenaLines(Dataset ds, String ext) {
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    if (ext.equals("nq")) {
      org.apache.jena.riot.RDFDataMgr.write(buf, ds, org.apache.jena.riot.RDFFormat.NQUADS);
    } else {
      org.apache.jena.riot.RDFDataMgr.write(buf, ds.getUnionModel(), org.apache.jena.riot.RDFFormat.NTRIPLES);
    }
    StringBuilder sb = new StringBuilder();
    new java.util.TreeSet<>(List.of(buf.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n"))).stream()
        .filter(l -> !l.isEmpty()).forEach(l -> sb.append(l).append('\n'));
    return sb.toString();
  }

  @Test
  void streamingGivesJenasLinesSortedForTheGraphsAndTheDataset(@TempDir Path dir) throws Exception {
    Dataset ds = three();
    for (String ext : List.of("nq", "nt")) {
      Path whole = dir.resolve("whole." + ext);
      GraphFiles.write(ds, whole);
      assertEquals(sortedJenaLines(ds, ext), Files.readString(whole), ext);
      for (long budget : new long[] {1, 200, Long.MAX_VALUE}) {
        Path streamed = dir.resolve("streamed-" + budget + "." + ext);
        long lines;
        try (GraphFiles.Streaming s = new GraphFiles.Streaming(streamed, budget)) {
          for (var it = ds.listModelNames(); it.hasNext(); ) {
            var name = it.next();
            s.add(name.asNode(), ds.getNamedModel(name).getGraph());
          }
          assertEquals(12, s.quads());
          lines = s.finish();
        }
        assertEquals(Files.readString(whole), Files.readString(streamed), ext + ", budget " + budget);
        assertEquals(Files.readAllLines(whole).size(), lines);
      }
    }
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
    }
  }

  @Test
  void aDefaultGraphGoesIntoNQuadsAndNotIntoTheUnionOfNTriples(@TempDir Path dir) throws Exception {
    Dataset ds = three();
    ds.getDefaultModel().createResource("https://example.org/outside")
        .addProperty(ds.getDefaultModel().createProperty("https://example.org/p"), "in no named graph");
    for (String ext : List.of("nq", "nt")) {
      Path file = dir.resolve("with-default." + ext);
      GraphFiles.write(ds, file);
      assertEquals(sortedJenaLines(ds, ext), Files.readString(file), ext);
      assertEquals(ext.equals("nq"), Files.readString(file).contains("in no named graph"), ext);
    }
  }

  @Test
  void onlyNQuadsAndNTriplesStream() {
    assertTrue(GraphFiles.streams(Path.of("a.nq")));
    assertTrue(GraphFiles.streams(Path.of("a.NT")));
    org.junit.jupiter.api.Assertions.assertFalse(GraphFiles.streams(Path.of("a.trig")));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new GraphFiles.Streaming(Path.of("a.ttl")));
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
