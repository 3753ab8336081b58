package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestGraphs;

/**
 * Family ties the dependency tree reads where the string patterns stop: an obituary's list of
 * survivors, whose later items the parser hangs anywhere in the by-phrase.
 */
class FamilyOverTheTreeTest {
  @TempDir static Path dir;
  static Dataset ds;

  @BeforeAll
  static void build() {
    ds = TestGraphs.build(dir, Map.of("obituary.txt",
        "Walter Greaves, a carpenter who built half the houses on Mill Street, died Friday. He was 88.\n\n"
            + "Mr. Greaves is survived by two daughters, Dr. Anne Greaves of Denver and Lucy Greaves, the head nurse at "
            + "Linwood General Hospital; a brother, Harold Greaves of Tulsa; and six grandchildren.\n")).dataset();
  }

  private static List<String> pairs(String property) {
    return TestGraphs.pairs(ds, property);
  }

  @Test
  void survivorsOfAnObituary() {
    assertTrue(pairs("parentOf").contains("Walter Greaves | Anne Greaves"), pairs("parentOf").toString());
    assertTrue(pairs("siblingOf").contains("Walter Greaves | Harold Greaves"), pairs("siblingOf").toString());
    assertTrue(pairs("siblingOf").contains("Harold Greaves | Walter Greaves"), pairs("siblingOf").toString());
    assertFalse(pairs("siblingOf").stream().anyMatch(p -> p.contains("Anne") || p.contains("Lucy")),
        pairs("siblingOf").toString());
  }
}
