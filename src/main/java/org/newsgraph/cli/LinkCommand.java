package org.newsgraph.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.link.Candidate;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.link.GazetteerEntry;
import org.newsgraph.link.GazetteerLinker;
import org.newsgraph.link.Link;
import org.newsgraph.link.LinkFacts;
import org.newsgraph.link.Linker;
import org.newsgraph.link.Linkers;
import org.newsgraph.link.ResponseCache;
import org.newsgraph.link.WikidataClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsgraph link}: lists every entity of a graph with its Wikidata link or NIL. */
@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    description = {
      "Links the people, organisations, places, offices and policies of a graph to Wikidata",
      "and lists each with its link (QID, score, method) or NIL.",
      "Offline (default): the project's gazetteer (data/wikidata/gazetteer.tsv) and any",
      "cached API responses. --online also asks the Wikidata API, caching every answer.",
    })
public final class LinkCommand implements Callable<Integer> {
  static final String NG = org.newsgraph.rdf.Vocab.NG;
  static final Map<String, String> KIND_BY_CLASS =
      Map.of(
          NG + "Person", "person",
          NG + "Organization", "organization",
          NG + "Place", "place",
          NG + "Office", "office",
          NG + "Policy", "policy");
  private static final Set<String> CONTEXT_KINDS = Set.of("place", "organization", "office");
  private static final int MAX_CONTEXT = 60;

  @Spec CommandSpec spec;

  @Option(names = "--input", paramLabel = "FILE", description = "RDF dataset file (.nq, .trig, …)")
  Path input;

  @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory")
  Path store;

