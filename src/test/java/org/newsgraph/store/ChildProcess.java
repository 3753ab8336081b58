package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A process started by a test (the newsgraph jar, the standalone Fuseki jar) whose output is
 * collected line by line. Always {@link #close()}d, which kills it if it still runs.
 */
public final class ChildProcess implements AutoCloseable {
  private final Process process;
  private final List<String> out = new ArrayList<>();
  private final List<String> err = new ArrayList<>();

  private final Thread outPump;
  private final Thread errPump;

  private ChildProcess(Process process) {
    this.process = process;
    this.outPump = pump(process.getInputStream(), out);
    this.errPump = pump(process.getErrorStream(), err);
  }

  /** The newsgraph jar built by {@code mvn package} ({@code newsgraph.jar} system property). */
  public static Path newsgraphJar() {
    Path jar = Path.of(System.getProperty("newsgraph.jar", "target/newsgraph.jar"));
    assertTrue(Files.isRegularFile(jar), "The jar " + jar + " is missing: run mvn -B verify");
    return jar;
  }

  /** {@code java -jar newsgraph.jar ARGS} in {@code workDir}. */
  public static ChildProcess newsgraph(Path workDir, Map<String, String> env, String... args)
      throws IOException {
    List<String> cmd =
        new ArrayList<>(
            List.of(javaBin(), "-Xmx512m", "-jar", newsgraphJar().toAbsolutePath().toString()));
    cmd.addAll(List.of(args));
    return start(cmd, workDir, env);
  }

  public static ChildProcess start(List<String> cmd, Path workDir, Map<String, String> env)
      throws IOException {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
    pb.environment().remove(Credentials.PASSWORD_ENV);
    pb.environment().putAll(env);
    return new ChildProcess(pb.start());
  }

  public static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static Thread pump(InputStream in, List<String> lines) {
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                  }
                }
              } catch (IOException e) {
                // the process is gone
              }
            });
    t.setDaemon(true);
    t.start();
    return t;
  }

  /**
   * Waits for the {@code n}-th line of standard output that matches (a guard of {@code maxSeconds}
   * against a hung child, not a timing); returns it, or fails with the output so far.
   */
  public String awaitLine(Predicate<String> match, int n, int maxSeconds)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
    synchronized (out) {
      while (true) {
        int seen = 0;
        for (String line : out) {
          if (match.test(line) && ++seen == n) {
            return line;
          }
        }
        long left = end - System.nanoTime();
        if (left <= 0 || (!process.isAlive() && seen < n && outputComplete())) {
          throw new AssertionError(
              "No such output line ("
                  + n
                  + "). Alive: "
                  + process.isAlive()
                  + "\nstdout:\n"
                  + String.join("\n", out)
                  + "\nstderr:\n"
                  + stderr());
        }
        out.wait(Math.max(1, Math.min(200, TimeUnit.NANOSECONDS.toMillis(left))));
      }
    }
  }

  private boolean outputComplete() throws InterruptedException {
    // give the pump a moment to drain what the dead process wrote
    out.wait(200);
    return true;
  }

  /** Waits for the process to end (guard {@code maxSeconds}) and returns its exit code. */
  public int waitFor(int maxSeconds) throws InterruptedException {
    if (!process.waitFor(maxSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(
          "The process did not end within "
              + maxSeconds
              + " s\nstdout:\n"
              + stdout()
              + "\nstderr:\n"
              + stderr());
    }
    outPump.join(10_000); // the pumps end at end of output
    errPump.join(10_000);
    return process.exitValue();
  }

  public String stdout() {
    synchronized (out) {
      return String.join("\n", out);
    }
  }

  public String stderr() {
    synchronized (err) {
      return String.join("\n", err);
    }
  }

  public List<String> stdoutLines() {
    synchronized (out) {
      return List.copyOf(out);
    }
  }

  /**
   * SIGTERM, as a service manager sends it (Ctrl-C's SIGINT takes the same path in the JVM):
   * shutdown hooks run. Sent through the process handle, because {@link Process#destroy()} also
   * closes our end of the child's output pipes, which would hide what the hooks print.
   */
  public void terminate() {
    process.toHandle().destroy();
  }

  /** SIGKILL: no shutdown hook, no cleanup. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
