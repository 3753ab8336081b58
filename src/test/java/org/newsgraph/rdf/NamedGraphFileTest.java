package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamedGraphFileTest {
  @TempDir Path tmp;

  /**
   * Quads of three graphs, interleaved, one written twice; a graph whose IRI is another's prefix;
   * a reifier (a triple term) and evidence blank nodes; a blank node named in two graphs; two
   * triples outside every named graph.
   */
  private static final String NQ = String.join("\n",
      "<http://ex/s1> <http://ex/p> \"one\" <http://ex/g/a1> .",
      "<http://ex/s1> <http://ex/p> \"one\" <http://ex/g/a> .",
      "_:r1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies> <<( <http://ex/s1> <http://ex/p> \"one\" )>> <http://ex/g/a> .",
      "<http://ex/s2> <http://ex/p> \"line\\nbreak\" <http://ex/g/b> .",
      "_:r1 <http://ex/evidence> _:e1 <http://ex/g/a> .",
      "_:e1 <http://ex/sentence> \"It said \\\"one\\\".\"@en <http://ex/g/a> .",
      "<http://ex/d> <http://ex/p> \"default\" .",
      "_:shared <http://ex/p> \"in b\" <http://ex/g/b> .",
      "_:shared <http://ex/p> \"in a1\" <http://ex/g/a1> .",
      "<http://ex/s2> <http://ex/p> \"line\\nbreak\" <http://ex/g/b> .",
      "<http://ex/d> <http://ex/p> \"default too\" .",
      "");

  private Path file() throws Exception {
    return Files.writeString(tmp.resolve("in.nq"), NQ, StandardCharsets.UTF_8);
  }

  private static List<NamedGraphFile.Named> all(NamedGraphFile f) {
    List<NamedGraphFile.Named> out = new ArrayList<>();
    while (f.hasNext()) {
      out.add(f.next());
    }
    return out;
  }

  @Test
  void givesEveryNamedGraphWholeInIriOrderWhateverTheOrderOfTheFile() throws Exception {
    DatasetGraph expected = RDFDataMgr.loadDatasetGraph(file().toString());
    // a budget of one character: every quad goes to its own run, so the merge does the grouping
    for (long budget : new long[] {SortedLines.DEFAULT_BUDGET_CHARS, 1}) {
      try (NamedGraphFile f = NamedGraphFile.read(file(), budget)) {
        assertEquals(List.of("http://ex/g/a", "http://ex/g/a1", "http://ex/g/b"), f.graphNames());
        assertEquals(2, f.outsideNamedGraphs());
        assertEquals(9, f.quads(), "the quad written twice is counted twice as read");
        List<NamedGraphFile.Named> graphs = all(f);
        assertEquals(f.graphNames(), graphs.stream().map(NamedGraphFile.Named::iri).toList());
        for (NamedGraphFile.Named n : graphs) {
          Graph want = expected.getGraph(NodeFactory.createURI(n.iri()));
          assertEquals(want.size(), n.graph().size(), n.iri());
          assertTrue(want.isIsomorphicWith(n.graph()), n.iri() + " as in the file");
        }
        assertFalse(f.hasNext());
      }
    }
  }

  @Test
  void aBlankNodeNamedInTwoGraphsIsTheSameNodeInBoth() throws Exception {
    try (NamedGraphFile f = NamedGraphFile.read(file(), 1)) {
      List<NamedGraphFile.Named> graphs = all(f);
      Node inA1 = subjectOf(graphs.get(1).graph(), "in a1");
      Node inB = subjectOf(graphs.get(2).graph(), "in b");
      assertTrue(inA1.isBlank(), inA1.toString());
      assertEquals(inA1, inB);
      Node reifier = graphs.get(0).graph().find(Node.ANY, NodeFactory.createURI("http://ex/evidence"), Node.ANY)
          .next().getSubject();
      assertFalse(reifier.equals(inA1), "different labels stay different nodes");
    }
  }

  private static Node subjectOf(Graph g, String literal) {
    List<Triple> ts = g.find(Node.ANY, Node.ANY, NodeFactory.createLiteralString(literal)).toList();
    assertEquals(1, ts.size(), literal);
    return ts.get(0).getSubject();
  }

  @Test
  void aFileThatIsNotRdfIsRefusedWhileReading() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.nq"), "<http://ex/s> <http://ex/p> \"unterminated <http://ex/g> .\n");
    assertThrows(RiotException.class, () -> NamedGraphFile.read(bad, 1));
  }
}
