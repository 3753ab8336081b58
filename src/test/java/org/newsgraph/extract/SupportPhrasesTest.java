package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestGraphs;

/** Support told by a noun the subject puts behind someone ("threw her support behind him"). */
class SupportPhrasesTest {
  @TempDir static Path dir;
  static Dataset ds;

  @BeforeAll
  static void build() {
    ds = TestGraphs.build(dir, Map.of("a.txt",
        "Nadia Ferrell is running for county clerk.\n\n"
            + "Former Mayor Otto Brenner threw his support behind Nadia Ferrell on Tuesday.\n")).dataset();
  }

  private static List<String> pairs(String property) {
    return TestGraphs.pairs(ds, property);
  }

  @Test
  void supportThrownBehindSomeone() {
    assertTrue(pairs("supports").contains("Otto Brenner | Nadia Ferrell"), pairs("supports").toString());
  }
}
