package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Cli;
import org.newsgraph.rdf.GraphFiles;
import org.newsgraph.store.ChildProcess;

/**
 * The GEXF export opens in the tools people use: NetworkX (Debian's python3-networkx, which reads
 * GEXF 1.1 and 1.2 and refuses 1.3) reads every node and edge with its attributes and spells.
 */
class GexfToolsIT {
  /** Debian's Python, where apt-get puts python3-networkx (.ci/run installs it). */
  static final Path PYTHON = Path.of("/usr/bin/python3");

  @TempDir Path work;

  static boolean hasNetworkx() throws Exception {
    if (!Files.isExecutable(PYTHON)) {
      return false;
    }
    try (ChildProcess p = ChildProcess.start(List.of(PYTHON.toString(), "-c", "import networkx"), Path.of("."),
        Map.of())) {
      return p.waitFor(120) == 0;
    }
  }

  @Test
  void networkxReadsEveryNodeAndEdgeWithTheirAttributes() throws Exception {
    Assumptions.assumeTrue(hasNetworkx(),
        "Skipped: Debian's python3-networkx is not installed (apt-get install -y python3-networkx; .ci/run does)");
    Path nq = Cli.bundledGraph();
    Dataset ds = GraphFiles.read(nq);
    for (View view : List.of(View.ALL, View.EVENTS)) {
      PropertyGraph graph = RdfToPropertyGraph.read(ds.asDatasetGraph(), view);
      Path gexf = work.resolve(view.id() + ".gexf");
      Cli.Run r = Cli.run("export", "-f", "gexf", "--view", view.id(), "-o", gexf.toString(), "--data", nq.toString());
      assertEquals(0, r.code(), r.err());
      // NetworkX reads a spell without an end as the end 'None' (a string: timeformat date is read as text)
      String script = String.join("\n",
          "import sys, networkx as nx",
          "g = nx.read_gexf(sys.argv[1])",
          "print(g.number_of_nodes(), g.number_of_edges(), g.graph.get('mode'))",
          "for n, d in sorted(g.nodes(data=True)):",
          "    print('N', n, d.get('label'), d.get('type'), d.get('articles'), d.get('spells', ''), sep='\\t')",
          "for s, t, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[2].get('predicate'), e[1])):",
          "    print('E', s, d.get('predicate'), t, d.get('weight'), d.get('spells', ''), sep='\\t')");
      try (ChildProcess py = ChildProcess.start(List.of(PYTHON.toString(), "-c", script, gexf.toString()), work,
          Map.of())) {
        assertEquals(0, py.waitFor(300), py.stderr());
        List<String> lines = py.stdout().lines().toList();
        assertEquals(graph.nodes().size() + " " + graph.edges().size() + " dynamic", lines.get(0), view.id());
        int i = 1;
        for (GraphNode n : graph.nodes()) {
          String spell = n.date() == null ? "" : "[('" + PropertyGraph.startDay(n.date()) + "', 'None')]";
          assertEquals(String.join("\t", "N", n.id(), n.label(), n.type(), Integer.toString(n.articles()), spell),
              lines.get(i++), view.id() + " node");
        }
        for (GraphEdge e : graph.edges()) {
          String spell = e.date() == null ? "" : "[('" + PropertyGraph.startDay(e.date()) + "', 'None')]";
          assertEquals(String.join("\t", "E", e.source(), e.predicate(), e.target(), e.weight() + ".0", spell),
              lines.get(i++), view.id() + " edge");
        }
        assertEquals(lines.size(), i);
      }
      assertTrue(Files.readString(gexf).contains("version=\"1.2\""), "GEXF 1.2");
    }
  }
}
