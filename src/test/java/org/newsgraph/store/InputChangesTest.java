package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputChangesTest {
  @TempDir Path dir;

  @Test
  void filesAreNewChangedUnchangedOrMissingByNameAndContentHash() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "first article");
    Files.writeString(dir.resolve("b.txt"), "second article, edited");
    Files.writeString(dir.resolve("c.txt"), "third article");
    Files.writeString(dir.resolve("articles.tsv"), "file\tpublisher\n");
    Files.writeString(dir.resolve(".hidden"), "not an article");
    List<StoredArticle> stored =
        List.of(
            new StoredArticle("urn:a", "a.txt", ContentHash.sha256Hex("first article".getBytes())),
            new StoredArticle("urn:b", "b.txt", ContentHash.sha256Hex("second article".getBytes())),
            new StoredArticle("urn:gone", "gone.txt", "00"),
            new StoredArticle("urn:other", null, null));
    InputChanges c = InputChanges.scan(dir, stored);
    assertEquals(List.of("c.txt"), c.added());
    assertEquals(List.of("b.txt"), c.changed());
    assertEquals(List.of("a.txt"), c.unchanged());
    assertEquals(List.of("gone.txt"), c.missing());
    assertFalse(c.upToDate());
  }

  @Test
  void aDirectoryWhoseFilesAreAllStoredIsUpToDate() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "x");
    InputChanges c =
        InputChanges.scan(
            dir,
            List.of(new StoredArticle("urn:a", "a.txt", ContentHash.sha256Hex("x".getBytes()))));
    assertTrue(c.upToDate());
  }

  @Test
  void theHashIsSha256InLowerCaseHex() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        ContentHash.sha256Hex("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
  }
}
