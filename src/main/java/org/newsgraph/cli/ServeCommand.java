package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.pipeline.PipelineArticleSource;
import org.newsgraph.pipeline.StorePreparation;
import org.newsgraph.store.ArticleSource;
import org.newsgraph.store.Credentials;
import org.newsgraph.store.NewsgraphServer;
import org.newsgraph.store.Ports;
import org.newsgraph.store.StoreDirectory;
import org.newsgraph.store.StoreLockedException;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: the store behind an embedded Fuseki, read-only and on loopback by default. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the graph with SPARQL: embedded Fuseki over a TDB2 store.",
      "Dataset /newsgraph; its default graph is the union of all article graphs.",
      "A query page is at /. Before serving, the store is brought up to date",
      "with --input (new or changed articles only) or with a built file (--data).",
      "Ctrl-C stops it."
    })
public final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--store",
      defaultValue = "newsgraph-store",
      description = "TDB2 store directory (created when missing; default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(
      names = "--port",
      defaultValue = "3030",
      description = "HTTP port (0: any free port; default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(
      names = "--input",
      description = "Directory of articles to build the store from (default: data/articles).")
  Path input;

  @Option(
      names = "--data",
      description = "A built graph (.nq, .trig, …) to store instead of building from --input.")
  Path data;

  @Option(
      names = "--allow-update",
      description =
          "Enable SPARQL update and graph store writes (/newsgraph/update, /newsgraph/data),"
              + " for --user only, with basic authentication.")
  boolean allowUpdate;

  @Option(
      names = "--user",
      defaultValue = "admin",
      description = "The user allowed to update (default: ${DEFAULT-VALUE}).")
  String user;

  @Option(
      names = "--password-file",
      description =
          "File whose first line is the update password (else the environment variable "
              + Credentials.PASSWORD_ENV
              + ").")
  Path passwordFile;

  @Option(
      names = "--queries",
      defaultValue = "queries",
      description =
          "Directory of .rq files the query page lists, with fields for their parameters"
              + " (default: ${DEFAULT-VALUE}, when it exists).")
  Path queries;

  @Option(
      names = "--allow-service",
      description =
          "Let queries call remote SPARQL services (SERVICE <url>, e.g. Wikidata); off by"
              + " default, so that a query cannot make the server send requests.")
  boolean allowService;

  @Option(
      names = "--allow-update-load",
      description =
          "Let updates LOAD files and URLs (LOAD <file:…>, LOAD <http:…>); off by default, so that"
              + " an update takes only the data it carries.")
  boolean allowUpdateLoad;

  @Option(
      names = "--max-request-size",
      paramLabel = "SIZE",
      defaultValue = "1MB",
      converter = SizeConverter.class,
      description =
          "Largest request body and request target (path and query string) anyone may send;"
              + " larger ones are refused (413, 414) before they are read; the updater's"
              + " /update and /data are not limited (default: ${DEFAULT-VALUE}).")
  long maxRequestSize;

  @Option(
      names = "--timeout",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description = "Time limit of one query (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  private final ArticleSource source;

  public ServeCommand() {
    this(new PipelineArticleSource());
  }

  ServeCommand(ArticleSource source) {
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
    if (timeout.isZero() || timeout.isNegative()) {
      err.println("--timeout must be positive.");
      return Main.USAGE;
    }
    Credentials updater = null;
    if (allowUpdate) {
      try {
        updater = updaterCredentials(err);
      } catch (IOException | IllegalArgumentException e) {
        err.println("Cannot read the update password: " + e.getMessage());
        return Main.USAGE;
      }
      if (updater == null) {
        return Main.USAGE;
      }
    } else if (passwordFile != null) {
      err.println("--password-file is only used with --allow-update.");
      return Main.USAGE;
    }

    if (allowUpdateLoad && !allowUpdate) {
      err.println("--allow-update-load is only used with --allow-update.");
      return Main.USAGE;
    }

    // what can be checked before the store is opened (or made) and anything is built
    String refused = data != null && !Files.isRegularFile(data) ? "no such file " + data + " (--data: a built graph file)"
        : input != null && !Files.isDirectory(input) ? "no folder " + input + " (--input: a folder of articles)"
        : Ports.busy(host, port);
    if (refused != null) {
      err.println("newsgraph serve: " + refused);
      err.flush();
      return Main.USAGE;
    }
    String nothing = data == null ? StorePreparation.nothingToStore(input, !StoreDirectory.isStore(store)) : null;
    if (nothing != null) {
      err.println("newsgraph serve: nothing served: " + nothing);
      err.flush();
      return Main.INPUT_FAILED;
    }
    boolean newStore = !Files.exists(store);
    TdbStore tdb;
    try {
      tdb = TdbStore.open(store);
    } catch (StoreLockedException e) {
      err.println(e.getMessage());
      return Main.INPUT_FAILED;
    }
    int status;
    NewsgraphServer server;
    try {
      status = StorePreparation.prepare(tdb, input, data, source, out, err);
      if (status == Main.USAGE || (data != null && status != Main.OK)) {
        // nothing to serve: the store is left as it was (a store made for this run is removed)
        tdb.close();
        if (newStore) {
          StoreDirectory.delete(tdb.directory());
        }
        return status;
      }
      server =
          NewsgraphServer.start(
              tdb.datasetGraph(), new NewsgraphServer.Options(
                  host,
                  port,
                  timeout,
                  updater,
                  allowService,
                  queryFiles())
                  .withMaxRequestBytes(maxRequestSize)
                  .withUpdateLoad(allowUpdateLoad));
    } catch (RuntimeException e) {
      tdb.close();
      String inUse = Ports.inUse(e, host, port);
      if (inUse != null) {
        err.println("newsgraph serve: " + inUse);
        return Main.USAGE;
      }
      throw e;
    }
    NewsgraphServer running = server;
    StoreDirectory.noteServer(tdb.directory(), running.baseUrl());
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.close();
                  StoreDirectory.forgetServer(tdb.directory());
                  tdb.close();
                  out.println("newsgraph serve stopped; store " + tdb.directory() + " closed.");
                  out.flush();
                },
                "newsgraph-serve-shutdown"));
    printBanner(out, tdb, running, updater);
    running.join();
    return status;
  }

  /**
   * The query files the page lists: {@code --queries}, else (the default, when there is no
   * {@code queries} folder here) the ones that come with newsgraph: beside the launcher, else in
   * the jar.
   */
  private Path queryFiles() {
    if (queries != null && Files.isDirectory(queries)) {
      return queries;
    }
    if (queries == null || !queries.equals(Path.of("queries"))) {
      return null;
    }
    Path bundled = Home.bundled("queries");
    return Files.isDirectory(bundled) ? bundled : Home.packedQueries();
  }

  private Credentials updaterCredentials(PrintWriter err) throws IOException {
    Optional<Credentials> c = Credentials.resolve(user, passwordFile);
    if (c.isEmpty()) {
      err.println(
          "--allow-update needs a password: give --password-file FILE or set "
              + Credentials.PASSWORD_ENV
              + ". Updates are only allowed with basic authentication.");
    }
    return c.orElse(null);
  }

  private void printBanner(
      PrintWriter out, TdbStore tdb, NewsgraphServer server, Credentials updater) {
    String q =
        "PREFIX ng: <https://w3id.org/newsgraph/ontology#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?person ?office { ?p ng:holdsOffice ?o ; rdfs:label ?person ."
            + " ?o rdfs:label ?office }";
    out.printf(
        "newsgraph serves %d graph(s), %d triples, from %s%n",
        tdb.graphCount(), tdb.quadCount(), tdb.directory());
    out.println("  query page:      " + server.baseUrl() + "/");
    out.println(
        "  SPARQL endpoint: "
            + server.queryUrl()
            + "  ("
            + (updater == null ? "read-only" : "updates by " + updater.user() + " with basic auth")
            + "; query timeout "
            + DurationConverter.format(timeout)
            + (allowService ? "; SERVICE calls allowed" : "; no SERVICE calls")
            + ")");
    if (updater != null) {
      out.println("  SPARQL update:   " + server.datasetUrl() + "/update");
      out.println("  graph store:     " + server.datasetUrl() + "/data");
    }
    out.println("Example:");
    out.println(
        "  curl -s "
            + server.queryUrl()
            + " -H 'Accept: text/csv' --data-urlencode 'query="
            + q
            + "'");
    out.println("Ctrl-C stops the server.");
    out.flush();
  }
}
