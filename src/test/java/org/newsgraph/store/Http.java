package org.newsgraph.store;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;

/** Plain HTTP calls, as curl would make them, for the server tests. */
public final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Http() {}

  public record Response(int status, String body) {}

  public static Response post(String url, String form, String accept, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Response(r.statusCode(), r.body());
  }

  public static Response put(String url, String contentType, String body, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", contentType)
            .PUT(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Response(r.statusCode(), r.body());
  }

  public static Response get(String url) throws IOException, InterruptedException {
    HttpResponse<String> r =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.ofString());
    return new Response(r.statusCode(), r.body());
  }

  public static Response query(String url, String sparql) throws IOException, InterruptedException {
    return post(url, form("query", sparql), "application/sparql-results+json", null);
  }

  public static Response update(String url, String sparql, String authorization)
      throws IOException, InterruptedException {
    return post(url, form("update", sparql), "*/*", authorization);
  }

  public static String form(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Runs a SELECT over HTTP and returns the rows as "a | b" strings (values, not terms). */
  public static List<String> select(String url, String sparql)
      throws IOException, InterruptedException {
    Response r = query(url, sparql);
    if (r.status() != 200) {
      throw new AssertionError("HTTP " + r.status() + " for " + sparql + ": " + r.body());
    }
    ResultSet rs =
        ResultSetFactory.fromJSON(
            new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    List<String> rows = new ArrayList<>();
    List<String> vars = rs.getResultVars();
    while (rs.hasNext()) {
      var b = rs.next();
      List<String> cells = new ArrayList<>();
      for (String v : vars) {
        var n = b.get(v);
        cells.add(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
      }
      rows.add(String.join(" | ", cells));
    }
    return rows;
  }

  public static long count(String url, String sparql) throws IOException, InterruptedException {
    List<String> rows = select(url, sparql);
    return Long.parseLong(rows.get(0));
  }
}
