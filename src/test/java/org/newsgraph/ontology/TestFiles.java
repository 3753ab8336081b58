package org.newsgraph.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;

/** Finds the repository's ontology files and parses RDF strictly: any warning is a failure. */
final class TestFiles {
  static final String NG = "https://w3id.org/newsgraph/ontology#";
  static final String NGSH = "https://w3id.org/newsgraph/shapes#";
  static final String POLICY = "https://w3id.org/newsgraph/id/policy/";
  static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  static final String WD = "http://www.wikidata.org/entity/";
  static final String FIXTURE = "/org/newsgraph/ontology/two-articles.trig";

  private TestFiles() {}

  /** The repository root: the {@code newsgraph.repo} system property (set by surefire) or ".". */
  static Path repo() {
    return Path.of(System.getProperty("newsgraph.repo", "."));
  }

  static Path ontology(String file) {
    return repo().resolve("ontology").resolve(file);
  }

  static List<Path> ontologyFiles() {
    try (Stream<Path> files = Files.list(repo().resolve("ontology"))) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + repo().resolve("ontology"), e);
    }
  }

  /** Parses a file (syntax from its extension) and fails on any warning, error or fatal error. */
  static Graph parseStrict(Path file) {
    Strict handler = new Strict(file.toString());
    Graph graph = GraphFactory.createDefaultGraph();
    RDFParser.source(file).errorHandler(handler).build().parse(graph);
    handler.failIfAny();
    return graph;
  }

  /** Parses Turtle text and fails on any warning. */
  static Graph parseTurtle(String name, String turtle) {
    Strict handler = new Strict(name);
    Graph graph = GraphFactory.createDefaultGraph();
    RDFParser.fromString(turtle, Lang.TURTLE).errorHandler(handler).build().parse(graph);
    handler.failIfAny();
    return graph;
  }

  /** The two-article fixture as a dataset of named graphs. */
  static Dataset fixture() {
    Strict handler = new Strict(FIXTURE);
    Dataset ds = DatasetFactory.create();
    try (InputStream in = TestFiles.class.getResourceAsStream(FIXTURE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + FIXTURE);
      }
      RDFParser.source(in).lang(Lang.TRIG).errorHandler(handler).build().parse(ds);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    handler.failIfAny();
    return ds;
  }

  private static final class Strict implements ErrorHandler {
    private final String source;
    private final List<String> problems = new ArrayList<>();

    Strict(String source) {
      this.source = source;
    }

    @Override
    public void warning(String message, long line, long col) {
      problems.add("warning " + line + ":" + col + " " + message);
    }

    @Override
    public void error(String message, long line, long col) {
      problems.add("error " + line + ":" + col + " " + message);
    }

    @Override
    public void fatal(String message, long line, long col) {
      problems.add("fatal " + line + ":" + col + " " + message);
      throw new AssertionError(source + ": " + problems);
    }

    void failIfAny() {
      if (!problems.isEmpty()) {
        throw new AssertionError(source + ": " + problems);
      }
    }
  }
}
