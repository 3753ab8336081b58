package org.newsgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

/**
 * A user name and password for HTTP basic authentication. The password comes from a file (its first
 * line) or from an environment variable, never from the command line, where other users of the
 * machine could read it.
 */
public record Credentials(String user, String password) implements java.io.Serializable {
  public static final String PASSWORD_ENV = "NEWSGRAPH_PASSWORD";

  public Credentials {
    if (user == null || user.isBlank() || user.contains(":")) {
      throw new IllegalArgumentException("A user name must be non-empty and without ':': " + user);
    }
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("The password for user " + user + " is empty");
    }
  }

  /** The first line of {@code file}, without its line ending, is the password. */
  public static Credentials fromFile(String user, Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String first = text.lines().findFirst().orElse("");
    if (first.isEmpty()) {
      throw new IOException(
          "The password file " + file + " is empty (the password is its first line)");
    }
    return new Credentials(user, first);
  }

  /**
   * The password from {@code passwordFile} when one is given, else from the environment variable
   * {@value #PASSWORD_ENV}; empty when neither has one.
   */
  public static Optional<Credentials> resolve(String user, Path passwordFile) throws IOException {
    if (passwordFile != null) {
      return Optional.of(fromFile(user, passwordFile));
    }
    String env = System.getenv(PASSWORD_ENV);
    return env == null || env.isEmpty() ? Optional.empty() : Optional.of(new Credentials(user, env));
  }

  /** The value of an {@code Authorization} header for these credentials. */
  public String basicAuthHeader() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "Credentials[user=" + user + ", password=***]";
  }
}
