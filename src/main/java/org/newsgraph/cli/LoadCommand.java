package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.newsgraph.pipeline.PipelineArticleSource;
import org.newsgraph.pipeline.StorePreparation;
import org.newsgraph.rdf.NamedGraphFile;
import org.newsgraph.store.ArticleSource;
import org.newsgraph.store.Credentials;
import org.newsgraph.store.GraphPusher;
import org.newsgraph.store.LoadFailedException;
import org.newsgraph.store.StoreLockedException;
import org.newsgraph.store.SyncReport;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code load}: article graphs into a running SPARQL server (Graph Store Protocol PUT, one per
 * article: loading again replaces, never duplicates) or into a local TDB2 store (one transaction
 * per article).
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Loads article graphs into a running Fuseki (--endpoint: one Graph Store",
      "Protocol PUT per article graph, so loading again replaces, never duplicates)",
      "or into a TDB2 store directory (--store: one transaction per article).",
      "The graphs come from --input (articles, built now) or --data (a built file)."
    },
    footer = {
      "",
      "A standalone Fuseki that should answer plain queries over all articles (union",
      "default graph, as newsgraph serve does) is started with, e.g.:",
      "  java -jar jena-fuseki-server-5.6.0.jar --localhost \\",
      "       --set tdb:unionDefaultGraph=true --tdb2 --loc=DB --update /ds",
      "then: newsgraph load --endpoint http://127.0.0.1:3030/ds --input data/articles"
    })
public final class LoadCommand implements Callable<Integer> {

  static final class Target {
    @Option(
        names = "--endpoint",
        required = true,
        description =
            "Dataset URL of a running server, e.g. http://127.0.0.1:3030/ds (its graph store is"
                + " URL/data).")
    String endpoint;

    @Option(
        names = "--store",
        required = true,
        description = "A TDB2 store directory (no server may hold it).")
    Path store;
  }

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  @Option(names = "--input", description = "Directory of articles (default: data/articles).")
  Path input;

  @Option(names = "--data", description = "A built graph file (.nq, .trig, …) to load. It is read once into sorted"
      + " temporary files, then loaded one graph at a time: a large file needs the memory of its largest"
      + " graph, not of the whole file.")
  Path data;

  @Option(names = "--user", description = "User name for basic authentication.")
  String user;

  @Option(
      names = "--password-file",
      description =
          "File whose first line is the password (else the environment variable "
              + Credentials.PASSWORD_ENV
              + ").")
  Path passwordFile;

  @Option(
      names = "--batch",
      defaultValue = "" + TdbStore.BATCH_TRIPLES,
      description =
          "With --store: whole article graphs go in one transaction until it holds this many"
              + " triples (1: one transaction per article; default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(
      names = "--timeout",
      defaultValue = "60s",
      converter = DurationConverter.class,
      description = "With --endpoint: how long to wait for the server's answer to each graph sent (it must"
          + " connect within 10 s; default: ${DEFAULT-VALUE}).")
  java.time.Duration timeout;

  private final ArticleSource source;

  @Option(names = {"-q", "--quiet"}, description = "No progress lines while the articles are built (--input).")
  boolean quiet;

  public LoadCommand() {
    this.source = new PipelineArticleSource(this::progress);
  }

