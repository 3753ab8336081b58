package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.corpus.InputGlob;

/**
 * {@code build --input GLOB}: the files a glob matches in folders below its root are built as
 * the same files in one folder are, the root's articles.tsv read; a glob that matches nothing,
 * or whose root is missing, says so and writes nothing. Invented articles.
 */
class BuildGlobTest {
  @TempDir Path tmp;

  private static final String FIRST = "Mayor Dana Whitfield of Harborton said on Monday that the city would"
      + " hire forty new officers.\n\n\"We will keep our streets safe,\" Whitfield said.\n";
  private static final String SECOND = "Sheriff Tom Reyes criticized the county budget on Tuesday.\n\n"
      + "Reyes said the cuts would close two stations.\n";

  private static final String TSV = "file\tpublisher\tpublished\theadline\turl\n"
      + "reyes.txt\tThe Courier\t2016-02-03\tBudget cuts\t\n";

  @Test
  void aGlobBuildsWhatItMatchesAsOneFolderWould() throws IOException {
    Path archive = tmp.resolve("archive");
    Files.createDirectories(archive.resolve("2016-01"));
    Files.createDirectories(archive.resolve("2016-02"));
    Files.createDirectories(archive.resolve("2017-01"));
    Files.writeString(archive.resolve("2016-01/whitfield.txt"), FIRST);
    Files.writeString(archive.resolve("2016-02/reyes.txt"), SECOND);
    Files.writeString(archive.resolve("2016-02/notes.md"), "not matched by *.txt\n");
    Files.writeString(archive.resolve("2017-01/later.txt"), "Not in 2016: not matched.\n");
    Files.writeString(archive.resolve("articles.tsv"), TSV);
    Path flat = Files.createDirectories(tmp.resolve("flat"));
    Files.writeString(flat.resolve("whitfield.txt"), FIRST);
    Files.writeString(flat.resolve("reyes.txt"), SECOND);
    Files.writeString(flat.resolve("articles.tsv"), TSV);

    Path glob = archive.resolve("2016-*").resolve("*.txt");
    assertTrue(InputGlob.is(glob));
    assertEquals(archive, InputGlob.root(glob));
    Cli.Run g = Cli.run("build", "-q", "--input", glob.toString(), "--output", tmp.resolve("glob.nq").toString());
    Cli.Run f = Cli.run("build", "-q", "--input", flat.toString(), "--output", tmp.resolve("flat.nq").toString());
    assertEquals(0, g.code(), g.err());
    assertEquals(0, f.code(), f.err());
    assertTrue(g.out().contains("2 articles"), g.out());
    byte[] expected = Files.readAllBytes(tmp.resolve("flat.nq"));
    assertTrue(new String(expected).contains("The Courier"), "the root's articles.tsv is read");
    assertArrayEquals(expected, Files.readAllBytes(tmp.resolve("glob.nq")), "the same graph as from one folder");
  }

  @Test
  void aGlobThatMatchesNothingSaysSo() throws IOException {
    Path archive = Files.createDirectories(tmp.resolve("archive").resolve("2016-01"));
    Files.writeString(archive.resolve("a.md"), "notes\n");
    Path out = tmp.resolve("none.nq");
    Path glob = tmp.resolve("archive").resolve("*").resolve("*.txt");
    Cli.Run r = Cli.run("build", "--input", glob.toString(), "--output", out.toString());
    assertEquals(1, r.code(), r.err());
    assertEquals(List.of("newsgraph build: nothing written to " + out + ": no article file matches " + glob + " (in "
        + tmp.resolve("archive").toAbsolutePath().normalize() + ")"), r.errLines());
    assertFalse(Files.exists(out));

    Path missing = tmp.resolve("nowhere").resolve("*.txt");
    Cli.Run m = Cli.run("build", "--input", missing.toString(), "--output", out.toString());
    assertEquals(2, m.code(), m.err());
    assertTrue(m.err().startsWith("newsgraph build: no folder " + tmp.resolve("nowhere") + ": the glob --input "
        + missing + " is matched in it"), m.err());
  }
}
