package org.newsgraph.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded Fuseki serving one dataset at {@value #DATASET}: SPARQL query at {@code
 * /newsgraph/query} (also {@code /sparql} and the dataset URL itself), the query page at {@code
 * /} (and a page about each resource at {@code /resource?iri=…}). Updates ({@code
 * /newsgraph/update}) and the graph store ({@code /newsgraph/data}, reading and writing whole
 * graphs, or the whole store) exist only when {@link Options#updater} is set, and then only for
 * that user, with HTTP basic authentication. Every query has a time limit, counted from the start
 * of the request. A query or update may not make the server call another SPARQL service ({@code
 * SERVICE <url>}) unless {@link Options#allowService} says so, and an update may not make it read
 * a file or URL ({@code LOAD}) unless {@link Options#allowUpdateLoad} does: by default nothing
 * leaves the machine and no local file gets into the graph. Every request passes {@link
 * RequestGuard} first (body and target size, Host, TRACE, malformed credentials).
 */
public final class NewsgraphServer implements AutoCloseable {
  public static final String DATASET = "/newsgraph";
  public static final String REALM = "newsgraph";

  /**
   * @param host the address to bind (127.0.0.1 by default; "0.0.0.0" for every interface)
   * @param port 0 for a free port
   * @param queryTimeout the time limit of one query
   * @param updater who may update (basic auth); null means the server is read-only
   * @param allowService whether a query may call remote SPARQL services (SERVICE); off by default
   * @param queries a directory of .rq files the query page offers (null: none)
   * @param maxRequestBytes the largest request body, and the longest request target (path and
   *     query string), in bytes: a larger request is answered 413 or 414 before it is read
   * @param allowUpdateLoad whether an update may LOAD a file or URL (off by default)
   */
  public record Options(
      String host,
      int port,
      Duration queryTimeout,
      Credentials updater,
      boolean allowService,
      Path queries,
      long maxRequestBytes,
      boolean allowUpdateLoad) {

    /** The default limit on a request's body and target: 1 MiB. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;

    /** Options without remote SERVICE calls and without query files. */
    public Options(String host, int port, Duration queryTimeout, Credentials updater) {
      this(host, port, queryTimeout, updater, false, null);
    }

    /** Options without query files. */
    public Options(
        String host, int port, Duration queryTimeout, Credentials updater, boolean allowService) {
      this(host, port, queryTimeout, updater, allowService, null);
    }

    /** Options with the default request size limit and no LOAD in updates. */
    public Options(
        String host, int port, Duration queryTimeout, Credentials updater, boolean allowService, Path queries) {
      this(host, port, queryTimeout, updater, allowService, queries, DEFAULT_MAX_REQUEST_BYTES, false);
    }

    /** These options with another limit on a request's size. */
    public Options withMaxRequestBytes(long bytes) {
      return new Options(host, port, queryTimeout, updater, allowService, queries, bytes, allowUpdateLoad);
    }

    /** These options with LOAD in updates allowed or not. */
    public Options withUpdateLoad(boolean allow) {
      return new Options(host, port, queryTimeout, updater, allowService, queries, maxRequestBytes, allow);
    }

    public Options {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(queryTimeout, "queryTimeout");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("Port out of range 0-65535: " + port);
      }
      if (queryTimeout.isNegative() || queryTimeout.isZero()) {
        throw new IllegalArgumentException("The query timeout must be positive: " + queryTimeout);
      }
      if (maxRequestBytes < 1) {
        throw new IllegalArgumentException("The request size limit must be positive: " + maxRequestBytes);
      }
    }

    public static Options readOnly(int port) {
      return new Options("127.0.0.1", port, Duration.ofSeconds(10), null);
    }
  }

  private final FusekiServer server;
  private final String host;

  private NewsgraphServer(FusekiServer server, String host) {
    this.server = server;
    this.host = host;
  }

  /** Builds and starts the server over {@code dsg}. */
  public static NewsgraphServer start(DatasetGraph dsg, Options options) {
    Context queryContext = new Context();
    queryContext.set(ARQ.queryTimeout, Long.toString(options.queryTimeout().toMillis()));
    // SERVICE <url> makes the server send HTTP requests where a query says: refused unless allowed
    queryContext.set(Service.httpServiceAllowed, options.allowService());
    // updates run in the dataset's context: the same rule there
    dsg.getContext().set(Service.httpServiceAllowed, options.allowService());

    DataService.Builder service = DataService.newBuilder(dsg);
    for (String name : new String[] {"query", "sparql", null}) {
      service.addEndpoint(
          Endpoint.create()
              .operation(Operation.Query)
              .endpointName(name)
              .context(queryContext)
              .build());
    }
    // no graph store read for everyone: GET of the dataset gave the whole store, with no time
    // limit; a query (which has one) reads any graph, the updater reads whole graphs at /data

    boolean loopbackOnly = isLoopback(options.host());
    FusekiServer.Builder builder =
        FusekiServer.create()
            .port(options.port())
            .loopback(loopbackOnly)
            .enablePing(true)
            .enableStats(false)
            .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                new GuardedQuery(options.queryTimeout()))
            .registerOperation(Operation.Update, WebContent.contentTypeSPARQLUpdate,
                new GuardedUpdate(options.allowUpdateLoad(), options.allowService()))
            .addServlet("", new QueryPageServlet(options.queries(), dsg))
            .addServlet("/resource", new QueryPageServlet(options.queries(), dsg))
            .addServlet("/ui/*", new QueryPageServlet(options.queries(), dsg));
    if (options.updater() != null) {
      Credentials c = options.updater();
      AuthPolicy onlyUpdater = Auth.policyAllowSpecific(c.user());
      service.addEndpoint(Operation.Update, "update", onlyUpdater);
      service.addEndpoint(Operation.GSP_RW, "data", onlyUpdater);
      builder
          .auth(AuthScheme.BASIC)
          .securityHandler(
              JettySecurityLib.makeSecurityHandler(
                  REALM, JettySecurityLib.makeUserStore(c.user(), c.password()), AuthScheme.BASIC));
    }
    Set<String> updaterPaths = options.updater() == null ? Set.of() : Set.of(DATASET + "/update", DATASET + "/data");
    builder.addFilter("/*", new RequestBodies(updaterPaths));
    builder.add(DATASET, service.build());
    FusekiServer server = builder.build();
    Server jetty = server.getJettyServer();
    jetty.setHandler(new RequestGuard(options.maxRequestBytes(), RequestGuard.namesOf(options.host()),
        updaterPaths, jetty.getHandler()));
    if (!loopbackOnly && !options.host().equals("0.0.0.0")) {
      for (Connector connector : server.getJettyServer().getConnectors()) {
        if (connector instanceof ServerConnector sc) {
          sc.setHost(options.host());
        }
      }
    }
    server.start();
    return new NewsgraphServer(server, loopbackOnly ? "127.0.0.1" : options.host());
  }

  static boolean isLoopback(String host) {
    return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
  }

  public int port() {
    return server.getHttpPort();
  }

  /** {@code http://HOST:PORT} */
  public String baseUrl() {
    String h = host.equals("0.0.0.0") ? "127.0.0.1" : host;
    if (h.contains(":")) {
      h = "[" + h + "]";
    }
    return "http://" + h + ":" + port();
  }

  public String datasetUrl() {
    return baseUrl() + DATASET;
  }

  public String queryUrl() {
    return datasetUrl() + "/query";
  }

  /** Blocks until the server stops. */
  public void join() {
    server.join();
  }

  @Override
  public void close() {
    server.stop();
  }
}
