package org.newsgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.cli.QueryCommand;

/** Test helpers: build graphs from invented texts with the real pipeline, and query them. */
public final class TestGraphs {
  private TestGraphs() {}

  /** The repository root (surefire sets newsgraph.repo). */
  public static Path repo() {
    return Path.of(System.getProperty("newsgraph.repo", "."));
  }

  /** Builds articles given as file name → text (with an optional articles.tsv entry). */
  public static Pipeline.BuildResult build(Path dir, Map<String, String> files) {
    try {
      for (Map.Entry<String, String> e : new TreeMap<>(files).entrySet()) {
        Files.writeString(dir.resolve(e.getKey()), e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Pipeline.standard().build(dir);
  }

  public static final String PREFIXES = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
      + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
      + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
      + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n";

  /** Rows of a SELECT over the union of the article graphs, each as "v1 | v2 | …" of the variables. */
  public static List<String> select(Dataset ds, String query) {
    Dataset union = QueryCommand.withUnionDefault(ds);
    List<String> rows = new ArrayList<>();
    try (QueryExecution qe = QueryExecution.dataset(union).query(PREFIXES + query).build()) {
      ResultSet rs = qe.execSelect();
      List<String> vars = rs.getResultVars();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        List<String> cells = new ArrayList<>();
        for (String v : vars) {
          cells.add(s.get(v) == null ? "" : s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString());
        }
        rows.add(String.join(" | ", cells));
      }
    }
    return rows;
  }

  /** "person label | office label" of every ng:holdsOffice (or the given property). */
  public static List<String> pairs(Dataset ds, String property) {
    return select(ds, "SELECT ?a ?b WHERE { ?s ng:" + property + " ?o . ?s rdfs:label ?a . ?o rdfs:label ?b } ORDER BY ?a ?b");
  }
}
