package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build through a real standalone Spark cluster on 127.0.0.1: Spark's own {@code Master} and
 * {@code Worker} (one core) from the Maven artifacts, each in its own JVM, the worker starting the
 * executor JVM; the driver is this JVM. Its N-Quads equal the local build's, byte for byte.
 */
class SparkStandaloneIT {
  @TempDir static Path tmp;
  private static final List<Process> cluster = new ArrayList<>();
  private static String masterUrl;

  @BeforeAll
  static void startCluster() throws Exception {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String javaOptions = System.getProperty("spark.java.options", "");
    Path sparkHome = Files.createDirectories(tmp.resolve("spark-home"));
    Files.createDirectories(sparkHome.resolve("jars")); // Spark is on the class path: nothing to put there
    int port = freePort();
    masterUrl = "spark://127.0.0.1:" + port;
    Process master = start(cp, javaOptions, sparkHome, "master", "org.apache.spark.deploy.master.Master",
        "--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", Integer.toString(freePort()));
    waitFor(tmp.resolve("master.log"), "I have been elected leader", master);
    Process worker = start(cp, javaOptions, sparkHome, "worker", "org.apache.spark.deploy.worker.Worker",
        "--host", "127.0.0.1", "--cores", "1", "--memory", "2g", "--webui-port", Integer.toString(freePort()),
        "--work-dir", Files.createDirectories(tmp.resolve("work")).toString(), masterUrl);
    waitFor(tmp.resolve("worker.log"), "Successfully registered with master", worker);
    // the driver (this JVM) tells the executor where the classes are and how to start
    System.setProperty("spark.executor.extraClassPath", cp);
    System.setProperty("spark.executor.extraJavaOptions", javaOptions);
    System.setProperty("spark.executor.memory", "1500m");
    System.setProperty("spark.driver.host", "127.0.0.1");
    System.setProperty("spark.driver.bindAddress", "127.0.0.1");
  }

  private static Process start(String cp, String javaOptions, Path sparkHome, String name, String main, String... args)
      throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m"));
    cmd.addAll(List.of(javaOptions.strip().split("\\s+")));
    // the start is read from the log's INFO lines; the test class path's simplelogger.properties
    // keeps the tests' own logs to errors, and this log goes to a file, not to Maven's output
    cmd.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=info");
    cmd.addAll(List.of("-cp", cp, main));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve(name + ".log").toFile());
    pb.environment().put("SPARK_HOME", sparkHome.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13"); // else looked for in a source tree under SPARK_HOME
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().put("SPARK_LOCAL_HOSTNAME", "127.0.0.1");
    Process p = pb.start();
    cluster.add(p);
    return p;
  }

  private static void waitFor(Path log, String line, Process p) throws Exception {
    long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < end) {
      if (Files.exists(log) && Files.readString(log).contains(line)) {
        return;
      }
      if (!p.isAlive()) {
        break;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no '" + line + "' from " + log.getFileName() + ":\n" + (Files.exists(log) ? Files.readString(log) : ""));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @AfterAll
  static void stopCluster() throws InterruptedException {
    for (int i = cluster.size() - 1; i >= 0; i--) {
      Process p = cluster.get(i);
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
      }
    }
  }

  @Test
  void theBundledArticlesThroughTheCluster() throws IOException {
    Path articles = SparkTests.repo().resolve("data/articles");
    Path local = tmp.resolve("local.nq");
    Path spark = tmp.resolve("spark.nq");
    SparkTests.Run l = SparkTests.cli("build", "-q", "--input", articles.toString(), "--output", local.toString());
    SparkTests.Run s = SparkTests.cli("build", "--engine", "spark", "--master", masterUrl, "--partitions", "2", "--input",
        articles.toString(), "--output", spark.toString());
    assertEquals(0, l.code(), l.err());
    assertEquals(0, s.code(), s.err() + "\nworker:\n" + Files.readString(tmp.resolve("worker.log")));
    assertTrue(s.err().contains("spark: " + masterUrl), s.err());
    assertArrayEquals(Files.readAllBytes(local), Files.readAllBytes(spark), "the cluster's N-Quads equal the local build's");
    try (var apps = Files.list(tmp.resolve("work"))) {
      assertTrue(apps.anyMatch(d -> d.getFileName().toString().startsWith("app-")),
          "the worker ran an executor for the build (its folder under the work dir)");
    }
  }
}
