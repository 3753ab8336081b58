package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestGraphs;

/** {@code bench} with ten articles (the five bundled ones twice), run from the jar. */
class BenchCommandIT {
  @TempDir Path tmp;

  @Test
  void benchOfTenArticlesReportsEveryStageAndQuery() throws Exception {
    Path repo = TestGraphs.repo().toAbsolutePath();
    Path json = tmp.resolve("bench.json");
    long before = countFiles(repo.resolve("data/articles"));
    BuildCommandIT.Run r = BuildCommandIT.jar(repo, "bench", "--articles", "10", "--input", "data/articles",
        "--json", json.toString(), "--query-runs", "1", "--query-warmup", "2");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("articles/s"), r.out());
    assertTrue(r.out().contains("01-office-holders.rq"), r.out());
    assertEquals(before, countFiles(repo.resolve("data/articles")), "nothing is copied into the project");

    JsonObject o = JSON.read(json.toString());
    assertEquals(10, o.get("articles").getAsNumber().value().intValue());
    assertEquals(10, o.get("articlesBuilt").getAsNumber().value().intValue());
    long quads = o.get("quads").getAsNumber().value().longValue();
    assertTrue(quads > 5000, "ten articles make thousands of quads: " + quads);
    assertEquals(quads, o.get("storedQuads").getAsNumber().value().longValue(), "the store holds the whole graph");
    assertTrue(o.get("tokens").getAsNumber().value().longValue() > 1000);
    JsonObject stages = o.get("stageSeconds").getAsObject();
    for (String s : new String[] {"read+clean", "OpenNLP", "names", "facts", "RDF", "SHACL", "TDB2 load"}) {
      assertTrue(stages.hasKey(s), s + " in " + stages);
    }
    JsonObject queries = o.get("queries").getAsObject();
    assertTrue(queries.hasKey("01-office-holders.rq"), queries.toString());
    assertFalse(queries.hasKey("91-federated-wikidata.rq"), "remote queries are left out");
    assertTrue(queries.get("01-office-holders.rq").getAsObject().get("rows").getAsNumber().value().intValue() > 0);
    // a query about one article asks about one the store holds (the default names a bundled one)
    assertEquals(2, o.get("queryWarmup").getAsNumber().value().intValue());
    assertTrue(queries.get("01-office-holders.rq").getAsObject().hasKey("coldMs"), "the first run is reported apart");
    JsonObject facts = queries.get("08-article-facts.rq").getAsObject();
    assertTrue(facts.get("article").getAsString().value().startsWith("https://w3id.org/newsgraph/id/article/"), facts.toString());
    assertTrue(facts.get("rows").getAsNumber().value().intValue() > 0, facts.toString());
    assertTrue(o.get("peakHeapUsedMiB").getAsNumber().value().doubleValue() > 0);
    assertTrue(o.hasKey("peakHeapAfterGcMiB"), "the heap held after collections is reported");
    assertTrue(o.get("peakHeapAfterGcMiB").getAsNumber().value().doubleValue() <= o.get("maxHeapMiB").getAsNumber().value().doubleValue());
  }

  @Test
  void theSyncLoaderStoresTheSameQuadsAsTheBulkLoader() throws Exception {
    Path repo = TestGraphs.repo().toAbsolutePath();
    long[] quads = new long[2];
    String[] loaders = {"bulk", "sync"};
    for (int i = 0; i < 2; i++) {
      Path json = tmp.resolve(loaders[i] + ".json");
      BuildCommandIT.Run r = BuildCommandIT.jar(repo, "bench", "--articles", "3", "--input", "data/articles",
          "--json", json.toString(), "--query-runs", "1", "--queries", tmp.resolve("none").toString(),
          "--loader", loaders[i]);
      assertEquals(0, r.code(), r.err());
      JsonObject o = JSON.read(json.toString());
      assertEquals(loaders[i], o.get("loader").getAsString().value());
      quads[i] = o.get("storedQuads").getAsNumber().value().longValue();
      assertEquals(o.get("quads").getAsNumber().value().longValue(), quads[i], loaders[i] + ": the store holds the graph");
    }
    assertTrue(quads[0] > 1000, "three articles make over a thousand quads: " + quads[0]);
    assertEquals(quads[0], quads[1]);
  }

  private static long countFiles(Path dir) throws Exception {
    try (var s = Files.list(dir)) {
      return s.count();
    }
  }
}
