package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.rdf.Vocab;

/**
 * JSON-LD 1.1 of the property graph (not a copy of the RDF: {@code build --output graph.jsonld}
 * writes that). Read as JSON it is a list of nodes and edges; read as RDF (any JSON-LD processor,
 * the context is inline) it gives:
 *
 * <ul>
 *   <li>per node: its classes ({@code ng:Person}...), {@code rdfs:label}, the Wikidata entity
 *       ({@code owl:sameAs}, or {@code skos:exactMatch} for offices and policies as in the graph),
 *       {@code nge:articles} and {@code nge:earliestDate}, and each of its edges as the plain triple
 *       ({@code person ng:criticizes person});
 *   <li>per edge: an {@code rdf:Statement} with {@code rdf:subject}, {@code rdf:predicate}, {@code
 *       rdf:object}, {@code nge:weight} (articles stating it) and {@code nge:earliestDate}.
 * </ul>
 *
 * <p>{@code nge:} ({@value #NGE}) names these export-only summaries; they are not part of the
 * ontology.
 */
final class JsonLdExporter implements Exporter {
  static final String NGE = "https://w3id.org/newsgraph/export#";

  @Override
  public String format() {
    return "jsonld";
  }

  @Override
  public String extension() {
    return "jsonld";
  }

  @Override
  public String description() {
    return "JSON-LD 1.1 of the property graph: RDF tools read nodes, triples, weights and dates";
  }

  @Override
  public void write(PropertyGraph graph, OutputStream out) throws IOException {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("ng", Vocab.NG);
    context.put("nge", NGE);
    context.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    context.put("rdfs", Vocab.RDFS);
    context.put("owl", Vocab.OWL);
    context.put("skos", Vocab.SKOS);
    context.put("xsd", Vocab.XSD);
    context.put("wd", Vocab.WD);
    context.put("label", "rdfs:label");
    context.put("sameAs", Map.of("@id", "owl:sameAs", "@type", "@id"));
    context.put("exactMatch", Map.of("@id", "skos:exactMatch", "@type", "@id"));
    context.put("articles", Map.of("@id", "nge:articles", "@type", "xsd:integer"));
    context.put("weight", Map.of("@id", "nge:weight", "@type", "xsd:integer"));
    context.put("earliestDate", "nge:earliestDate");
    context.put("subject", Map.of("@id", "rdf:subject", "@type", "@id"));
    context.put("predicate", Map.of("@id", "rdf:predicate", "@type", "@id"));
    context.put("object", Map.of("@id", "rdf:object", "@type", "@id"));
    List<Object> items = new ArrayList<>();
    for (GraphNode n : graph.nodes()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("@id", n.id());
      o.put("@type", n.kind().equals(n.type()) ? List.of("ng:" + n.type()) : List.of("ng:" + n.type(), "ng:" + n.kind()));
      o.put("label", n.label());
      if (n.qid() != null) {
        boolean concept = n.type().equals("Office") || n.type().equals("Policy");
        o.put(concept ? "exactMatch" : "sameAs", Vocab.WD + n.qid());
      }
      o.put("articles", n.articles());
      if (n.date() != null) {
        o.put("earliestDate", n.date());
      }
      Map<String, List<Object>> out1 = new java.util.TreeMap<>();
      for (GraphEdge e : graph.edges()) {
        if (e.source().equals(n.id())) {
          out1.computeIfAbsent(e.predicate(), k -> new ArrayList<>()).add(Map.of("@id", e.target()));
        }
      }
      o.putAll(out1);
      items.add(o);
    }
    for (GraphEdge e : graph.edges()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("@type", "rdf:Statement");
      o.put("subject", e.source());
      o.put("predicate", e.predicate());
      o.put("object", e.target());
      o.put("weight", e.weight());
      if (e.date() != null) {
        o.put("earliestDate", e.date());
      }
      items.add(o);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("@context", sorted(context));
    doc.put("@graph", items);
    StringBuilder b = new StringBuilder();
    Json.write(b, doc, false);
    b.append('\n');
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Nested maps with sorted keys, so the bytes are the same on every run. */
  private static Map<String, Object> sorted(Map<String, Object> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> inner ? new java.util.TreeMap<>(inner) : v));
    return out;
  }
}
