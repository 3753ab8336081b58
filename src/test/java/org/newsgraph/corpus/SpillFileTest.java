package org.newsgraph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SpillFileTest {
  @Test
  void itemsComeBackInOrderAndNotOneMore() throws Exception {
    Path file;
    try (SpillFile spill = new SpillFile("newsgraph-test", "numbers")) {
      file = spill.path();
      for (int i = 0; i < 3; i++) {
        spill.output().writeInt(i * 7);
        spill.wrote();
      }
      assertEquals(3, spill.written());
      for (int i = 0; i < 3; i++) {
        assertEquals(i * 7, spill.nextInput().readInt());
      }
      IllegalStateException past = assertThrows(IllegalStateException.class, spill::nextInput);
      assertEquals("all 3 numbers were read", past.getMessage());
      assertThrows(IllegalStateException.class, spill::output, "no writing once the reading began");
      assertTrue(Files.exists(file));
    }
    assertFalse(Files.exists(file), "deleted on close");
  }

  @Test
  void aFileNeverReadIsDeletedToo() {
    Path file;
    try (SpillFile spill = new SpillFile("newsgraph-test", "numbers")) {
      file = spill.path();
      spill.wrote();
    }
    assertFalse(Files.exists(file));
  }
}
