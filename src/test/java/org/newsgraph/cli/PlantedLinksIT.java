package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build} from the jar with links planted where it reads and writes: beside the output (the
 * temporary file's old fixed name, and the output itself), in the input folder (to a file outside
 * it, to a {@code /proc} file), and as {@code articles.tsv} (to {@code /dev/zero}); and an {@code
 * articles.tsv} over the size limit or in Latin-1.
 */
class PlantedLinksIT {
  @TempDir Path tmp;

  private static final String ARTICLE =
      "Mayor Ada Placeholder of Exampleton opened the new library on Monday, the city said.\n";

  private Path articles() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("library.txt"), ARTICLE);
    return in;
  }

  @Test
  void theOutputIsNeverWrittenThroughALink() throws Exception {
    Path in = articles();
    Path outDir = Files.createDirectories(tmp.resolve("out"));
    Path victim = Files.writeString(tmp.resolve("victim.txt"), "precious\n");
    Path victim2 = Files.writeString(tmp.resolve("victim2.txt"), "also precious\n");
    Path out = outDir.resolve("graph.nq");
    Files.createSymbolicLink(outDir.resolve(".graph.nq.tmp"), victim); // the old fixed temporary name
    Files.createSymbolicLink(out, victim2);
    BuildCommandIT.Run r = BuildCommandIT.jar(tmp, "build", "-q", "--input", in.toString(), "--output", out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("precious\n", Files.readString(victim));
    assertEquals("also precious\n", Files.readString(victim2));
    assertFalse(Files.isSymbolicLink(out), "the output is still a link");
    assertTrue(Files.readString(out).contains("library.txt"), "the graph was not written");
    try (var left = Files.list(outDir)) {
      assertEquals(2, left.count(), "more than the output and the planted link: a temporary file was left");
    }
  }

  @Test
  void linksOutOfTheInputFolderAreReportedNotRead() throws Exception {
    Path in = articles();
    Path secret = Files.writeString(tmp.resolve("secret.txt"), "The secret plan of Councillor Zed Quux was told to nobody.\n");
    Files.createSymbolicLink(in.resolve("planted.txt"), secret);
    Files.createSymbolicLink(in.resolve("status.txt"), Path.of("/proc/self/status"));
    Files.createSymbolicLink(in.resolve("same.txt"), in.resolve("library.txt")); // inside: read as usual
    Path out = tmp.resolve("graph.nq");
    BuildCommandIT.Run r = BuildCommandIT.jar(tmp, "build", "-q", "--input", in.toString(), "--output", out.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("planted.txt: is a link to " + secret.toRealPath() + ", outside the input folder"),
        r.err());
    assertTrue(r.err().contains("status.txt: is a link to /proc/"), r.err());
    assertTrue(r.err().contains("same.txt: same text as library.txt"), r.err());
    String graph = Files.readString(out);
    assertTrue(graph.contains("\"library.txt\""), "the real article was not built");
    assertFalse(graph.contains("planted.txt") || graph.contains("Quux"), "the linked file's text is in the graph");
    assertFalse(graph.contains("\"status.txt\""), "a /proc file is in the graph");

    BuildCommandIT.Run followed = BuildCommandIT.jar(tmp, "build", "-q", "--follow-links", "--input", in.toString(),
        "--output", out.toString());
    assertTrue(Files.readString(out).contains("\"planted.txt\""), followed.err());
  }

  @Test
  void aBadArticlesTsvIsReportedAndTheArticlesAreBuilt() throws Exception {
    Path in = articles();
    Path out = tmp.resolve("graph.nq");
    Files.createSymbolicLink(in.resolve("articles.tsv"), Path.of("/dev/zero"));
    BuildCommandIT.Run zero = BuildCommandIT.jar(tmp, "build", "-q", "--input", in.toString(), "--output",
        out.toString());
    assertEquals(1, zero.code(), zero.err());
    assertTrue(zero.err().contains("articles.tsv: cannot read metadata (is a link to /dev/zero, outside the input"
        + " folder"), zero.err());
    assertTrue(Files.readString(out).contains("\"library.txt\""), zero.err());

    Files.delete(in.resolve("articles.tsv"));
    StringBuilder big = new StringBuilder("file\tpublisher\n");
    while (big.length() < 6 << 20) {
      big.append("library.txt\tThe Exampleton Courier\n");
    }
    Files.writeString(in.resolve("articles.tsv"), big);
    BuildCommandIT.Run large = BuildCommandIT.jar(tmp, "build", "-q", "--input", in.toString(), "--output",
        out.toString());
    assertEquals(1, large.code(), large.err());
    assertTrue(large.err().contains("articles.tsv: cannot read metadata (file is 6.0 MB, over the limit of 5.0 MB"),
        large.err());
    assertTrue(Files.readString(out).contains("\"library.txt\""), large.err());

    Files.write(in.resolve("articles.tsv"),
        "file\tpublisher\r\nlibrary.txt\tLe Courrier d'\u00c9xampleville\r\n".getBytes(StandardCharsets.ISO_8859_1));
    BuildCommandIT.Run latin1 = BuildCommandIT.jar(tmp, "build", "-q", "--input", in.toString(), "--output",
        out.toString());
    assertEquals(0, latin1.code(), latin1.err());
    assertTrue(Files.readString(out).contains("Le Courrier d'\u00c9xampleville"), latin1.err());
  }
}
