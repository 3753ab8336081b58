package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The standalone {@code jena-fuseki-server} jar (copied to target/ci by the build), started on a
 * free loopback port with a TDB2 dataset {@code /ds} that accepts updates, the way a user runs it.
 */
public final class StandaloneFuseki implements AutoCloseable {
  private final ChildProcess process;
  private final int port;

  private StandaloneFuseki(ChildProcess process, int port) {
    this.process = process;
    this.port = port;
  }

  public static Path serverJar() {
    Path jar =
        Path.of(System.getProperty("fuseki.server.jar", "target/ci/jena-fuseki-server-5.6.0.jar"));
    assertTrue(
        Files.isRegularFile(jar),
        "The standalone Fuseki jar " + jar + " is missing: mvn -B verify copies it there");
    return jar;
  }

  public static StandaloneFuseki start(Path work, Path databaseDir) throws Exception {
    Files.createDirectories(databaseDir);
    Path base = Files.createDirectories(work.resolve("fuseki-base"));
    int port = freePort();
    ChildProcess p =
        ChildProcess.start(
            List.of(
                ChildProcess.javaBin(),
                "-Xmx512m",
                "-jar",
                serverJar().toAbsolutePath().toString(),
                "--localhost",
                "--port=" + port,
                "--set",
                "tdb:unionDefaultGraph=true",
                "--tdb2",
                "--loc=" + databaseDir.toAbsolutePath(),
                "--update",
                "/ds"),
            work,
            Map.of("FUSEKI_BASE", base.toAbsolutePath().toString()));
    StandaloneFuseki f = new StandaloneFuseki(p, port);
    f.awaitPing();
    return f;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private void awaitPing() throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest ping =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/$/ping"))
            .timeout(Duration.ofSeconds(2))
            .build();
    for (int i = 0; i < 600; i++) { // a guard against a server that never starts, not a timing
      try {
        if (http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not up yet
      }
      if (!process.isAlive()) {
        break;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "The standalone Fuseki did not start\n" + process.stdout() + "\n" + process.stderr());
  }

  public String datasetUrl() {
    return "http://127.0.0.1:" + port + "/ds";
  }

  public ChildProcess process() {
    return process;
  }

  @Override
  public void close() {
    process.terminate();
    try {
      process.waitFor(60);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      process.close();
    }
  }
}
