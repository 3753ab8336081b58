package org.newsgraph.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.Vocab;

/**
 * Finds a resource by its name, for a query parameter given as a label instead of an IRI ({@code
 * query --param speaker="José Díaz"}, the query page's fields). A name matches a resource's
 * {@code rdfs:label} or {@code skos:altLabel}: exactly, else ignoring case and accents, else as a
 * part of one ("Díaz" in "José Díaz"). The first of these that matches anything decides; one
 * resource is the answer, several are listed so the user can choose.
 */
public final class NameLookup {
  /** A resource a name may mean: its IRI, its label and its types (ng: local names). */
  public record Candidate(String iri, String label, List<String> types) {
    /** "José Díaz (Person) https://w3id.org/…" */
    @Override
    public String toString() {
      return label + (types.isEmpty() ? "" : " (" + String.join(", ", types) + ")") + " " + iri;
    }
  }

  /** The name matches no resource, or several: the message says which, with the candidates. */
  public static final class NotFound extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<Candidate> candidates;

    NotFound(String message, List<Candidate> candidates) {
      super(message);
      this.candidates = List.copyOf(candidates);
    }

    public List<Candidate> candidates() {
      return candidates;
    }
  }

  /** How many candidates a message lists at most. */
  static final int LISTED = 12;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Node[] NAME_PROPERTIES = {RDFS.label.asNode(), SKOS.altLabel.asNode()};

  private final DatasetGraph dsg;

  /** Names looked up in every graph of {@code dsg} (a store, or a file read into memory). */
  public NameLookup(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  /**
   * The one resource {@code name} names.
   *
   * @throws NotFound when it names none, or several (the message lists them)
   */
  public Node resolve(String name) {
    List<Candidate> found = candidates(name);
    if (found.size() == 1) {
      return NodeFactory.createURI(found.get(0).iri());
    }
    if (found.isEmpty()) {
      throw new NotFound("No resource is named \"" + name + "\" (no label or alternative label has it);"
          + " give a part of its name, or its IRI", found);
    }
    StringBuilder m = new StringBuilder("\"" + name + "\" names " + found.size() + " resources; give one of their"
        + " IRIs, or more of the name:");
    for (Candidate c : found.subList(0, Math.min(LISTED, found.size()))) {
      m.append("\n  ").append(c);
    }
    if (found.size() > LISTED) {
      m.append("\n  … and ").append(found.size() - LISTED).append(" more");
    }
    throw new NotFound(m.toString(), found);
  }

  /** The resources {@code name} matches, best kind of match only, by label. */
  public List<Candidate> candidates(String name) {
    String wanted = name.strip();
    if (wanted.isEmpty()) {
      return List.of();
    }
    if (dsg.supportsTransactions() && !dsg.isInTransaction()) {
      return Txn.calculateRead(dsg, () -> find(wanted));
    }
    return find(wanted);
  }

  private List<Candidate> find(String wanted) {
    // 1. the name exactly as written: an index lookup
    Set<Node> exact = new TreeSet<>(NameLookup::byIri);
    for (Node p : NAME_PROPERTIES) {
      dsg.find(Node.ANY, Node.ANY, p, NodeFactory.createLiteralString(wanted)).forEachRemaining(q -> {
        if (q.getSubject().isURI()) {
          exact.add(q.getSubject());
        }
      });
    }
    if (!exact.isEmpty()) {
      return describe(exact);
    }
    // 2. the same without case and accents, else 3. a part of a name: one pass over the names
    String folded = fold(wanted);
    Set<Node> same = new TreeSet<>(NameLookup::byIri);
    Set<Node> part = new TreeSet<>(NameLookup::byIri);
    for (Node p : NAME_PROPERTIES) {
      dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
        if (!q.getSubject().isURI() || !q.getObject().isLiteral()) {
          return;
        }
        String label = fold(q.getObject().getLiteralLexicalForm());
        if (label.equals(folded)) {
          same.add(q.getSubject());
        } else if (same.isEmpty() && label.contains(folded)) {
          part.add(q.getSubject());
        }
      });
    }
    return describe(!same.isEmpty() ? same : part);
  }

  private List<Candidate> describe(Set<Node> resources) {
    List<Candidate> out = new ArrayList<>();
    for (Node r : resources) {
      Map<String, Integer> labels = new TreeMap<>();
      dsg.find(Node.ANY, r, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> {
        if (q.getObject().isLiteral()) {
          labels.merge(q.getObject().getLiteralLexicalForm(), 1, Integer::sum);
        }
      });
      Set<String> types = new TreeSet<>();
      dsg.find(Node.ANY, r, RDF.Nodes.type, Node.ANY).forEachRemaining(q -> {
        if (q.getObject().isURI() && q.getObject().getURI().startsWith(Vocab.NG)) {
          types.add(q.getObject().getURI().substring(Vocab.NG.length()));
        }
      });
      String label = labels.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .map(Map.Entry::getKey).findFirst().orElse(r.getURI());
      out.add(new Candidate(r.getURI(), label, List.copyOf(types)));
    }
    out.sort(java.util.Comparator.comparing((Candidate c) -> fold(c.label())).thenComparing(Candidate::iri));
    return out;
  }

  /** Lower case, without accents, white space as one space. */
  static String fold(String s) {
    return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  private static int byIri(Node a, Node b) {
    return a.getURI().compareTo(b.getURI());
  }

  /** The candidates as the query page's JSON: {@code [{"iri":…,"label":…,"types":[…]}]}. */
  static String json(List<Candidate> candidates) {
    StringBuilder b = new StringBuilder("[");
    for (Candidate c : candidates.subList(0, Math.min(LISTED, candidates.size()))) {
      if (b.length() > 1) {
        b.append(',');
      }
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("iri", c.iri());
      fields.put("label", c.label());
      b.append('{');
      fields.forEach((k, v) -> b.append(QueryPageServlet.json(k)).append(':').append(QueryPageServlet.json(v)).append(','));
      b.append("\"types\":[");
      for (int i = 0; i < c.types().size(); i++) {
        b.append(i == 0 ? "" : ",").append(QueryPageServlet.json(c.types().get(i)));
      }
      b.append("]}");
    }
    return b.append(']').toString();
  }
}
