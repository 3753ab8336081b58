package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar newsgraph.jar serve} started where it cannot serve: on a port already taken (it
 * says so before building anything) and with a {@code --data} file that is not RDF (it exits
 * instead of serving an empty store).
 */
class ServeStartIT {
  @TempDir Path work;

  @Test
  void aTakenPortIsReportedBeforeTheStoreIsBuilt() throws Exception {
    Path articles = Files.createDirectories(work.resolve("articles"));
    Files.writeString(articles.resolve("one.txt"), "The mayor of Exampleton opened the new library on Monday.\n");
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      try (ChildProcess serve = ChildProcess.newsgraph(work, Map.of(), "serve", "--store",
          work.resolve("store").toString(), "--port", Integer.toString(taken.getLocalPort()), "--input",
          articles.toString())) {
        assertEquals(2, serve.waitFor(300), serve.stdout() + serve.stderr());
        assertTrue(serve.stderr().contains("port " + taken.getLocalPort() + " on 127.0.0.1 is in use"), serve.stderr());
        assertFalse(serve.stdout().contains("Building from"), "it built the store first: " + serve.stdout());
        assertFalse(Files.exists(work.resolve("store")), "the store was made before the port was checked");
      }
    }
  }

  @Test
  void aDataFileThatIsNotRdfEndsTheCommandInsteadOfServingNothing() throws Exception {
    Path notRdf = Files.writeString(work.resolve("accounts.nq"), "root:x:0:0:root:/root:/bin/bash\n");
    try (ChildProcess serve = ChildProcess.newsgraph(work, Map.of(), "serve", "--store",
        work.resolve("store").toString(), "--port", "0", "--data", notRdf.toString())) {
      int code = serve.waitFor(300);
      assertNotEquals(0, code, serve.stdout() + serve.stderr());
      assertTrue(serve.stderr().contains("not readable as RDF"), serve.stderr());
      assertFalse(serve.stdout().contains("SPARQL endpoint"), "it served: " + serve.stdout());
    }
  }
}
