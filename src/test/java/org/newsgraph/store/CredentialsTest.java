package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {
  @TempDir Path dir;

  @Test
  void thePasswordIsTheFirstLineOfTheFile() throws Exception {
    Path f = Files.writeString(dir.resolve("pw"), "s3cret pass\nignored\n");
    Credentials c = Credentials.fromFile("editor", f);
    assertEquals("s3cret pass", c.password());
    assertEquals("Basic ZWRpdG9yOnMzY3JldCBwYXNz", c.basicAuthHeader());
    assertFalse(c.toString().contains("s3cret"));
  }

  @Test
  void anEmptyPasswordFileIsRefusedNamingTheFile() throws Exception {
    Path f = Files.writeString(dir.resolve("empty"), "\n");
    IOException e = assertThrows(IOException.class, () -> Credentials.fromFile("u", f));
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
  }

  @Test
  void aUserNameWithAColonIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Credentials("a:b", "pw"));
  }
}
