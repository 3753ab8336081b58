package org.newsgraph.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded Fuseki serving one dataset at {@value #DATASET}: SPARQL query at {@code
 * /newsgraph/query} (also {@code /sparql} and the dataset URL itself), graph store read at {@code
 * /newsgraph/get}, the query page at {@code /} (and a page about each resource at {@code
 * /resource?iri=…}). Updates ({@code /newsgraph/update}, graph store
 * write at {@code /newsgraph/data}) exist only when {@link Options#updater} is set, and then only
 * for that user, with HTTP basic authentication. Every query has a time limit. A query may not make
 * the server call another SPARQL service ({@code SERVICE <url>}) unless {@link
 * Options#allowService} says so: by default such a query is refused and nothing leaves the machine.
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
   */
  public record Options(
      String host,
      int port,
      Duration queryTimeout,
      Credentials updater,
      boolean allowService,
      Path queries) {

    /** Options without remote SERVICE calls and without query files. */
    public Options(String host, int port, Duration queryTimeout, Credentials updater) {
      this(host, port, queryTimeout, updater, false, null);
    }

    /** Options without query files. */
    public Options(
        String host, int port, Duration queryTimeout, Credentials updater, boolean allowService) {
      this(host, port, queryTimeout, updater, allowService, null);
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

    DataService.Builder service = DataService.newBuilder(dsg);
    for (String name : new String[] {"query", "sparql", null}) {
      service.addEndpoint(
          Endpoint.create()
              .operation(Operation.Query)
              .endpointName(name)
              .context(queryContext)
              .build());
    }
    service.addEndpoint(Operation.GSP_R, "get");
    service.addEndpoint(Operation.GSP_R);

    boolean loopbackOnly = isLoopback(options.host());
    FusekiServer.Builder builder =
        FusekiServer.create()
            .port(options.port())
            .loopback(loopbackOnly)
            .enablePing(true)
            .enableStats(false)
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
    builder.add(DATASET, service.build());
    FusekiServer server = builder.build();
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
