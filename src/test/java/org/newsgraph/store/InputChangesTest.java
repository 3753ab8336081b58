package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

  @Test
  void aFileThatFailedAndIsUnchangedIsFailedNotNewAndMetadataRowsCount() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "stored article");
    Files.write(dir.resolve("bad.txt"), new byte[0]);
    String a = ContentHash.sha256Hex("stored article".getBytes());
    List<StoredArticle> stored = List.of(new StoredArticle("urn:a", "a.txt", a));
    Map<String, String> meta = Map.of("a.txt", "m1");
    InputState state =
        InputChanges.stateAfterBuild(
            dir, stored, meta, List.of("bad.txt: empty file", "other.txt: not ours"));
    assertEquals("bad.txt: empty file", state.get("bad.txt").problem());
    assertTrue(state.get("a.txt").stored());

    // written and read back from a store directory
    Path storeDir = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-store"));
    state.save(storeDir);
    InputState back = InputState.load(storeDir);
    assertEquals(state.entries(), back.entries());

    InputChanges same = InputChanges.scan(dir, stored, meta, back);
    assertEquals(List.of("bad.txt"), same.failed());
    assertEquals("bad.txt: empty file", same.problems().get("bad.txt"));
    assertEquals(List.of("a.txt"), same.unchanged());
    assertTrue(same.upToDate());

    // a new metadata row for a.txt: changed; without any state: changed too
    assertEquals(
        List.of("a.txt"), InputChanges.scan(dir, stored, Map.of("a.txt", "m2"), back).changed());
    assertEquals(
        List.of("a.txt"), InputChanges.scan(dir, stored, meta, InputState.empty()).changed());
    // the failing file edited: new again
    Files.writeString(dir.resolve("bad.txt"), "now an article");
    InputChanges edited = InputChanges.scan(dir, stored, meta, back);
    assertEquals(List.of("bad.txt"), edited.added());
    assertTrue(edited.failed().isEmpty());
  }
}