  /** A progress line of the build, to standard error. */
  private void progress(String line) {
    if (!quiet) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(line);
      err.flush();
    }
  }

  LoadCommand(ArticleSource source) {
    this.source = source;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (input != null && data != null) {
      err.println("Give --input or --data, not both.");
      return Main.USAGE;
    }
    Credentials credentials;
    try {
      credentials = credentials(err);
    } catch (IOException | IllegalArgumentException e) {
      err.println("Cannot read the password: " + e.getMessage());
      return Main.USAGE;
    }
    if (credentials == null && (user != null || passwordFile != null)) {
      return Main.USAGE;
    }
    if (batch < 1) {
      err.println("--batch must be at least 1.");
      return Main.USAGE;
    }
    if (target.store != null && credentials != null) {
      err.println("--user and --password-file are for --endpoint, not --store.");
      return Main.USAGE;
    }

    if (data != null) {
      return loadFile(credentials, out, err);
    }
    Path dir = input != null ? input : StorePreparation.DEFAULT_INPUT;
    if (!Files.isDirectory(dir)) {
      err.println("No such directory: " + dir + " (give --input DIR or --data FILE)");
      return Main.USAGE;
    }
    // before the store is opened or the endpoint asked: nothing is made
    String nothing = StorePreparation.nothingToStore(dir, true);
    if (nothing != null) {
      err.println("newsgraph load: nothing loaded: " + nothing);
      err.flush();
      return Main.INPUT_FAILED;
    }
    if (target.store != null) {
      return buildIntoStore(dir, out, err);
    }
    GraphPusher pusher = pusher(credentials, err);
    if (pusher == null) {
      return Main.USAGE;
    }
    // each graph is sent as the build makes it: the corpus is never gathered in a dataset
    List<String> problems = new ArrayList<>();
    int sent = toEndpoint(pusher, p -> {
      GraphPusher.Sending sending = p.sending(loaded(out));
      problems.addAll(source.build(dir, sending));
      return sending.result();
    }, out, err);
    problems.forEach(err::println);
    if (sent != Main.OK) {
      err.println("The articles not built yet when the load stopped were not sent either.");
    }
    return Math.max(problems.isEmpty() ? Main.OK : Main.INPUT_FAILED, sent);
  }

  /**
   * {@code --data FILE}: read once, streaming, into sorted temporary files (a file that is not RDF
   * is refused before the store or endpoint is touched), then stored or sent one graph at a time.
   */
  private int loadFile(Credentials credentials, PrintWriter out, PrintWriter err) {
    if (!Files.isRegularFile(data)) {
      err.println("No such file: " + data);
      return Main.USAGE;
    }
    GraphPusher pusher = null;
    if (target.endpoint != null) {
      pusher = pusher(credentials, err);
      if (pusher == null) {
        return Main.USAGE;
      }
    }
    NamedGraphFile file = NamedGraphFile.readOrSay(data, err);
    if (file == null) {
      return Main.INPUT_FAILED;
    }
    try (file) {
      if (pusher != null) {
        return toEndpoint(pusher, p -> p.push(file.graphNames(), iri -> next(file, iri), loaded(out)), out, err);
      }
      return toStore(file, out, err);
    }
  }

  /** The file's next graph, which must be the one named {@code iri} (they come in name order). */
  private static Graph next(NamedGraphFile file, String iri) {
    NamedGraphFile.Named n = file.next();
    if (!n.iri().equals(iri)) {
      throw new IllegalStateException("graphs out of order: " + n.iri() + " where " + iri + " was due");
    }
    return n.graph();
  }

  private static GraphPusher.Progress loaded(PrintWriter out) {
    return (graph, triples) -> {
      out.println("loaded " + graph + " (" + triples + " triples)");
      out.flush();
    };
  }

  private GraphPusher pusher(Credentials credentials, PrintWriter err) {
    try {
      if (timeout.isZero() || timeout.isNegative()) {
        err.println("--timeout must be positive.");
        return null;
      }
      return new GraphPusher(target.endpoint, credentials, timeout);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return null;
    }
  }

  private int toEndpoint(
      GraphPusher pusher, Function<GraphPusher, GraphPusher.Result> push, PrintWriter out, PrintWriter err) {
    try {
      GraphPusher.Result r = push.apply(pusher);
      out.printf(
          "Sent %d graph(s), %d triples to %s.%n",
          r.graphs().size(), r.triples(), pusher.graphStoreUrl());
      try {
        long[] counts = pusher.remoteCounts();
        out.printf(
            "The endpoint now holds %d triples in %d named graph(s).%n", counts[0], counts[1]);
      } catch (RuntimeException e) {
        out.println("(Could not count the endpoint's triples afterwards: " + e.getMessage() + ")");
      }
      return Main.OK;
    } catch (LoadFailedException e) {
      out.flush();
      err.println("Load failed at graph " + e.failedGraph() + ": " + e.getMessage());
      err.println(describe("Loaded", e.loaded()));
      err.println(describe("Not loaded", e.notLoaded()));
      err.println(
          "Run the same load again to complete it: graphs already loaded are replaced, not"
              + " duplicated.");
      return Main.INPUT_FAILED;
    }
  }

  private int toStore(NamedGraphFile file, PrintWriter out, PrintWriter err) {
    try (TdbStore store = TdbStore.open(target.store)) {
      SyncReport r = StorePreparation.store(file, store, batch, stored(out));
      summarise(store, r, out);
      return Main.OK;
    } catch (StoreLockedException e) {
      err.println(e.getMessage());
      return Main.INPUT_FAILED;
    }
  }

  /**
   * Builds the articles of {@code dir} straight into the store, each graph stored (or scheduled
   * for its batch) as the pipeline checks it: the corpus's dataset is never held in memory.
   */
  private int buildIntoStore(Path dir, PrintWriter out, PrintWriter err) {
    try (TdbStore store = TdbStore.open(target.store)) {
      ArticleSource.Stored r = source.buildInto(dir, store.sync(batch, TdbStore.BULK_MIN_TRIPLES, stored(out)));
      out.flush();
      r.problems().forEach(err::println);
      summarise(store, r.report(), out);
      return r.problems().isEmpty() ? Main.OK : Main.INPUT_FAILED;
    } catch (StoreLockedException e) {
      err.println(e.getMessage());
      return Main.INPUT_FAILED;
    }
  }

  /** A line for each graph stored. */
  private static TdbStore.Progress stored(PrintWriter out) {
    return (graph, triples, kind) -> {
      out.println("stored " + graph + " (" + triples + " triples, "
          + kind.name().toLowerCase(java.util.Locale.ROOT) + ")");
      out.flush();
    };
  }

  private static void summarise(TdbStore store, SyncReport r, PrintWriter out) {
    out.println("Stored in " + store.directory() + ": " + r.summary());
    out.printf("The store now holds %d triples in %d named graph(s).%n", store.quadCount(), store.graphCount());
  }

  private static String describe(String what, List<String> graphs) {
    return what
        + " ("
        + graphs.size()
        + "): "
        + (graphs.isEmpty() ? "none" : String.join(" ", graphs));
  }

  private Credentials credentials(PrintWriter err) throws IOException {
    if (user == null && passwordFile == null) {
      return null;
    }
    if (user == null) {
      err.println("--password-file needs --user.");
      return null;
    }
    Optional<Credentials> c = Credentials.resolve(user, passwordFile);
    if (c.isEmpty()) {
      err.println(
          "--user needs a password: give --password-file FILE or set "
              + Credentials.PASSWORD_ENV
              + ".");
    }
    return c.orElse(null);
  }
}