  @Option(names = "--online", description = "also ask the Wikidata API (wbsearchentities, wbgetentities)")
  boolean online;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "Wikidata API endpoint (default: ${DEFAULT-VALUE})")
  URI baseUrl = WikidataClient.DEFAULT_BASE_URL;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = "where API responses are cached (default: ~/.cache/newsgraph/wikidata)")
  Path cache;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "API timeout in seconds (default: ${DEFAULT-VALUE})")
  int timeoutSeconds = 10;

  @Option(
      names = "--user-agent",
      paramLabel = "TEXT",
      description = "User-Agent sent to Wikidata; add a contact (default: ${DEFAULT-VALUE})")
  String userAgent = WikidataClient.DEFAULT_USER_AGENT;

  @Option(names = "--output", paramLabel = "FILE", description = "write the link triples here (.ttl, .nt, …)")
  Path output;

  @Option(
      names = "--bench",
      paramLabel = "N",
      description = "time offline linking of N generated entities and exit")
  Integer bench;

  /** One entity of the input. */
  record Entity(String iri, String kind, String label, List<String> alt, List<String> context) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (bench != null) {
      return bench(out, bench);
    }
    if ((input == null) == (store == null)) {
      throw new ParameterException(spec.commandLine(), "Give exactly one of --input FILE or --store DIR.");
    }
    List<Entity> entities;
    try {
      entities = read();
    } catch (RiotException | java.io.UncheckedIOException | org.apache.jena.atlas.RuntimeIOException e) {
      err.println("link: cannot read " + (input != null ? input : store) + ": " + e.getMessage());
      return Main.INPUT_FAILED;
    }
    if (entities == null) {
      err.println("link: no such " + (input != null ? "file " + input : "store directory " + store));
      return Main.INPUT_FAILED;
    }
    WikidataClient.Config cfg =
        WikidataClient.Config.defaults()
            .withBaseUrl(baseUrl)
            .withCacheDir(cache != null ? cache : ResponseCache.defaultDir())
            .withNetwork(online)
            .withTimeout(Duration.ofSeconds(timeoutSeconds))
            .withUserAgent(userAgent);
    WikidataClient client = new WikidataClient(cfg, line -> err.println(line));
    Linker linker = Linkers.withWikidata(client);
    Model links = ModelFactory.createDefaultModel();
    links.setNsPrefix("owl", OWL.NS).setNsPrefix("skos", SKOS.uri).setNsPrefix("wd", Link.ENTITY_NS);
    int linked = 0;
    long linking = 0;
    out.println("kind\tlabel\twikidata\tscore\tmethod\tentity");
    for (Entity e : entities) {
      long t = System.nanoTime();
      Optional<Link> l = linker.link(new Candidate(e.kind(), e.label(), e.alt(), e.context()));
      linking += System.nanoTime() - t;
      if (l.isPresent()) {
        linked++;
        Link k = l.get();
        out.println(String.join("\t", e.kind(), e.label(), k.qid(), Double.toString(k.score()),
            k.method(), e.iri()));
        String p = LinkFacts.property(e.kind()).equals(LinkFacts.SAME_AS)
            ? OWL.sameAs.getURI() : SKOS.exactMatch.getURI();
        links.add(links.createResource(e.iri()), links.createProperty(p), links.createResource(k.iri()));
      } else {
        out.println(String.join("\t", e.kind(), e.label(), "NIL", "", "", e.iri()));
      }
    }
    out.printf(
        "# %d entities: %d linked, %d NIL; %d API requests, %d answers from cache, %d failed;"
            + " linking took %.1f ms%n",
        entities.size(), linked, entities.size() - linked, client.requests(), client.cacheHits(),
        client.failures(), linking / 1e6);
    if (output != null) {
      Lang lang = RDFLanguages.filenameToLang(output.toString(), Lang.TURTLE);
      try (OutputStream os = Files.newOutputStream(output)) {
        RDFDataMgr.write(os, links, lang);
      } catch (java.io.IOException ex) {
        err.println("link: cannot write " + output + ": " + ex.getMessage());
        return Main.INPUT_FAILED;
      }
      out.println("# wrote " + links.size() + " link triples to " + output);
    }
    out.flush();
    return Main.OK;
  }

  private List<Entity> read() {
    if (input != null) {
      if (!Files.isRegularFile(input)) {
        return null;
      }
      Dataset ds = DatasetFactory.create();
      RDFDataMgr.read(ds, input.toString());
      return entities(ds);
    }
    if (!Files.isDirectory(store) || !org.newsgraph.store.TdbStore.exists(store)) {
      return null; // not read as an empty store (TDB2 would make one there)
    }
    Dataset ds = TDB2Factory.connectDataset(store.toString());
    ds.begin(ReadWrite.READ);
    try {
      return entities(ds);
    } finally {
      ds.end();
    }
  }

  /** Every typed entity of every graph, with its labels and its graphs' context. */
  static List<Entity> entities(Dataset ds) {
    Map<String, String> kind = new LinkedHashMap<>();
    Map<String, String> label = new LinkedHashMap<>();
    Map<String, Set<String>> alt = new LinkedHashMap<>();
    Map<String, Set<String>> graphsOf = new LinkedHashMap<>();
    Map<String, Set<String>> contextOfGraph = new LinkedHashMap<>();
    List<Map.Entry<String, Model>> graphs = new ArrayList<>();
    graphs.add(Map.entry("", ds.getDefaultModel()));
    for (Iterator<Resource> it = ds.listModelNames(); it.hasNext(); ) {
      Resource g = it.next();
      graphs.add(Map.entry(g.getURI(), ds.getNamedModel(g)));
    }
    for (var g : graphs) {
      Model m = g.getValue();
      for (var st = m.listStatements(null, RDF.type, (RDFNode) null); st.hasNext(); ) {
        Statement s = st.next();
        if (!s.getObject().isURIResource() || !s.getSubject().isURIResource()) {
          continue;
        }
        String k = KIND_BY_CLASS.get(s.getObject().asResource().getURI());
        if (k == null) {
          continue;
        }
        String iri = s.getSubject().getURI();
        kind.putIfAbsent(iri, k);
        graphsOf.computeIfAbsent(iri, x -> new LinkedHashSet<>()).add(g.getKey());
        Resource r = s.getSubject();
        for (var ls = m.listStatements(r, RDFS.label, (RDFNode) null); ls.hasNext(); ) {
          RDFNode o = ls.next().getObject();
          if (!o.isLiteral()) {
            continue;
          }
          String v = o.asLiteral().getLexicalForm();
          if (label.putIfAbsent(iri, v) != null && !label.get(iri).equals(v)) {
            alt.computeIfAbsent(iri, x -> new LinkedHashSet<>()).add(v);
          }
          if (CONTEXT_KINDS.contains(k)) {
            contextOfGraph.computeIfAbsent(g.getKey(), x -> new LinkedHashSet<>()).add(v);
          }
        }
        for (var ls = m.listStatements(r, SKOS.altLabel, (RDFNode) null); ls.hasNext(); ) {
          RDFNode o = ls.next().getObject();
          if (o.isLiteral()) {
            alt.computeIfAbsent(iri, x -> new LinkedHashSet<>()).add(o.asLiteral().getLexicalForm());
          }
        }
      }
    }
    List<Entity> out = new ArrayList<>();
    for (String iri : kind.keySet()) {
      String l = label.get(iri);
      if (l == null || l.isBlank()) {
        continue; // an entity without a label cannot be linked (SHACL reports it)
      }
      Set<String> own = new LinkedHashSet<>(alt.getOrDefault(iri, Set.of()));
      own.remove(l);
      Set<String> ctx = new LinkedHashSet<>();
      for (String g : graphsOf.get(iri)) {
        ctx.addAll(contextOfGraph.getOrDefault(g, Set.of()));
      }
      ctx.remove(l);
      ctx.removeAll(own);
      out.add(new Entity(iri, kind.get(iri), l, List.copyOf(own),
          ctx.stream().limit(MAX_CONTEXT).toList()));
    }
    out.sort(java.util.Comparator.comparing(Entity::kind).thenComparing(Entity::label));
    return out;
  }

  /**
   * Offline linking of {@code n} generated entities: every gazetteer entry (label and aliases),
   * a near miss and a person named after it, each with 31 context names, cycled to n.
   */
  private int bench(PrintWriter out, int n) {
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), "--bench needs N ≥ 1");
    }
    long t0 = System.nanoTime();
    Gazetteer g = Gazetteer.standard();
    Linker linker = new GazetteerLinker(g);
    long loaded = System.nanoTime();
    List<Candidate> pool = new ArrayList<>();
    List<String> labels = g.entries().stream().map(GazetteerEntry::label).toList();
    for (GazetteerEntry e : g.entries()) {
      // an article's worth of context: the entry's place and 30 other names, 10 of them unknown
      List<String> ctx = new ArrayList<>();
      g.byQid(e.parentQid()).ifPresent(p -> ctx.add(p.label()));
      for (int i = 0; i < 20; i++) {
        ctx.add(labels.get((pool.size() + 7 * i) % labels.size()));
      }
      for (int i = 0; i < 10; i++) {
        ctx.add("Unknown Organization Number " + ((pool.size() + i) % 40));
      }
      pool.add(new Candidate(e.kind(), e.label(), e.aliases(), ctx));
      pool.add(new Candidate(e.kind(), e.label() + " Department", List.of(), ctx));
      pool.add(new Candidate("person", "Someone " + e.label(), List.of(e.label()), ctx));
    }
    int linked = 0;
    for (int i = 0; i < Math.min(n, 2000); i++) {
      linker.link(pool.get(i % pool.size())); // warm-up
    }
    long t1 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      if (linker.link(pool.get(i % pool.size())).isPresent()) {
        linked++;
      }
    }
    long t2 = System.nanoTime();
    double ms = (t2 - t1) / 1e6;
    out.printf(
        "offline linking: %d entities in %.1f ms (%.1f µs per entity, %d linked); gazetteer"
            + " load %.1f ms (%d entries)%n",
        n, ms, ms * 1000 / n, linked, (loaded - t0) / 1e6, g.entries().size());
    out.flush();
    return Main.OK;
  }
}
