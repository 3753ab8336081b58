package org.newsgraph.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.web.HttpSC;

/**
 * Sends article graphs to a running SPARQL server (Fuseki, standalone or {@code newsgraph serve
 * --allow-update}) with the Graph Store Protocol: one {@code PUT} per named graph, so loading an
 * article again replaces its graph and never duplicates it. Graphs go as N-Triples 1.2, which keeps
 * RDF 1.2 triple terms.
 */
public final class GraphPusher {

  /** Told about each graph the endpoint accepted. */
  @FunctionalInterface
  public interface Progress {
    void loaded(String graphIri, long triples);
  }

  /** What a complete load sent. */
  public record Result(List<String> graphs, long triples) {
    public Result {
      graphs = List.copyOf(graphs);
    }
  }

  /** How long a graph's PUT (or a count) may wait for the server's answer, by default. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private final String datasetUrl;
  private final String gspUrl;
  private final Credentials credentials;
  private final HttpClient http;
  private final Duration timeout;

  /**
   * @param endpoint the dataset URL ({@code http://host:3030/ds}); its graph store is at {@code
   *     /data} (Fuseki's name), unless the URL already ends with {@code /data}
   * @param credentials for basic authentication, or null
   */
  public GraphPusher(String endpoint, Credentials credentials) {
    this(endpoint, credentials, DEFAULT_TIMEOUT);
  }

  /**
   * As above; a server that does not answer a request within {@code timeout} (after a connection
   * made within 10 s) fails the load, naming the graph.
   */
  public GraphPusher(String endpoint, Credentials credentials, Duration timeout) {
    String url = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
    URI uri = URI.create(url);
    if (uri.getScheme() == null
        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
        || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "Not an http(s) URL of a dataset: " + endpoint + " (e.g. http://127.0.0.1:3030/ds)");
    }
    if (url.endsWith("/data")) {
      this.gspUrl = url;
      this.datasetUrl = url.substring(0, url.length() - "/data".length());
    } else {
      this.gspUrl = url + "/data";
      this.datasetUrl = url;
    }
    this.credentials = credentials;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  public String graphStoreUrl() {
    return gspUrl;
  }

  /**
   * PUTs every named graph of {@code data} (in IRI order). Default-graph triples are not sent.
   *
   * @throws LoadFailedException when a PUT fails: names what was and was not loaded
   */
  public Result push(Dataset data, Progress progress) {
    DatasetGraph dsg = data.asDatasetGraph();
    List<String> names = TdbStore.namedGraphs(dsg).stream().map(Node::getURI).toList();
    return push(names, iri -> dsg.getGraph(NodeFactory.createURI(iri)), progress);
  }

  /**
   * PUTs the graphs named {@code names}, in that order, each asked of {@code graphs} when its turn
   * comes (so that they need not all be in memory at once).
   *
   * @throws LoadFailedException when a PUT fails: names what was and was not loaded
   */
  public Result push(List<String> names, Function<String, Graph> graphs, Progress progress) {
    Sending sending = sending(progress);
    for (int i = 0; i < names.size(); i++) {
      try {
        sending.accept(names.get(i), graphs.apply(names.get(i)));
      } catch (LoadFailedException e) {
        throw new LoadFailedException(e.getMessage(), e.failedGraph(), e.loaded(),
            names.subList(i, names.size()), e.getCause());
      }
    }
    return sending.result();
  }

  /** PUTs graphs one at a time as they come, e.g. as a build makes them: see {@link Sending}. */
  public Sending sending(Progress progress) {
    return new Sending(progress);
  }

  /** Graphs PUT one at a time, as they come; what was sent, at the end or at a failure. */
  public final class Sending implements ArticleSource.GraphSink {
    private final Progress progress;
    private final List<String> loaded = new ArrayList<>();
    private long triples;

    private Sending(Progress progress) {
      this.progress = progress;
    }

