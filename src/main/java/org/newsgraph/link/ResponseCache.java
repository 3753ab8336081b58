package org.newsgraph.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Wikidata API responses on disk, one file per request: {@code DIR/<action>/<sha256 of the request
 * key>.json}. Written atomically, so a crash never leaves half a response that a later run trusts.
 */
public final class ResponseCache {
  private final Path dir;

  public ResponseCache(Path dir) {
    this.dir = dir;
  }

  /** The default place: {@code ~/.cache/newsgraph/wikidata}. */
  public static Path defaultDir() {
    return Path.of(System.getProperty("user.home"), ".cache", "newsgraph", "wikidata");
  }

  public Path dir() {
    return dir;
  }

  Path file(String action, String key) {
    return dir.resolve(action).resolve(sha256(key) + ".json");
  }

  /** The stored response for this request, if any. */
  public Optional<String> get(String action, String key) {
    Path f = file(action, key);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(f, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cached response " + f, e);
    }
  }

  /** Stores a response. */
  public void put(String action, String key, String body) {
    Path f = file(action, key);
    try {
      Files.createDirectories(f.getParent());
      Path tmp = Files.createTempFile(f.getParent(), ".part-", ".json");
      Files.writeString(tmp, body, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write cached response " + f, e);
    }
  }

  private static String sha256(String s) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
