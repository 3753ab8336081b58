package org.newsgraph.rdf;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A built RDF file (N-Quads, TriG, … any format Jena reads) read one named graph at a time, so
 * that loading a large file does not hold its dataset in memory. {@link #read} parses the whole
 * file once, streaming, before anything is given out (a file that is not RDF fails there, before
 * a store is touched); each quad goes, as a line keyed by its graph, into {@link SortedLines}
 * (sorted runs in temporary files). {@link #next} then gives the graphs in IRI order, each whole,
 * each triple once: memory holds one graph and the sort's budget, not the file. Triples outside
 * every named graph (the default graph, or a graph named by a blank node) are counted, not kept.
 * Blank nodes keep the file's identity across the graphs: the same label is the same node. In a
 * JSON-LD file each reifier is an {@code rdf:Statement}; the graphs given out have the RDF 1.2
 * reifiers instead, as read from any other format.
 */
public final class NamedGraphFile implements AutoCloseable {
  private final SortedLines lines;
  private final List<String> names;
  private final long outside;
  private final long quads;
  private boolean statements;
  private SortedLines.Merge merge;
  private String pending;

  private NamedGraphFile(SortedLines lines, List<String> names, long outside, long quads) {
    this.lines = lines;
    this.names = names;
    this.outside = outside;
    this.quads = quads;
  }

  /**
   * Reads {@code file}.
   *
   * @throws RiotException when the file is not RDF in the format its name says (nothing is kept)
   */
  public static NamedGraphFile read(Path file) {
    return read(file, SortedLines.DEFAULT_BUDGET_CHARS);
  }

  /**
   * {@link #read}, or null after saying on {@code err}, naming the file, why it cannot be read:
   * not RDF, or no room for the temporary files.
   */
  public static NamedGraphFile readOrSay(Path file, PrintWriter err) {
    try {
      return read(file);
    } catch (RiotException e) {
      err.println(file + ": not readable as RDF: " + e.getMessage());
    } catch (UncheckedIOException e) {
      err.println(file + ": cannot sort its graphs in temporary files: " + e.getCause().getMessage());
    }
    return null;
  }

  static NamedGraphFile read(Path file, long budgetChars) {
    SortedLines lines = new SortedLines(budgetChars);
    TreeSet<String> names = new TreeSet<>();
    long[] counts = new long[2]; // [outside named graphs, in named graphs]
    try {
      RDFParser.source(file).errorHandler(org.newsgraph.rdf.ParseErrors.THROW_UNLOGGED).parse(new StreamRDFBase() {
        @Override
        public void triple(Triple t) {
          counts[0]++;
        }

        @Override
        public void quad(Quad q) {
          Node g = q.getGraph();
          if (g == null || Quad.isDefaultGraph(g) || !g.isURI()) {
            counts[0]++;
            return;
          }
          // the graph's IRI first, then a tab (below every character of an IRI), so that a
          // graph's lines are together and a graph whose IRI is another's prefix comes first
          lines.add(g.getURI() + '\t' + NodeFmtLib.strNT(q.getSubject()) + ' '
              + NodeFmtLib.strNT(q.getPredicate()) + ' ' + NodeFmtLib.strNT(q.getObject()) + " .");
          names.add(g.getURI());
          counts[1]++;
        }
      });
    } catch (RuntimeException e) {
      lines.close();
      throw e;
    }
    NamedGraphFile read = new NamedGraphFile(lines, List.copyOf(names), counts[0], counts[1]);
    read.statements = GraphFiles.isJsonLd(file);
    return read;
  }

  /** The IRIs of the file's named graphs, in order: the order {@link #next} gives them in. */
  public List<String> graphNames() {
    return names;
  }

  /** Triples outside every named graph: in the default graph, or in a graph named by a blank node. */
  public long outsideNamedGraphs() {
    return outside;
  }

  /** Quads in named graphs, as read (a quad written twice counted twice). */
  public long quads() {
    return quads;
  }

  /** A named graph and its triples. */
  public record Named(String iri, Graph graph) {}

  /** Whether {@link #next} has another graph. */
  public boolean hasNext() {
    try {
      if (merge == null) {
        merge = lines.distinct();
        pending = merge.next();
      }
      return pending != null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read back the sorted graphs", e);
    }
  }

  /** The next named graph, whole. */
  public Named next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    int tab = pending.indexOf('\t');
    String iri = pending.substring(0, tab);
    String key = pending.substring(0, tab + 1);
    List<String> triples = new ArrayList<>();
    try {
      while (pending != null && pending.startsWith(key)) {
        triples.add(pending.substring(key.length()));
        pending = merge.next();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read back the sorted graphs", e);
    }
    Graph graph = GraphFactory.createDefaultGraph();
    // the labels as written by read(): unique to this file's parse, the same node in every graph
    RDFParser.fromString(String.join("\n", triples), Lang.NTRIPLES)
        .labelToNode(LabelToNode.createUseLabelAsGiven())
        .parse(graph);
    // a JSON-LD file's rdf:Statements are the reifiers of the other formats
    return new Named(iri, statements ? org.newsgraph.rdf.Statements.fromStatements(graph) : graph);
  }

  /** Deletes the temporary files. */
  @Override
  public void close() {
    lines.close();
  }
}