    /**
     * PUTs the graph named {@code graphIri}.
     *
     * @throws LoadFailedException when the PUT fails: names the graphs sent before it, and it as
     *     not loaded
     */
    @Override
    public void accept(String graphIri, Graph graph) {
      try {
        put(graphIri, graph);
      } catch (RuntimeException | IOException e) {
        throw new LoadFailedException(explain(e), graphIri, loaded, List.of(graphIri), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LoadFailedException("interrupted", graphIri, loaded, List.of(graphIri), e);
      }
      long n = graph.size();
      loaded.add(graphIri);
      triples += n;
      progress.loaded(graphIri, n);
    }

    /** What was sent so far. */
    public Result result() {
      return new Result(loaded, triples);
    }
  }

  /** The graph store URL of one graph. */
  private URI graphUri(String graphIri) {
    return URI.create(gspUrl + (gspUrl.contains("?") ? "&" : "?") + "graph="
        + URLEncoder.encode(graphIri, StandardCharsets.UTF_8));
  }

  /** PUTs one graph as N-Triples 1.2 (triple terms kept), waiting at most the timeout for the answer. */
  private void put(String graphIri, Graph graph) throws IOException, InterruptedException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    RDFDataMgr.write(body, graph, RDFFormat.NTRIPLES);
    HttpRequest.Builder b = HttpRequest.newBuilder(graphUri(graphIri)).timeout(timeout)
        .header("Content-Type", WebContent.contentTypeNTriples)
        .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (credentials != null) {
      b.header("Authorization", credentials.basicAuthHeader());
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new HttpException(r.statusCode(), HttpSC.getMessage(r.statusCode()), r.body());
    }
  }

  /** Reads one graph back from the endpoint. */
  public Graph get(String graphIri) {
    return gsp().graphName(graphIri).GET();
  }

  /** How many quads the endpoint's named graphs hold, and how many graphs: {quads, graphs}. */
  public long[] remoteCounts() {
    String q =
        "SELECT (COUNT(*) AS ?quads) (COUNT(DISTINCT ?g) AS ?graphs) { GRAPH ?g { ?s ?p ?o } }";
    QueryExecHTTPBuilder b = QueryExecHTTP.service(datasetUrl).query(q).httpClient(http).timeout(timeout.toMillis());
    if (credentials != null) {
      b.httpHeader("Authorization", credentials.basicAuthHeader());
    }
    try (QueryExec exec = b.build()) {
      RowSet rows = exec.select();
      var row = rows.next();
      return new long[] {
        ((Number) row.get("quads").getLiteralValue()).longValue(),
        ((Number) row.get("graphs").getLiteralValue()).longValue()
      };
    }
  }

  private GSP gsp() {
    GSP gsp = GSP.service(gspUrl).httpClient(http);
    if (credentials != null) {
      gsp.httpHeader("Authorization", credentials.basicAuthHeader());
    }
    return gsp;
  }

  private String explain(Exception e) {
    Throwable io = null;
    for (Throwable t = e; t != null && io == null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
        return "cannot reach the server at " + gspUrl + " (" + t + "): is it running?";
      }
      if (t instanceof HttpTimeoutException) {
        return "the server at " + gspUrl + " did not answer within " + timeout.toSeconds()
            + " s (load --timeout gives it longer)";
      }
      if (t instanceof java.io.IOException) {
        io = t;
      }
    }
    if (io != null) {
      return "the connection to " + gspUrl + " failed (" + io + "): the server went away?";
    }
    if (e instanceof HttpException he) {
      int code = he.getStatusCode();
      return switch (code) {
        case 401 ->
            "the server at "
                + gspUrl
                + " asks for a user name and password (HTTP 401)"
                + (credentials == null ? ": give --user and --password-file" : ": it refused them");
        case 403 -> "the server at " + gspUrl + " forbids writes for this user (HTTP 403)";
        case 404, 405 ->
            "the server at "
                + gspUrl
                + " does not accept graph writes (HTTP "
                + code
                + "): start Fuseki with --update, or newsgraph serve with --allow-update";
        default -> "the server at " + gspUrl + " answered HTTP " + code + ": " + he.getMessage();
      };
    }
    return "loading into " + gspUrl + " failed: " + e;
  }
}
