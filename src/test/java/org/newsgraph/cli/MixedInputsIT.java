package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestGraphs;
import org.newsgraph.rdf.GraphFiles;

/**
 * The check of issue 9: the bundled articles mixed with every kind of bad input. {@code build}
 * reports each bad input once, by name, builds all the good ones exactly as it builds them without
 * the bad inputs, and exits with 1.
 */
class MixedInputsIT {
  @TempDir Path tmp;

  static final String GOOD_LINE_1 = "{\"text\": \"Kern County Sheriff Tom Whitaker said the jail is full.\", "
      + "\"headline\": \"Jail is full\", \"published\": \"2023-05-02\", \"author\": \"Ana Writer\"}";
  static final String GOOD_LINE_3 = "{\"text\": \"<p>The county supervisors voted on Tuesday to close the jail.</p>\"}";

  /** The bundled articles and articles.tsv, a Windows-1252 file and a JSON Lines export (all good). */
  private Path goodInputs(Path dir, String jsonLine2) throws IOException {
    Files.createDirectories(dir);
    Path articles = TestGraphs.repo().resolve("data/articles");
    try (Stream<Path> s = Files.list(articles)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.write(dir.resolve("cp1252.txt"), "\u201cThe caf\u00e9 will stay open,\u201d Mayor Ruth Ortega said on Monday."
        .getBytes(Charset.forName("windows-1252")));
    Files.writeString(dir.resolve("export.jsonl"), GOOD_LINE_1 + "\n" + jsonLine2 + "\n" + GOOD_LINE_3 + "\n");
    return dir;
  }

  @Test
  void eachBadInputIsReportedOnceAndTheGoodOnesAreBuiltAsWithoutThem() throws Exception {
    Path clean = goodInputs(tmp.resolve("clean"), ""); // a blank line keeps the numbering
    Path mixed = goodInputs(tmp.resolve("mixed"), "{\"text\": \"The line stops here");
    Files.write(mixed.resolve("empty.txt"), new byte[0]);
    Files.write(mixed.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    Files.write(mixed.resolve("neither.txt"), new byte[] {'N', 'o', ' ', (byte) 0x81, (byte) 0x8D, ' ', 'w', 'a', 'y', '.'});
    Files.writeString(mixed.resolve("truncated.html"),
        "<!DOCTYPE html><html><head><title>Cut</title></head><body><article><p>The sheriff said the jail");
    Files.copy(mixed.resolve("000_f8893c77d16a248b.txt"), mixed.resolve("copy-of-000.txt"));
    try (OutputStream out = Files.newOutputStream(mixed.resolve("big.txt"))) {
      byte[] line = "The sheriff spoke to reporters about the budget.\n\n".getBytes(StandardCharsets.UTF_8);
      for (long n = 0; n < 50L * 1024 * 1024; n += line.length) {
        out.write(line);
      }
    }
    Files.writeString(mixed.resolve("articles.tsv"), Files.readString(mixed.resolve("articles.tsv")) + "ghost.txt\tNobody\t\t\t\n");

    Path cleanNq = tmp.resolve("clean.nq");
    Path mixedNq = tmp.resolve("mixed.nq");
    BuildCommandIT.Run c = BuildCommandIT.jar(tmp, "build", "-q", "--input", clean.toString(), "--output", cleanNq.toString());
    BuildCommandIT.Run m = BuildCommandIT.jar(tmp, "build", "-q", "--input", mixed.toString(), "--output", mixedNq.toString());
    assertEquals(0, c.code(), c.err());
    assertEquals(1, m.code(), m.err());

    List<String> problems = m.err().lines().filter(l -> l.startsWith("problem: ")).toList();
    List<String> expected = List.of(
        "articles.tsv:7: lists ghost.txt",
        "big.txt: file is 50.0 MB, over the limit of 5.0 MB",
        "copy-of-000.txt: same text as 000_f8893c77d16a248b.txt",
        "empty.txt: empty file",
        "export.jsonl:2: not valid JSON",
        "neither.txt: not valid UTF-8",
        "scan.txt: binary file",
        "truncated.html: truncated HTML");
    assertEquals(expected.size(), problems.size(), m.err());
    for (String e : expected) {
      assertEquals(1, problems.stream().filter(p -> p.startsWith("problem: " + e)).count(), e + " once in\n" + m.err());
    }

    // everything good is built, exactly as without the bad inputs; the duplicate adds only its name
    List<String> cleanQuads = Files.readAllLines(cleanNq);
    List<String> mixedQuads = new ArrayList<>(Files.readAllLines(mixedNq));
    List<String> alsoRead = mixedQuads.stream().filter(q -> q.contains("ontology#alsoReadFrom")).toList();
    assertEquals(1, alsoRead.size(), alsoRead.toString());
    assertTrue(alsoRead.get(0).startsWith("<https://w3id.org/newsgraph/id/article/000-f8893c77d16a248b> "
        + "<https://w3id.org/newsgraph/ontology#alsoReadFrom> \"copy-of-000.txt\""), alsoRead.get(0));
    mixedQuads.removeAll(alsoRead);
    assertEquals(cleanQuads.size(), mixedQuads.size(), "the same number of quads for the good inputs");
    // the JSON Lines articles carry the hash of their file's bytes, which the bad line changes
    List<String> cleanRest = withoutExportHashes(cleanQuads);
    List<String> mixedRest = withoutExportHashes(mixedQuads);
    assertEquals(cleanQuads.size() - 2, cleanRest.size());
    List<String> missing = cleanRest.stream().filter(q -> !mixedRest.contains(q)).limit(5).toList();
    List<String> unexpected = mixedRest.stream().filter(q -> !cleanRest.contains(q)).limit(5).toList();
    assertEquals(List.of(), missing, "quads of the good inputs missing when the bad ones are there");
    assertEquals(List.of(), unexpected, "quads that only the bad inputs brought");
    assertEquals(cleanRest, mixedRest);
    assertTrue(m.out().contains("wrote " + mixedNq + ": 8 articles"), m.out());

    // the good non-text inputs are in the graph with their metadata and where it came from
    var ds = GraphFiles.read(mixedNq);
    assertEquals(List.of("export.jsonl | export.jsonl#1 | Jail is full | document | JSON field headline"),
        TestGraphs.select(ds, "PREFIX schema: <https://schema.org/> SELECT ?f ?e ?h ?src ?field WHERE { ?a ng:sourceFile ?f ; ng:sourceEntry ?e ; schema:headline ?h . "
            + "?r rdf:reifies <<( ?a schema:headline ?h )>> ; ng:metadataSource ?src ; ng:metadataField ?field }"));
    // the Windows-1252 file was read as such: its words are in the graph as written
    assertEquals(List.of("cp1252.txt"), TestGraphs.select(ds, "SELECT DISTINCT ?f WHERE { GRAPH ?g { ?a ng:sourceFile ?f . "
        + "?x ?p ?lit FILTER(isLiteral(?lit) && CONTAINS(STR(?lit), \"caf\u00e9 will stay open\")) } }"));
  }

  private static List<String> withoutExportHashes(List<String> quads) {
    return quads.stream().filter(q -> !(q.startsWith("<https://w3id.org/newsgraph/id/article/export-")
        && q.contains("ontology#contentHash"))).toList();
  }

  @Test
  void theSizeLimitIsABuildOption() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("short.txt"), "The sheriff spoke on Monday.\n");
    Files.writeString(in.resolve("long.txt"), "The mayor answered the sheriff on Tuesday at length. ".repeat(40) + "\n");
    BuildCommandIT.Run r = BuildCommandIT.jar(tmp, "build", "-q", "--max-file-size", "1KB", "--input", in.toString(),
        "--output", tmp.resolve("g.nq").toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("problem: long.txt: file is 2.1 KB, over the limit of 1.0 KB"), r.err());
    assertTrue(r.out().contains(": 1 articles"), r.out());
    BuildCommandIT.Run bad = BuildCommandIT.jar(tmp, "build", "--max-file-size", "lots", "--output", "g.nq");
    assertEquals(2, bad.code(), bad.err());
    assertTrue(bad.err().contains("'lots' is not a size"), bad.err());
  }
}
