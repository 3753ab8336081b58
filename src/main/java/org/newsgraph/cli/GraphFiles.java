package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
   * hold the union of the article graphs (no graph names). The file is written to a temporary file
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
        RDFDataMgr.write(os, ds.getUnionModel(), f);
      } else {
        RDFDataMgr.write(os, ds, f);
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
      if (format == RDFFormat.NQUADS) {
        DatasetGraph one = DatasetGraphFactory.createGeneral();
        one.addGraph(name, graph);
        addLines(buf -> RDFDataMgr.write(buf, one, format));
      } else {
        addLines(buf -> RDFDataMgr.write(buf, graph, format));
      }
      quads += graph.size();
    }

    /** Adds the triples of a dataset's default graph (N-Quads lines without a graph name). */
    void addDefault(Graph graph) {
      addLines(buf -> RDFDataMgr.write(buf, graph, RDFFormat.NTRIPLES));
      quads += graph.size();
    }

    /** Adds the lines {@code writer} writes. */
    private void addLines(java.util.function.Consumer<ByteArrayOutputStream> writer) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      writer.accept(buf);
      for (String l : buf.toString(StandardCharsets.UTF_8).split("\n")) {
        if (!l.isEmpty()) {
          lines.add(l);
        }
      }
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
   * Writes {@code target} whole or not at all, through a new temporary file beside it that is never
   * an existing file or a link ({@link AtomicWrite}).
   */
  static void writeAtomically(Path target, AtomicWrite.Content content) throws IOException {
    AtomicWrite.write(target, content);
  }

  /** Reads a graph file into a new in-memory dataset. */
  public static Dataset read(Path in) {
    Dataset ds = org.apache.jena.query.DatasetFactory.createTxnMem();
    RDFParser.source(in).parse(ds);
    return ds;
  }
}
