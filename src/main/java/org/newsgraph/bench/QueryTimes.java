package org.newsgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.TxnType;
import org.newsgraph.store.QueryParameters;
import org.newsgraph.store.TdbStore;

/** The query half of the bench: each query of a folder timed on a TDB2 store, round after round. */
public final class QueryTimes {
  private QueryTimes() {}

  /**
   * Runs every {@code .rq} of {@code queries} on the store (those with SERVICE are skipped), in
   * turn, {@code warmup} untimed rounds then {@code runs} timed ones: rows, cold (first round) ms,
   * p50 and p95 ms of each, by file name.
   */
  public static Map<String, Object> time(Path queries, int runs, int warmup, Path storeDir, PrintWriter err)
      throws IOException {
    int queryRuns = runs;
    int queryWarmup = warmup;
    Map<String, Object> out = new LinkedHashMap<>();
    if (!Files.isDirectory(queries)) {
      err.println("bench: no folder " + queries + ", no query times");
      return out;
    }
    List<Path> rq;
    try (Stream<Path> s = Files.list(queries)) {
      rq = s.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList();
    }
    try (TdbStore store = TdbStore.open(storeDir)) {
      // a query about one article (a ?article parameter) asks about the store's first article:
      // its default names a bundled article, which the bench's copies do not keep
      String article = store.articles().keySet().stream().findFirst().orElse(null);
      record Timed(String name, Query query, boolean aboutArticle) {}
      List<Timed> timed = new ArrayList<>();
      for (Path f : rq) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        if (text.contains("SERVICE")) {
          continue; // needs the network
        }
        boolean about = article != null && QueryParameters.declared(text).contains("article");
        Query q = about ? QueryParameters.fill(text, Map.of("article", List.of(article))) : QueryFactory.create(text);
        timed.add(new Timed(f.getFileName().toString(), q, about));
      }
      int n = timed.size();
      long[][] nanos = new long[n][queryRuns];
      long[] rows = new long[n];
      long[] cold = new long[n];
      // the queries in turn, round after round, as a server answering a mix of them: warm-up rounds
      // first (the first one's times reported apart as cold), then the timed rounds
      for (int round = -queryWarmup; round < queryRuns; round++) {
        for (int k = 0; k < n; k++) {
          long s = System.nanoTime();
          rows[k] = run(store, timed.get(k).query());
          long took = System.nanoTime() - s;
          if (round == -queryWarmup) {
            cold[k] = took;
          }
          if (round >= 0) {
            nanos[k][round] = took;
          }
        }
      }
      for (int k = 0; k < n; k++) {
        Arrays.sort(nanos[k]);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", rows[k]);
        m.put("coldMs", round(cold[k] / 1e6));
        m.put("p50ms", round(percentile(nanos[k], 50) / 1e6));
        m.put("p95ms", round(percentile(nanos[k], 95) / 1e6));
        if (timed.get(k).aboutArticle()) {
          m.put("article", article);
        }
        out.put(timed.get(k).name(), m);
      }
    }
    return out;
  }

  /** Runs a query to the end; the number of rows (SELECT), triples (CONSTRUCT/DESCRIBE) or 1 (ASK). */
  private static long run(TdbStore store, Query q) {
    var ds = store.dataset();
    ds.begin(TxnType.READ);
    try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
      if (q.isSelectType()) {
        ResultSet rs = qe.execSelect();
        long n = 0;
        while (rs.hasNext()) {
          rs.next();
          n++;
        }
        return n;
      }
      if (q.isAskType()) {
        qe.execAsk();
        return 1;
      }
      return q.isConstructType() ? qe.execConstruct().size() : qe.execDescribe().size();
    } finally {
      ds.end();
    }
  }

  public static long percentile(long[] sorted, int pct) {
    int i = (int) Math.ceil(pct / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
