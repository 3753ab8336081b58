package org.newsgraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The article graphs in a TDB2 database directory. Each article is one named graph (its IRI is the
 * article's IRI), written in one write transaction, so a process killed half-way leaves every graph
 * either as it was or as it was meant to be. Queries see the union of all graphs as the default
 * graph. One process at a time may open a directory.
 */
public final class TdbStore implements AutoCloseable {

  /** Told about each graph as soon as its transaction has committed. */
  @FunctionalInterface
  public interface Progress {
    enum Kind {
      ADDED,
      REPLACED,
      UNCHANGED
    }

    void stored(String graphIri, long triples, Kind kind);

    Progress NONE = (g, n, k) -> {};
  }

  private final Path directory;
  private final DatasetGraph dsg;
  private boolean closed;

  private TdbStore(Path directory, DatasetGraph dsg) {
    this.directory = directory;
    this.dsg = dsg;
  }

  /**
   * Opens the store in {@code directory}, creating the directory and an empty database when
   * missing.
   *
   * @throws StoreLockedException when another process holds the directory
   * @throws StoreDamagedException when the directory holds a store that cannot be read
   */
  public static TdbStore open(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    return new TdbStore(dir, StoreDirectory.open(dir));
  }

  public Path directory() {
    return directory;
  }

  /** The live dataset (union default graph), e.g. to serve it. Use transactions. */
  public DatasetGraph datasetGraph() {
    return dsg;
  }

  public Dataset dataset() {
    return DatasetFactory.wrap(dsg);
  }

  public boolean isEmpty() {
    return Txn.calculateRead(
        dsg, () -> !dsg.listGraphNodes().hasNext() && dsg.getDefaultGraph().isEmpty());
  }

  /** The stored articles, by graph IRI, in graph IRI order. */
  public Map<String, StoredArticle> articles() {
    Map<String, StoredArticle> out = new LinkedHashMap<>();
    Txn.executeRead(
        dsg,
        () ->
            StoredArticle.of(dsg).stream()
                .sorted(java.util.Comparator.comparing(StoredArticle::graphIri))
                .forEach(a -> out.put(a.graphIri(), a)));
    return out;
  }

  /** How many triples the named graphs hold together (quads, counted per graph). */
  public long quadCount() {
    return Txn.calculateRead(
        dsg,
        () -> {
          long n = 0;
          Iterator<?> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
          while (it.hasNext()) {
            it.next();
            n++;
          }
          return n;
        });
  }

  /** How many named graphs the store holds. */
  public int graphCount() {
    return Txn.calculateRead(
        dsg,
        () -> {
          int n = 0;
          for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); it.next()) {
            n++;
          }
          return n;
        });
  }

  /** A copy of one stored graph (empty when absent). */
  public Graph copyOf(String graphIri) {
    return Txn.calculateRead(
        dsg,
        () -> {
          Graph g = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
          dsg.getGraph(NodeFactory.createURI(graphIri)).find().forEachRemaining(g::add);
          return g;
        });
  }

  /**
   * Replaces the named graph {@code graphIri} by {@code graph}, in one write transaction.
   *
   * @return the number of triples written
   */
  public long replaceArticleGraph(String graphIri, Graph graph) {
    Node name = NodeFactory.createURI(graphIri);
    Txn.executeWrite(
        dsg,
        () -> {
          dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
          graph
              .find()
              .forEachRemaining(
                  t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    return graph.size();
  }

  /** Graphs written in one transaction stop being added to it at this many triples. */
  public static final int BATCH_TRIPLES = 20_000;

  /**
   * Stores every named graph of {@code fresh}: a graph that is new is added, one whose content
   * differs from the stored one is replaced, an identical one is left alone. Graphs of the store
   * that {@code fresh} does not name are kept. Graphs are written in transactions of whole graphs
   * (up to {@link #BATCH_TRIPLES} triples, and one graph at least): a process killed half-way
   * leaves each graph either as it was or complete. {@code progress} hears of each graph once its
   * transaction has committed. An empty store getting {@link #BULK_MIN_TRIPLES} or more gets them
   * through TDB2's sequential bulk loader in one transaction (a killed process leaves it empty).
   */
  public SyncReport replaceAll(Dataset fresh, Progress progress) {
    return replaceAll(fresh, BATCH_TRIPLES, BULK_MIN_TRIPLES, progress);
  }

  /**
   * An empty store that gets at least this many triples at once gets them through TDB2's
   * sequential bulk loader, in one transaction (nothing stored can be lost: there is nothing).
   */
  public static final long BULK_MIN_TRIPLES = 100_000;

  /**
   * As {@code bulkMinTriples}: never the bulk loader; every graph goes in as it comes, in the
   * batched transactions a store that already holds graphs gets (none is held for a decision).
   */
  public static final long NEVER_BULK = Long.MAX_VALUE;

  /**
   * As {@link #replaceAll(Dataset, Progress)}, with at most {@code batchTriples} per transaction.
   */
  public SyncReport replaceAll(Dataset fresh, int batchTriples, Progress progress) {
    return replaceAll(fresh, batchTriples, BULK_MIN_TRIPLES, progress);
  }

  /**
   * As {@link #replaceAll(Dataset, int, Progress)}; an empty store that gets {@code bulkMinTriples}
   * or more goes through the bulk loader (all graphs or, if the process dies, none).
   */
  public SyncReport replaceAll(Dataset fresh, int batchTriples, long bulkMinTriples, Progress progress) {
    DatasetGraph in = fresh.asDatasetGraph();
    Sync sync = sync(batchTriples, bulkMinTriples, progress);
    try {
      for (Node name : namedGraphs(in)) {
        sync.add(name.getURI(), in.getGraph(name));
      }
      return sync.finish(in.getDefaultGraph().size());
    } catch (RuntimeException e) {
      sync.abort(e);
      throw e;
    }
  }

  /** The IRIs naming graphs of {@code in}, in IRI order (read in a transaction if it has them). */
  static List<Node> namedGraphs(DatasetGraph in) {
    List<Node> names = new ArrayList<>();
    Runnable collect = () -> in.listGraphNodes().forEachRemaining(names::add);
    if (in.supportsTransactions() && !in.isInTransaction()) {
      Txn.executeRead(in, collect);
    } else {
      collect.run();
    }
    names.removeIf(n -> !n.isURI());
    names.sort(java.util.Comparator.comparing(Node::getURI));
    return names;
  }

  /**
   * A {@link #replaceAll} fed one graph at a time, as a build makes them, so that the whole
   * dataset is never held in memory: see {@link Sync}.
   */
  public Sync sync(int batchTriples, long bulkMinTriples, Progress progress) {
    return new Sync(batchTriples, bulkMinTriples, progress);
  }

  /** {@link #sync(int, long, Progress)} with the default batch and bulk sizes. */
  public Sync sync(Progress progress) {
    return sync(BATCH_TRIPLES, BULK_MIN_TRIPLES, progress);
  }

  /**
   * Stores graphs as they come, with {@link #replaceAll}'s rules: a new graph is added, a changed
   * one replaced, an identical one left alone; writes go in transactions of whole graphs (up to
   * the batch size). When the store was empty at the start, graphs are held until {@code
   * bulkMinTriples} have come: fewer in all are written graph by graph; once that many have come,
   * they and all the following ones stream into TDB2's sequential bulk loader, one transaction
   * committed by {@link #finish}. Holds at most one batch (or the graphs before the bulk decision;
   * none with {@link #NEVER_BULK}).
   */
  public final class Sync {
    /** A graph waiting for its write, and what the write will be. */
    private record Held(Node name, Graph graph, Progress.Kind kind) {}

    /** A graph given to the bulk loader: its report once the load commits. */
    private record Loaded(String iri, long triples) {}

    private final int batchTriples;
    private final long bulkMinTriples;
    private final Progress progress;
    private final boolean emptyAtStart;
    private final List<String> added = new ArrayList<>();
    private final List<String> replaced = new ArrayList<>();
    private final List<String> unchanged = new ArrayList<>();
    private long written;
    /** Graphs of an empty store, held until the bulk decision. */
    private final List<Held> beforeBulk = new ArrayList<>();
    private long beforeBulkTriples;
    /** Graphs waiting for their batch's transaction. */
    private final List<Held> batch = new ArrayList<>();
    private long batchSize;
    private DataLoader bulk;
    private final List<Loaded> loaded = new ArrayList<>();

    private Sync(int batchTriples, long bulkMinTriples, Progress progress) {
      this.batchTriples = batchTriples;
      this.bulkMinTriples = bulkMinTriples;
      this.progress = progress;
      this.emptyAtStart = isEmpty();
    }

    /** Stores (or schedules) the graph named {@code graphIri}. */
    public void add(String graphIri, Graph graph) {
      Node name = NodeFactory.createURI(graphIri);
      if (bulk != null) {
        toBulk(name, graph);
        return;
      }
      if (emptyAtStart && bulkMinTriples != NEVER_BULK) {
        beforeBulk.add(new Held(name, graph, Progress.Kind.ADDED));
        beforeBulkTriples += graph.size();
        if (beforeBulkTriples >= bulkMinTriples) {
          bulk = LoaderFactory.sequentialLoader(dsg, (format, args) -> {});
          bulk.startBulk();
          beforeBulk.forEach(h -> toBulk(h.name(), h.graph()));
          beforeBulk.clear();
        }
        return;
      }
      Boolean[] state = new Boolean[2]; // [exists, identical]
      Txn.executeRead(
          dsg,
          () -> {
            Graph stored = dsg.getGraph(name);
            state[0] = !stored.isEmpty();
            state[1] = state[0] && stored.size() == graph.size() && stored.isIsomorphicWith(graph);
          });
      if (state[1]) {
        unchanged.add(graphIri);
        progress.stored(graphIri, graph.size(), Progress.Kind.UNCHANGED);
        return;
      }
      toBatch(new Held(name, graph, state[0] ? Progress.Kind.REPLACED : Progress.Kind.ADDED));
    }

    /**
     * Writes what is still waiting and commits the bulk load; {@code defaultTriples} (triples
     * outside every named graph, which are not stored) goes into the report.
     */
    public SyncReport finish(long defaultTriples) {
      if (bulk != null) {
        bulk.finishBulk();
        bulk = null;
        for (Loaded l : loaded) {
          written += l.triples();
          added.add(l.iri());
          progress.stored(l.iri(), l.triples(), Progress.Kind.ADDED);
        }
      }
      // an empty store that got fewer than bulkMinTriples: graph by graph, in batches
      beforeBulk.forEach(this::toBatch);
      beforeBulk.clear();
      writeBatch();
      return new SyncReport(added, replaced, unchanged, written, defaultTriples);
    }

    /** Ends a bulk load that met an error (its transaction is abandoned: nothing of it is stored). */
    public void abort(Exception e) {
      if (bulk != null) {
        bulk.finishException(e);
        bulk = null;
      }
    }

    private void toBulk(Node name, Graph graph) {
      graph.find().forEachRemaining(t -> bulk.stream().quad(Quad.create(name, t)));
      loaded.add(new Loaded(name.getURI(), graph.size()));
    }

    /** Adds a graph to the batch, written once it holds batchTriples (one graph at least). */
    private void toBatch(Held h) {
      batch.add(h);
      batchSize += h.graph().size();
      if (batchSize >= batchTriples) {
        writeBatch();
      }
    }

    private void writeBatch() {
      if (batch.isEmpty()) {
        return;
      }
      Txn.executeWrite(
          dsg,
          () -> {
            for (Held h : batch) {
              dsg.deleteAny(h.name(), Node.ANY, Node.ANY, Node.ANY);
              h.graph()
                  .find()
                  .forEachRemaining(t -> dsg.add(h.name(), t.getSubject(), t.getPredicate(), t.getObject()));
            }
          });
      for (Held h : batch) {
        String iri = h.name().getURI();
        long n = h.graph().size();
        written += n;
        (h.kind() == Progress.Kind.ADDED ? added : replaced).add(iri);
        progress.stored(iri, n, h.kind());
      }
      batch.clear();
      batchSize = 0;
    }
  }

  /** Releases the directory so that another process may open it. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      TDBInternal.expel(dsg);
    }
  }
}
