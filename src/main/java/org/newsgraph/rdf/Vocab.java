package org.newsgraph.rdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.extract.Ref;

/** The names of the public contract (shared/spec/vocabulary.md): the one place that knows them. */
public final class Vocab {
  private Vocab() {}

  public static final String NG = "https://w3id.org/newsgraph/ontology#";
  public static final String ID = "https://w3id.org/newsgraph/id/";
  public static final String SCHEMA = "https://schema.org/";
  public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  public static final String OWL = "http://www.w3.org/2002/07/owl#";
  public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  public static final String WD = "http://www.wikidata.org/entity/";
  public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

  /** The kinds of resource: {@code ID + kind + "/" + slug}. */
  public static final List<String> KINDS =
      List.of("article", "case", "event", "office", "organization", "person", "place", "policy", "quotation");

  /**
   * The prefixes a reader meets in what newsgraph writes (Turtle, TriG, query results): the
   * vocabularies ({@code ng:}, {@code rdfs:}, {@code schema:}…) and one per kind of resource
   * ({@code person:} is {@code …/id/person/}).
   */
  public static Map<String, String> prefixes() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("ng", NG);
    p.put("rdf", RDF);
    p.put("rdfs", RDFS);
    p.put("skos", SKOS);
    p.put("owl", OWL);
    p.put("xsd", XSD);
    p.put("schema", SCHEMA);
    p.put("wd", WD);
    for (String kind : KINDS) {
      p.put(kind, ID + kind + "/");
    }
    return p;
  }

  public static Node ng(String local) {
    return NodeFactory.createURI(NG + local);
  }

  public static Node iri(Ref ref) {
    return NodeFactory.createURI(ID + ref.kind() + "/" + ref.slug());
  }

  public static String iriString(Ref ref) {
    return ID + ref.kind() + "/" + ref.slug();
  }

  /** A property name as used in facts: an ng: local name, or "owl:sameAs", "skos:exactMatch"... */
  public static Node property(String name) {
    int colon = name.indexOf(':');
    if (colon < 0) {
      return ng(name);
    }
    String prefix = name.substring(0, colon);
    String local = name.substring(colon + 1);
    switch (prefix) {
      case "owl":
        return NodeFactory.createURI(OWL + local);
      case "skos":
        return NodeFactory.createURI(SKOS + local);
      case "schema":
        return NodeFactory.createURI(SCHEMA + local);
      case "rdfs":
        return NodeFactory.createURI(RDFS + local);
      case "ng":
        return ng(local);
      default:
        throw new IllegalArgumentException("unknown prefix in property '" + name + "' (ng:, owl:, skos:, schema:, rdfs:)");
    }
  }

  public static final Node LABEL = NodeFactory.createURI(RDFS + "label");
  public static final Node ALT_LABEL = NodeFactory.createURI(SKOS + "altLabel");
  public static final Node EVIDENCE = ng("evidence");
  public static final Node EVIDENCE_CLASS = ng("Evidence");
  public static final Node SENTENCE = ng("sentence");
  public static final Node START = ng("start");
  public static final Node END = ng("end");
  public static final Node CONFIDENCE = ng("confidence");
  public static final Node METHOD = ng("method");
  public static final Node SOURCE_FILE = ng("sourceFile");
  public static final Node CONTENT_HASH = ng("contentHash");
  public static final Node ARTICLE = ng("Article");
  public static final Node NEWS_ARTICLE = NodeFactory.createURI(SCHEMA + "NewsArticle");
  public static final Node HEADLINE = NodeFactory.createURI(SCHEMA + "headline");
  public static final Node DATE_PUBLISHED = NodeFactory.createURI(SCHEMA + "datePublished");
  public static final Node PUBLISHER = NodeFactory.createURI(SCHEMA + "publisher");
  public static final Node URL = NodeFactory.createURI(SCHEMA + "url");
  public static final Node AUTHOR = NodeFactory.createURI(SCHEMA + "author");
  public static final Node SOURCE_ENTRY = ng("sourceEntry");
  public static final Node ALSO_READ_FROM = ng("alsoReadFrom");
  public static final Node METADATA_SOURCE = ng("metadataSource");
  public static final Node METADATA_FIELD = ng("metadataField");
}
