package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load --endpoint} against a server on 127.0.0.1 that takes the connection and never answers. */
class LoadTimeoutIT {
  @TempDir Path work;

  @Test
  void aServerThatNeverAnswersEndsTheLoadWithAMessageAndExitCode1() throws Exception {
    List<Socket> held = new ArrayList<>();
    try (ServerSocket silent = new ServerSocket()) {
      silent.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      Thread accepter = new Thread(() -> {
        try {
          while (true) {
            held.add(silent.accept()); // read nothing, answer nothing
          }
        } catch (java.io.IOException e) {
          // closed at the end of the test
        }
      });
      accepter.setDaemon(true);
      accepter.start();
      String endpoint = "http://127.0.0.1:" + silent.getLocalPort() + "/ds";
      try (ChildProcess load = ChildProcess.newsgraph(work, Map.of(), "load", "--endpoint", endpoint, "--timeout", "2s",
          "--data", Fixtures.trig().toString())) {
        assertEquals(1, load.waitFor(300), load.stdout() + load.stderr());
        assertTrue(load.stderr().contains("did not answer within 2 s"), load.stderr());
        assertTrue(load.stderr().contains("Not loaded (3)"), load.stderr());
        assertFalse(load.stderr().contains("\tat "), "a stack trace: " + load.stderr());
      }
    } finally {
      for (Socket s : held) {
        s.close();
      }
    }
  }
}
