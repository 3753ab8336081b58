package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestGraphs;
import org.newsgraph.rdf.GraphFiles;

/**
 * What {@code build} writes, or refuses to, on the bundled articles: JSON-LD with the evidence as
 * {@code rdf:Statement}s, read back by Jena as the same graph; Turtle and TriG with prefixes; a
 * format it cannot write, a missing folder or a folder without articles refused with one line and
 * no file.
 */
class OutputFilesIT {
  @TempDir static Path work;
  static Path nq;

  @BeforeAll
  static void buildTheBundledArticles() throws Exception {
    nq = Cli.bundledGraph();
  }

  @Test
  void jsonLdKeepsEveryFactsEvidenceAndJenaReadsItBackAsTheSameGraph() throws Exception {
    Path jsonld = work.resolve("graph.jsonld");
    Cli.Run r = Cli.jar(work, "build", "-q", "--input", Cli.articles().toString(), "--output", jsonld.toString());
    assertEquals(0, r.code(), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertTrue(r.out().startsWith("wrote " + jsonld + ": 5 articles"), r.out());

    // as any JSON-LD 1.1 processor reads it: no triple terms, a classic rdf:Statement per reifier
    Dataset plain = DatasetFactory.createTxnMem();
    RDFParser.source(jsonld).parse(plain);
    List<String> statements = TestGraphs.select(plain, "SELECT ?r WHERE { ?r a rdf:Statement ; rdf:subject ?s ;"
        + " rdf:predicate ?p ; rdf:object ?o ; ng:evidence ?e . ?e ng:sentence ?sentence }");
    Dataset fromNq = GraphFiles.read(nq);
    List<String> reifiers = TestGraphs.select(fromNq, "SELECT ?r WHERE { ?r rdf:reifies ?t ; ng:evidence ?e ."
        + " ?e ng:sentence ?sentence }");
    assertTrue(reifiers.size() > 500, "the build has evidence: " + reifiers.size());
    assertEquals(reifiers.size(), statements.size(), "every piece of evidence is on an rdf:Statement");
    assertEquals(List.of(), TestGraphs.select(plain, "SELECT ?r WHERE { ?r rdf:reifies ?t }"));

    // read as newsgraph reads a graph file: the statements are the reifiers again, quad for quad
    DatasetGraph back = GraphFiles.read(jsonld).asDatasetGraph();
    DatasetGraph expected = fromNq.asDatasetGraph();
    assertEquals(graphNames(expected), graphNames(back));
    for (Node g : graphNames(expected)) {
      assertTrue(expected.getGraph(g).isIsomorphicWith(back.getGraph(g)), "graph " + g + " read back from JSON-LD");
    }

    // and the queries answer the same from either file
    String evidence = TestGraphs.repo().resolve("queries/11-evidence.rq").toAbsolutePath().toString();
    Cli.Run a = Cli.run("query", evidence, "--data", nq.toString(), "--format", "csv");
    Cli.Run b = Cli.run("query", evidence, "--data", jsonld.toString(), "--format", "csv");
    assertEquals(0, b.code(), b.err());
    assertTrue(a.out().lines().count() > 10, a.out());
    assertEquals(a.out(), b.out());
  }

  private static List<Node> graphNames(DatasetGraph dsg) {
    List<Node> names = new java.util.ArrayList<>();
    dsg.listGraphNodes().forEachRemaining(names::add);
    names.sort(java.util.Comparator.comparing(Node::getURI));
    return names;
  }

  @Test
  void turtleAndTrigWriteNamesWithPrefixes() throws Exception {
    Dataset ds = GraphFiles.read(nq);
    for (String ext : List.of("ttl", "trig")) {
      Path file = work.resolve("graph." + ext);
      GraphFiles.write(ds, file);
      String text = Files.readString(file);
      for (String prefix : List.of("ng", "person", "office", "article", "rdfs", "skos")) {
        assertTrue(text.contains("PREFIX " + prefix + ":") || text.contains("@prefix " + prefix + ":"), ext + ": " + prefix);
      }
      assertTrue(text.contains("person:george-gascon"), ext);
      assertTrue(text.contains("office:los-angeles-county-district-attorney"), ext);
      String body = text.lines().filter(l -> !l.startsWith("PREFIX ") && !l.startsWith("@prefix "))
          .collect(java.util.stream.Collectors.joining("\n"));
      assertFalse(body.contains("<https://w3id.org/newsgraph/id/"), ext + " writes resources with person:, office:…");
      assertFalse(body.contains("<https://w3id.org/newsgraph/ontology#"), ext + " writes the ontology with ng:");
      Dataset back = GraphFiles.read(file);
      if (ext.equals("trig")) {
        for (Node g : graphNames(ds.asDatasetGraph())) {
          assertTrue(ds.asDatasetGraph().getGraph(g).isIsomorphicWith(back.asDatasetGraph().getGraph(g)),
              "TriG reads back as the build: " + g);
        }
      } else {
        assertTrue(ds.getUnionModel().getGraph().isIsomorphicWith(back.getDefaultModel().getGraph()),
            "Turtle reads back as the union of the article graphs");
      }
    }
  }

  @Test
  void aFormatThatCannotBeWrittenIsRefusedInOneLineBeforeTheBuild() {
    for (String name : List.of("graph.rdf", "graph.owl", "graph")) {
      Path out = work.resolve(name);
      Cli.Run r = Cli.run("build", "--input", Cli.articles().toString(), "--output", out.toString());
      assertEquals(2, r.code(), r.err());
      assertEquals(List.of("newsgraph build: cannot tell the format of " + name
          + " from its extension; use one of .nq, .trig, .ttl, .jsonld, .nt", "Try: newsgraph build --help"), r.errLines());
      assertFalse(Files.exists(out));
    }
    Path folder = work.resolve("a-folder.nq");
    assertTrue(folder.toFile().mkdir());
    Cli.Run r = Cli.run("build", "--input", Cli.articles().toString(), "--output", folder.toString());
    assertEquals(2, r.code());
    assertEquals("newsgraph build: " + folder + " is a folder: --output wants a file name", r.errLines().get(0));
  }

  @Test
  void aMissingFolderOrOneWithoutArticlesWritesNoFileAndFails() throws Exception {
    Path out = work.resolve("nothing.nq");
    Cli.Run missing = Cli.run("build", "--input", work.resolve("no-such-folder").toString(), "--output", out.toString());
    assertEquals(2, missing.code());
    assertEquals(List.of("newsgraph build: no folder " + work.resolve("no-such-folder")
        + ": --input wants a folder of articles", "Try: newsgraph build --help"), missing.errLines());
    assertFalse(Files.exists(out));

    Path empty = Files.createDirectories(work.resolve("empty"));
    for (String name : List.of("nothing.nq", "nothing.trig")) {
      Cli.Run r = Cli.run("build", "--input", empty.toString(), "--output", work.resolve(name).toString());
      assertEquals(1, r.code(), r.err());
      assertEquals(List.of("newsgraph build: nothing written to " + work.resolve(name) + ": no article in " + empty
          + ": it is empty"), r.errLines());
      assertFalse(Files.exists(work.resolve(name)));
    }

    // what is there is named; an earlier output is left as it was
    Path notes = Files.createDirectories(work.resolve("notes"));
    Files.writeString(notes.resolve("README.md"), "my articles will go here\n");
    Files.writeString(notes.resolve(".hidden"), "x\n");
    Files.createDirectories(notes.resolve("2021"));
    Path old = Files.writeString(work.resolve("old.nq"), "# an earlier graph\n");
    Cli.Run r = Cli.run("build", "--input", notes.toString(), "--output", old.toString());
    assertEquals(1, r.code());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().contains("no article in " + notes + ": it holds only files that are not articles (.hidden,"
        + " README.md"), r.err());
    assertTrue(r.err().contains("folders (2021;"), r.err());
    assertEquals("# an earlier graph\n", Files.readString(old));

    // articles that all fail: their problems, then the line, and still no file
    Path bad = Files.createDirectories(work.resolve("bad"));
    Files.write(bad.resolve("empty.txt"), new byte[0]);
    Cli.Run failed = Cli.run("build", "-q", "--input", bad.toString(), "--output", out.toString());
    assertEquals(1, failed.code());
    assertEquals(List.of("problem: empty.txt: empty file", "newsgraph build: nothing written to " + out
        + ": none of the articles in " + bad + " could be built (1 problem above)"), failed.errLines());
    assertFalse(Files.exists(out));
  }
}
