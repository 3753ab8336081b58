package org.newsgraph.extract.facts.policy;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.extract.Ref;
import org.newsgraph.extract.facts.Lexicon;
import org.newsgraph.extract.facts.Slot;

/**
 * The policy concepts of the SKOS scheme with their labels: the policy lexicon. A phrase matches a
 * label case-insensitively on word boundaries, allowing a plural "s" and "-"/space variation.
 */
public final class PolicyScheme {
  /** Where the ontology puts the scheme on the classpath. */
  public static final String RESOURCE = "/org/newsgraph/ontology/policies.ttl";
  private static final String ID_PREFIX = "https://w3id.org/newsgraph/id/policy/";

  /** One policy and the surface forms that name it. */
  public record Policy(Ref ref, String label, List<String> surfaces) {}

  private final Map<String, Policy> bySlug;
  private final List<Map.Entry<Pattern, Policy>> patterns = new ArrayList<>();
  /** Per pattern: its longest word in ASCII lower case, which every match contains (a quick test). */
  private final List<String> needles = new ArrayList<>();

  private PolicyScheme(Map<String, Policy> bySlug) {
    this.bySlug = bySlug;
    List<Map.Entry<String, Policy>> forms = new ArrayList<>();
    for (Policy p : bySlug.values()) {
      for (String s : p.surfaces()) {
        forms.add(Map.entry(s, p));
      }
    }
    forms.sort(Comparator.comparingInt((Map.Entry<String, Policy> e) -> e.getKey().length()).reversed()
        .thenComparing(Map.Entry::getKey));
    for (Map.Entry<String, Policy> f : forms) {
      patterns.add(Map.entry(phrasePattern(f.getKey()), f.getValue()));
      needles.add(needle(f.getKey()));
    }
  }

  /**
   * The longest word of a phrase in ASCII lower case. A phrase pattern matches its words case-blind
   * in ASCII only ((?i) without UNICODE_CASE), so text without this needle (both lowered the same
   * way) cannot match it.
   */
  static String needle(String phrase) {
    String best = "";
    for (String w : phrase.trim().split("[\\s-]+")) {
      if (w.length() > best.length()) {
        best = w;
      }
    }
    return asciiLower(best);
  }

  static String asciiLower(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= 'A' && c[i] <= 'Z') {
        c[i] = (char) (c[i] + ('a' - 'A'));
      }
    }
    return new String(c);
  }

  static Pattern phrasePattern(String phrase) {
    StringBuilder b = new StringBuilder("(?i)(?<![\\w-])");
    String[] words = phrase.trim().split("[\\s-]+");
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        b.append("[\\s-]+");
      }
      b.append(Pattern.quote(words[i]));
    }
    b.append("(?:e?s)?(?![\\w-])");
    return Pattern.compile(b.toString());
  }

  /** The scheme from the classpath, if the ontology is there. */
  public static Optional<PolicyScheme> fromClasspath() {
    try (InputStream in = PolicyScheme.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(load(in, RESOURCE));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads a SKOS scheme in Turtle: every skos:Concept whose IRI is under {@code …/id/policy/} with
   * its skos:prefLabel and skos:altLabel values, plus the extra phrases of the
   * {@code policy-phrases.tsv} lexicon (news wordings not worth a label in the scheme).
   */
  public static PolicyScheme load(InputStream turtle, String where) {
    Model m = ModelFactory.createDefaultModel();
    RDFDataMgr.read(m, turtle, Lang.TURTLE);
    Map<String, Policy> bySlug = new LinkedHashMap<>();
    List<Resource> concepts = m.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
    concepts.sort(Comparator.comparing(Resource::getURI));
    for (Resource c : concepts) {
      if (c.getURI() == null || !c.getURI().startsWith(ID_PREFIX)) {
        continue;
      }
      String slug = c.getURI().substring(ID_PREFIX.length());
      String pref = null;
      TreeSet<String> surfaces = new TreeSet<>();
      for (Statement st : c.listProperties(SKOS.prefLabel).toList()) {
        pref = lexical(st.getObject());
        surfaces.add(pref);
      }
      for (Statement st : c.listProperties(SKOS.altLabel).toList()) {
        surfaces.add(lexical(st.getObject()));
      }
      if (pref == null) {
        throw new IllegalArgumentException(where + ": policy " + c.getURI() + " has no skos:prefLabel");
      }
      bySlug.put(slug, new Policy(new Ref("policy", slug), pref, new ArrayList<>(surfaces)));
    }
    for (Lexicon.Row r : Lexicon.load("policy-phrases.tsv").rows()) {
      Policy p = bySlug.get(r.get(0));
      if (p == null) {
        continue; // a phrase for a policy this scheme does not have
      }
      List<String> s = new ArrayList<>(p.surfaces());
      s.add(r.get(1));
      bySlug.put(r.get(0), new Policy(p.ref(), p.label(), s));
    }
    return new PolicyScheme(bySlug);
  }

  private static String lexical(RDFNode n) {
    return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
  }

  /** Declares a policy resource in an article graph, with its preferred label. */
  public void declare(Ref policy, org.newsgraph.extract.FactSink sink) {
    Policy p = bySlug.get(policy.slug());
    if (p != null) {
      sink.node(policy, List.of("Policy"), p.label(), List.of());
    }
  }

  public Optional<Policy> policy(String slug) {
    return Optional.ofNullable(bySlug.get(slug));
  }

  public List<Policy> policies() {
    return List.copyOf(bySlug.values());
  }

  /** Policy phrases in a piece of the article text, non-overlapping (longest first), as slots. */
  public List<Slot> find(String text, int from, int to) {
    String s = text.substring(from, to);
    String lower = asciiLower(s);
    List<Slot> out = new ArrayList<>();
    for (int k = 0; k < patterns.size(); k++) {
      if (!lower.contains(needles.get(k))) {
        continue;
      }
      Map.Entry<Pattern, Policy> e = patterns.get(k);
      Matcher mt = e.getKey().matcher(s);
      while (mt.find()) {
        int a = from + mt.start();
        int b = from + mt.end();
        if (out.stream().noneMatch(o -> a < o.end() && o.start() < b)) {
          out.add(new Slot('Y', a, b, null, e.getValue().ref(), text.substring(a, b)));
        }
      }
    }
    out.sort(Comparator.comparingInt(Slot::start));
    return out;
  }

  @Override
  public String toString() {
    return "PolicyScheme" + bySlug.keySet().toString().toLowerCase(Locale.ROOT);
  }
}
