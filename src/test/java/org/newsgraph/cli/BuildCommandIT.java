package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestGraphs;
import org.newsgraph.rdf.GraphFiles;

/** The packaged jar, run as a user runs it, on the bundled articles and on bad input. */
class BuildCommandIT {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run jar(Path cwd, String... args) throws IOException, InterruptedException {
    String jar = System.getProperty("newsgraph.jar", "target/newsgraph.jar");
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-jar", Path.of(jar).toAbsolutePath().toString()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("out", ".txt");
    Path err = Files.createTempFile("err", ".txt");
    Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("newsgraph " + String.join(" ", args) + " did not finish in 5 minutes");
    }
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void buildsTheBundledArticlesTheSameWayTwice() throws Exception {
    Path repo = TestGraphs.repo().toAbsolutePath();
    Path a = tmp.resolve("a.nq");
    Path b = tmp.resolve("b.nq");
    Run r1 = jar(repo, "build", "--input", "data/articles", "--output", a.toString());
    Run r2 = jar(repo, "build", "-q", "--input", "data/articles", "--output", b.toString());
    assertEquals(0, r1.code(), r1.err());
    assertEquals(0, r2.code(), r2.err());
    assertTrue(r1.err().contains("analysed 5/5 articles"), r1.err());
    assertTrue(r1.out().startsWith("wrote "), r1.out());
    assertEquals(Files.readString(a), Files.readString(b), "the same input must give the same N-Quads");

    Dataset ds = GraphFiles.read(a);
    assertEquals(5, TestGraphs.select(ds, "SELECT ?a WHERE { ?a a ng:Article ; ng:sourceFile ?f }").size());
    List<String> held = TestGraphs.pairs(ds, "holdsOffice");
    assertTrue(held.contains("George Gasc\u00f3n | Los Angeles County District Attorney"), held.toString());
    assertTrue(held.contains("Alex Villanueva | Los Angeles County Sheriff"), held.toString());
    assertTrue(held.contains("Rachael Rollins | Suffolk County District Attorney"), held.toString());
    List<String> former = TestGraphs.pairs(ds, "formerlyHeldOffice");
    assertTrue(former.contains("Jackie Lacey | Los Angeles County District Attorney"), former.toString());
    List<String> quotes = TestGraphs.select(ds,
        "SELECT ?who WHERE { ?q ng:text ?t ; ng:speaker/rdfs:label ?who FILTER(CONTAINS(?t, \"like a factory making widgets\")) }");
    assertEquals(List.of("George Gasc\u00f3n"), quotes);
    // one entity for Gascon/Gascón across all five articles, and photographers are not people
    assertEquals(1, TestGraphs.select(ds, "SELECT DISTINCT ?p WHERE { ?p a ng:Person ; rdfs:label ?l FILTER(CONTAINS(?l, \"Gasc\")) }").size());
    assertEquals(List.of(), TestGraphs.select(ds, "SELECT ?p WHERE { ?p a ng:Person ; rdfs:label \"Irfan Khan\" }"));
  }

  @Test
  void everyTermTheBuildWritesIsDeclaredInTheOntology() throws Exception {
    Path repo = TestGraphs.repo().toAbsolutePath();
    Path g = tmp.resolve("terms.nq");
    assertEquals(0, jar(repo, "build", "-q", "--output", g.toString()).code());
    org.apache.jena.rdf.model.Model onto = org.apache.jena.riot.RDFDataMgr.loadModel(repo.resolve("ontology/newsgraph.ttl").toString());
    Dataset ds = GraphFiles.read(g);
    List<String> used = TestGraphs.select(ds, "SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t } FILTER(STRSTARTS(STR(?t), STR(ng:))) }");
    assertTrue(used.size() > 20, used.toString());
    List<String> undeclared = new ArrayList<>();
    for (String t : used) {
      if (!onto.contains(onto.createResource(t), org.apache.jena.vocabulary.RDF.type)) {
        undeclared.add(t);
      }
    }
    assertEquals(List.of(), undeclared, "terms written by build but not declared in ontology/newsgraph.ttl");
  }

  @Test
  void badArticlesAreReportedAndTheRestIsBuilt() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("good.txt"), "Kern County Sheriff Tom Whitaker said the jail is full.\n");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    // 0x81 is undefined in Windows-1252 (a plausible Windows-1252 file is read: MixedInputsIT)
    Files.write(in.resolve("old.txt"), new byte[] {'C', 'a', 'f', (byte) 0x81, ' ', 'o', 'w', 'n', 'e', 'r'});
    Files.writeString(in.resolve("articles.tsv"), "file\tpublished\ngood.txt\t2021-13-45\n");
    Path out = tmp.resolve("g.trig");
    Files.writeString(out, "# an earlier graph\n");
    Run r = jar(tmp, "build", "--input", in.toString(), "--output", out.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("empty.txt: empty file"), r.err());
    assertTrue(r.err().contains("photo.txt: binary file"), r.err());
    assertTrue(r.err().contains("old.txt: not valid UTF-8"), r.err());
    assertTrue(r.err().contains("articles.tsv:2: published date '2021-13-45' is not YYYY-MM-DD"), r.err());
    Dataset ds = GraphFiles.read(out);
    assertEquals(List.of("Tom Whitaker | Kern County Sheriff"), TestGraphs.pairs(ds, "holdsOffice"));
  }

  @Test
  void usageErrorsExitWithTwo() throws Exception {
    Run noOutput = jar(tmp, "build", "--input", "x");
    assertEquals(2, noOutput.code());
    assertTrue(noOutput.err().contains("Missing required option: '--output=FILE'"), noOutput.err());
    Run badFormat = jar(tmp, "build", "--output", "graph.xyz");
    assertEquals(2, badFormat.code());
    assertTrue(badFormat.err().contains("use one of .nq, .trig, .ttl, .jsonld"), badFormat.err());
    Run help = jar(tmp, "build", "--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("Exit codes"), help.out());
  }

  @Test
  void queryCommandRunsAQueryFileOnAGraphFile() throws Exception {
    Path repo = TestGraphs.repo().toAbsolutePath();
    Path g = tmp.resolve("g.nq");
    assertEquals(0, jar(repo, "build", "-q", "--output", g.toString()).code());
    Path q = tmp.resolve("q.rq");
    Files.writeString(q, TestGraphs.PREFIXES + "SELECT ?l WHERE { ?p ng:holdsOffice ?o . ?o rdfs:label ?l } ORDER BY ?l");
    Run r = jar(repo, "query", q.toString(), "--data", g.toString(), "--format", "csv");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("l\r\n") || r.out().startsWith("l\n"), r.out());
    assertTrue(r.out().contains("Los Angeles County District Attorney"), r.out());
  }
}
