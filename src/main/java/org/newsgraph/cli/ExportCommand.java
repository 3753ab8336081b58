package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.newsgraph.export.Exporter;
import org.newsgraph.export.Exporters;
import org.newsgraph.export.PropertyGraph;
import org.newsgraph.export.RdfToPropertyGraph;
import org.newsgraph.export.View;
import org.newsgraph.rdf.GraphFiles;
import org.newsgraph.store.StoreLockedException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code export}: the graph (or one view of it) as a file that graph tools open. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the graph for graph tools. Nodes: people, organisations, places, offices,",
      "cases, policies, events, with label, type, Wikidata QID, number of articles.",
      "Edges: the predicate, the number of articles stating it (weight), the earliest date.",
      "Formats: graphml (yEd), gexf (Gephi, with a timeline), dot (Graphviz),",
      "cytoscape (Cytoscape.js JSON), jsonld, html (one offline page to browse the graph).",
      "Reads --store DIR (default newsgraph-store) or --data FILE (as written by build)."
    },
    footer = {
      "",
      "Examples:",
      "  newsgraph build --input data/articles --output graph.nq",
      "  newsgraph export --format html --output graph.html --data graph.nq",
      "  newsgraph export --format dot --view stances --output stances.dot --data graph.nq",
      "  dot -Tsvg stances.dot > stances.svg",
      "  newsgraph export --format gexf --view events --output events.gexf --store newsgraph-store"
    })
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** The registry's format names, for --help and completion. */
  static final class Formats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Exporters.formats().iterator();
    }
  }

  /** The view names, for --help and completion. */
  static final class Views implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return java.util.Arrays.stream(View.values()).map(View::id).iterator();
    }
  }

  @Option(names = {"-f", "--format"}, required = true, completionCandidates = Formats.class,
      description = "One of: ${COMPLETION-CANDIDATES}.")
  String format;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
  Path output;

  @Option(names = "--view", defaultValue = "all", completionCandidates = Views.class,
      description = "Which part of the graph: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String view;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  GraphSource source;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Exporter exporter;
    View v;
    try {
      exporter = Exporters.forFormat(format);
      v = View.of(view);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    GraphSource from = source;
    if (from == null) {
      from = new GraphSource();
      from.store = Path.of("newsgraph-store");
    }
    PropertyGraph graph;
    try (GraphSource.Opened opened = from.open(spec.commandLine())) {
      graph = RdfToPropertyGraph.read(opened.dataset().asDatasetGraph(), v);
    } catch (StoreLockedException e) {
      err.println(e.getMessage());
      err.flush();
      return Main.INPUT_FAILED;
    }
    try {
      GraphFiles.writeAtomically(output, os -> exporter.write(graph, os));
    } catch (IOException e) {
      err.println("export: cannot write " + output + ": " + e.getMessage());
      err.flush();
      return Main.INPUT_FAILED;
    }
    out.printf("wrote %s: %d nodes, %d edges (format %s, view %s, from %s)%n",
        output, graph.nodes().size(), graph.edges().size(), exporter.format(), v.id(), from.path());
    out.flush();
    return Main.OK;
  }
}
