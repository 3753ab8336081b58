package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state kept beside the store survives file names with tabs, line breaks and backslashes. */
class InputStateTest {
  @TempDir Path dir;

  @Test
  void fileNamesWithTabsAndLineBreaksKeepTheStoreUpToDate() throws Exception {
    Path input = Files.createDirectories(dir.resolve("in"));
    Path storeDir = Files.createDirectories(dir.resolve("store"));
    List<String> names = List.of("tab\there.txt", "line\nbreak.txt", "carriage\rreturn.txt", "back\\slash\\t.txt",
        "plain.txt");
    List<StoredArticle> stored = new java.util.ArrayList<>();
    for (String n : names) {
      Files.writeString(input.resolve(n), "the text of " + n);
      stored.add(new StoredArticle("urn:" + stored.size(), n, ContentHash.sha256Hex(("the text of " + n).getBytes(
          java.nio.charset.StandardCharsets.UTF_8))));
    }
    Files.writeString(input.resolve("failed\tone.txt"), "");
    InputState state = InputChanges.stateAfterBuild(input, stored, Map.of(),
        List.of("failed\tone.txt: empty file"));
    state.save(storeDir);
    assertEquals(names.size() + 2, Files.readAllLines(storeDir.resolve(InputState.FILE_NAME)).size(),
        "one header line and one line per file");
    InputState back = InputState.load(storeDir);
    assertEquals(state.entries(), back.entries());
    InputChanges changes = InputChanges.scan(input, stored, Map.of(), back);
    assertTrue(changes.upToDate(), "a start after this build would build again: " + changes);
    assertEquals(List.of("failed\tone.txt"), changes.failed());
  }

  @Test
  void aStateWrittenBeforeNamesWereEscapedIsStillRead() throws Exception {
    Files.writeString(dir.resolve(InputState.FILE_NAME),
        "# newsgraph input state v1: file\tstatus\tcontent\tmetadata\tproblem\nback\\slash.txt\tstored\tab\t-\t\n");
    assertEquals("back\\slash.txt", InputState.load(dir).entries().keySet().iterator().next());
  }
}
