package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The evidence of a fact in a form JSON-LD 1.1 carries. The graph says {@code _:r rdf:reifies <<(
 * s p o )>> ; ng:evidence _:e}, an RDF 1.2 triple term that JSON-LD 1.1 has no syntax for; in a
 * JSON-LD file the same reifier is a classic {@code rdf:Statement}: {@code _:r a rdf:Statement ;
 * rdf:subject s ; rdf:predicate p ; rdf:object o ; ng:evidence _:e}, everything else about it
 * (evidence, metadata source, role) unchanged. {@link #fromStatements} turns such a file back into
 * the graph {@code build} writes in the other formats, so the queries run on it unchanged.
 */
public final class Statements {
  private Statements() {}

  private static final Node STATEMENT = RDF.Nodes.Statement;
  private static final Node SUBJECT = RDF.Nodes.subject;
  private static final Node PREDICATE = RDF.Nodes.predicate;
  private static final Node OBJECT = RDF.Nodes.object;

  /**
   * A copy of {@code in} with every {@code ?r rdf:reifies <<( s p o )>>} written as an {@code
   * rdf:Statement}.
   *
   * @throws IllegalArgumentException when a triple term is used any other way (the build never
   *     does): JSON-LD could not carry it
   */
  public static DatasetGraph toStatements(DatasetGraph in) {
    DatasetGraph out = DatasetGraphFactory.createGeneral();
    out.prefixes().putAll(in.prefixes());
    in.find().forEachRemaining(q -> {
      Node g = q.getGraph();
      Node o = q.getObject();
      if (!o.isTripleTerm()) {
        if (q.getSubject().isTripleTerm() || q.getPredicate().isTripleTerm()) {
          throw new IllegalArgumentException("a triple term that is not reified: " + q);
        }
        out.add(q);
        return;
      }
      if (!q.getPredicate().equals(RDF.Nodes.reifies) || o.getTriple().getSubject().isTripleTerm()
          || o.getTriple().getObject().isTripleTerm()) {
        throw new IllegalArgumentException("a triple term used other than by rdf:reifies: " + q);
      }
      Triple t = o.getTriple();
      Node r = q.getSubject();
      out.add(g, r, RDF.Nodes.type, STATEMENT);
      out.add(g, r, SUBJECT, t.getSubject());
      out.add(g, r, PREDICATE, t.getPredicate());
      out.add(g, r, OBJECT, t.getObject());
    });
    return out;
  }

  /**
   * A copy of {@code in} with every {@code rdf:Statement} that has one {@code rdf:subject}, one
   * {@code rdf:predicate} and one {@code rdf:object} turned back into {@code ?r rdf:reifies <<( s p
   * o )>>} (other triples unchanged).
   */
  public static DatasetGraph fromStatements(DatasetGraph in) {
    DatasetGraph out = DatasetGraphFactory.createTxnMem();
    out.prefixes().putAll(in.prefixes());
    List<Node> graphs = new ArrayList<>();
    graphs.add(Quad.defaultGraphIRI);
    in.listGraphNodes().forEachRemaining(graphs::add);
    for (Node g : graphs) {
      Graph source = Quad.isDefaultGraph(g) ? in.getDefaultGraph() : in.getGraph(g);
      Graph converted = fromStatements(source);
      if (Quad.isDefaultGraph(g)) {
        converted.find().forEachRemaining(out.getDefaultGraph()::add);
      } else {
        converted.find().forEachRemaining(t -> out.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
      }
    }
    return out;
  }

  /** {@link #fromStatements(DatasetGraph)} for one graph. */
  public static Graph fromStatements(Graph in) {
    Map<Node, Node[]> parts = new HashMap<>(); // statement -> subject, predicate, object
    Map<Node, int[]> counts = new HashMap<>();
    in.find(Node.ANY, RDF.Nodes.type, STATEMENT).forEachRemaining(t -> {
      parts.put(t.getSubject(), new Node[3]);
      counts.put(t.getSubject(), new int[3]);
    });
    Graph out = GraphFactory.createDefaultGraph();
    if (parts.isEmpty()) {
      in.find().forEachRemaining(out::add);
      return out;
    }
    Node[] roles = {SUBJECT, PREDICATE, OBJECT};
    for (int i = 0; i < roles.length; i++) {
      int role = i;
      in.find(Node.ANY, roles[i], Node.ANY).forEachRemaining(t -> {
        Node[] p = parts.get(t.getSubject());
        if (p != null) {
          p[role] = t.getObject();
          counts.get(t.getSubject())[role]++;
        }
      });
    }
    parts.entrySet().removeIf(e -> {
      int[] c = counts.get(e.getKey());
      return c[0] != 1 || c[1] != 1 || c[2] != 1 || !e.getValue()[1].isURI();
    });
    in.find().forEachRemaining(t -> {
      Node[] p = parts.get(t.getSubject());
      if (p == null) {
        out.add(t);
        return;
      }
      Node pred = t.getPredicate();
      if (pred.equals(SUBJECT) || pred.equals(PREDICATE) || pred.equals(OBJECT)) {
        return;
      }
      if (pred.equals(RDF.Nodes.type) && t.getObject().equals(STATEMENT)) {
        out.add(t.getSubject(), RDF.Nodes.reifies, NodeFactory.createTripleTerm(p[0], p[1], p[2]));
        return;
      }
      out.add(t);
    });
    return out;
  }
}
