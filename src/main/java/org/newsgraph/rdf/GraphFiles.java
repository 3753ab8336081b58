package org.newsgraph.rdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.newsgraph.corpus.AtomicWrite;

/** Writes and reads graph files, choosing the format by the file's extension. */
public final class GraphFiles {
  private GraphFiles() {}

  public static final Map<String, RDFFormat> FORMATS = Map.of(
      "nq", RDFFormat.NQUADS,
      "trig", RDFFormat.TRIG_PRETTY,
      "ttl", RDFFormat.TURTLE_PRETTY,
      "jsonld", RDFFormat.JSONLD11_PRETTY,
      "nt", RDFFormat.NTRIPLES);

  public static String extension(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The format for a file name, or an error listing the ones known. */
  public static RDFFormat formatFor(Path p) {
    RDFFormat f = FORMATS.get(extension(p));
    if (f == null) {
      throw new IllegalArgumentException("cannot tell the format of " + p.getFileName()
          + " from its extension; use one of .nq, .trig, .ttl, .jsonld, .nt");
    }
    return f;
  }

  /**
   * Writes the dataset. N-Quads and N-Triples are sorted lines (Jena's writer's lines, each once) so
   * the same graph gives the same bytes, written through {@link Streaming}; Turtle and N-Triples
   * hold the union of the article graphs (no graph names). Turtle and TriG use the prefixes of
   * {@link Vocab#prefixes()} ({@code ng:}, {@code person:}…); JSON-LD writes each reifier as an
   * {@code rdf:Statement} ({@link Statements}). The file is written to a temporary file
   * first and moved into place, so a failed write leaves the old file intact.
   */
  public static void write(Dataset ds, Path out) throws IOException {
    RDFFormat f = formatFor(out);
    if (streams(out)) {
      DatasetGraph dsg = ds.asDatasetGraph();
      try (Streaming s = new Streaming(out)) {
        if (f == RDFFormat.NQUADS) {
          s.addDefault(dsg.getDefaultGraph());
        }
        dsg.listGraphNodes().forEachRemaining(name -> s.add(name, dsg.getGraph(name)));
        s.finish();
      }
      return;
    }
    writeAtomically(out, os -> {
      if (f == RDFFormat.TURTLE_PRETTY) {
        org.apache.jena.rdf.model.Model union = ModelFactory.createDefaultModel().add(ds.getUnionModel());
        RDFDataMgr.write(os, union.setNsPrefixes(Vocab.prefixes()), f);
      } else if (f == RDFFormat.JSONLD11_PRETTY) {
        // JSON-LD 1.1 has no triple terms: each reifier is written as an rdf:Statement
        DatasetGraph statements = Statements.toStatements(ds.asDatasetGraph());
        statements.prefixes().putAll(Vocab.prefixes());
        RDFDataMgr.write(os, statements, f);
      } else {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        ds.asDatasetGraph().find().forEachRemaining(copy::add);
        copy.prefixes().putAll(Vocab.prefixes());
        RDFDataMgr.write(os, copy, f);
      }
    });
  }

  /** Whether {@link Streaming} can write this file (N-Quads and N-Triples: sorted lines). */
  public static boolean streams(Path out) {
    RDFFormat f = formatFor(out);
    return f == RDFFormat.NQUADS || f == RDFFormat.NTRIPLES;
  }

  /**
   * An N-Quads or N-Triples file written graph by graph as a build makes them, never holding
   * them all (what {@link #write} uses for these formats):
   * the lines go through {@link SortedLines} (sorted runs in temporary files, merged at the end).
   * N-Triples holds each triple of the union once. The file appears, complete, at {@link
   * #finish()}; until then (and after a failure) the old file is untouched.
   */
  public static final class Streaming implements AutoCloseable {
    private final Path out;
    private final RDFFormat format;
    private final SortedLines lines;
    private long quads;

    public Streaming(Path out) {
      this(out, SortedLines.DEFAULT_BUDGET_CHARS);
    }

    Streaming(Path out, long budgetChars) {
      if (!streams(out)) {
        throw new IllegalArgumentException(out.getFileName() + " is not N-Quads or N-Triples: it cannot be streamed");
      }
      this.out = out;
      this.format = formatFor(out);
      this.lines = new SortedLines(budgetChars);
    }

    /** Adds the graph named {@code name} (its name is dropped in N-Triples). */
    public void add(Node name, Graph graph) {
      (format == RDFFormat.NQUADS ? nquads(name, graph) : lines(graph)).forEach(lines::add);
      quads += graph.size();
    }

    /** Adds the triples of a dataset's default graph (N-Quads lines without a graph name). */
    void addDefault(Graph graph) {
      lines(graph).forEach(lines::add);
      quads += graph.size();
    }

    /** How many triples the graphs added so far hold together (quads, counted per graph). */
    public long quads() {
      return quads;
    }

    /** Writes the file (atomically, as {@link #write}); returns the number of lines written. */
    public long finish() throws IOException {
      long[] written = new long[1];
      writeAtomically(out, os -> written[0] = lines.writeTo(os));
      return written[0];
    }

    /** Deletes the temporary files (the output is left as {@link #finish()} left it). */
    @Override
    public void close() {
      lines.close();
    }
  }

  /**
   * The N-Quads lines of the graph named {@code name}, as Jena's writer writes them (without line
   * breaks, in the writer's order): what a sorted N-Quads file holds of it, however it is built.
   */
  public static List<String> nquads(Node name, Graph graph) {
    DatasetGraph one = DatasetGraphFactory.createGeneral();
    one.addGraph(name, graph);
    return lines(buf -> RDFDataMgr.write(buf, one, RDFFormat.NQUADS));
  }

  /** The N-Triples lines of a graph, as Jena's writer writes them. */
  static List<String> lines(Graph graph) {
    return lines(buf -> RDFDataMgr.write(buf, graph, RDFFormat.NTRIPLES));
  }

  /** The lines {@code writer} writes. */
  private static List<String> lines(java.util.function.Consumer<ByteArrayOutputStream> writer) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    writer.accept(buf);
    List<String> out = new java.util.ArrayList<>();
    for (String l : buf.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!l.isEmpty()) {
        out.add(l);
      }
    }
    return out;
  }

  /**
   * Writes {@code target} whole or not at all, through a new temporary file beside it that is never
   * an existing file or a link ({@link AtomicWrite}).
   */
  public static void writeAtomically(Path target, AtomicWrite.Content content) throws IOException {
    AtomicWrite.write(target, content);
  }

  /**
   * Reads a graph file into a new in-memory dataset. A JSON-LD file's {@code rdf:Statement}s
   * become the RDF 1.2 reifiers they stand for ({@link Statements}), as in the other formats.
   */
  public static Dataset read(Path in) {
    Dataset ds = org.apache.jena.query.DatasetFactory.createTxnMem();
    RDFParser.source(in).errorHandler(ParseErrors.THROW_UNLOGGED).parse(ds);
    if (isJsonLd(in)) {
      return org.apache.jena.query.DatasetFactory.wrap(Statements.fromStatements(ds.asDatasetGraph()));
    }
    return ds;
  }

  /** Whether the file is JSON-LD (by its extension), whose reifiers are rdf:Statements. */
  public static boolean isJsonLd(Path file) {
    return extension(file).equals("jsonld");
  }
}
