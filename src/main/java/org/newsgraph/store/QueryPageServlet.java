package org.newsgraph.store;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.rdf.Vocab;

/**
 * Serves the small query page (HTML, JavaScript, CSS from the classpath, nothing from the
 * internet): a text area for SPARQL, a button, and the results as a table, IRIs as links to the
 * page about that resource ({@code /resource?iri=…}: its facts and the sentences that state them,
 * read with SPARQL from the endpoint); with a directory of query files, also {@code
 * ui/queries.json} (each file's name and text) for the page's list of queries and their parameter
 * fields, and {@code ui/terms?value=…}, which turns a field's value (an IRI, or a name) into SPARQL
 * terms.
 */
final class QueryPageServlet extends HttpServlet {
  @Serial private static final long serialVersionUID = 1L;
  static final String QUERY_LIST = "queries.json";
  /** {@code ui/terms?value=…}: a parameter field's value as SPARQL terms, names looked up. */
  static final String TERMS = "terms";
  /** {@code ui/prefixes.json}: the prefixes the pages write IRIs with, as the Turtle files do. */
  static final String PREFIXES = "prefixes.json";
  private final transient Path queries;
  private final transient DatasetGraph dsg;

  QueryPageServlet(Path queries, DatasetGraph dsg) {
    this.queries = queries;
    this.dsg = dsg;
  }
  private static final String BASE = "/org/newsgraph/store/ui/";
  private static final Map<String, String> FILES =
      Map.of(
          "index.html", "text/html; charset=utf-8",
          "resource.html", "text/html; charset=utf-8",
          "query.js", "text/javascript; charset=utf-8",
          "resource.js", "text/javascript; charset=utf-8",
          "terms.js", "text/javascript; charset=utf-8",
          "query.css", "text/css; charset=utf-8",
          "favicon.svg", "image/svg+xml");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo() == null ? req.getServletPath() : req.getPathInfo();
    String name = path == null ? "" : path.replaceFirst("^.*/", "");
    if (name.isEmpty()) {
      name = "index.html";
    }
    if (name.equals("resource")) {
      name = "resource.html";
    }
    if (name.equals(TERMS)) {
      terms(req.getParameter("value"), resp);
      return;
    }
    if (name.equals(PREFIXES)) {
      resp.setContentType("application/json; charset=utf-8");
      StringBuilder b = new StringBuilder("{");
      Vocab.prefixes().forEach((prefix, ns) -> b.append(b.length() > 1 ? "," : "").append(json(prefix)).append(':')
          .append(json(ns)));
      resp.getOutputStream().write(b.append('}').toString().getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (name.equals(QUERY_LIST)) {
      resp.setContentType("application/json; charset=utf-8");
      resp.setHeader("Cache-Control", "no-cache");
      resp.getOutputStream().write(queryList().getBytes(StandardCharsets.UTF_8));
      return;
    }
    String type = FILES.get(name);
    if (type == null) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such page: " + path);
      return;
    }
    try (InputStream in = QueryPageServlet.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Missing resource " + name);
        return;
      }
      resp.setContentType(type);
      resp.setHeader("Cache-Control", "no-cache");
      in.transferTo(resp.getOutputStream());
    }
  }

  /**
   * {@code {"terms": ["<iri>"]}} for a parameter field's value ({@link QueryParameters#terms}), or
   * {@code {"error": "…", "candidates": [{iri, label, types}]}} (HTTP 400) when a name names no
   * resource, or several.
   */
  private void terms(String value, HttpServletResponse resp) throws IOException {
    resp.setContentType("application/json; charset=utf-8");
    resp.setHeader("Cache-Control", "no-cache");
    String body;
    try {
      List<String> terms = QueryParameters.terms(value == null ? "" : value, new NameLookup(dsg)::resolve);
      body = "{\"terms\":[" + String.join(",", terms.stream().map(QueryPageServlet::json).toList()) + "]}";
    } catch (IllegalArgumentException e) {
      resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      List<NameLookup.Candidate> candidates = e instanceof NameLookup.NotFound nf ? nf.candidates() : List.of();
      body = "{\"error\":" + json(e.getMessage()) + ",\"candidates\":" + NameLookup.json(candidates) + "}";
    }
    resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }

  /** The query files as a JSON array of {name, text}, by name; empty without a directory. */
  private String queryList() throws IOException {
    StringBuilder sb = new StringBuilder("[");
    if (queries != null && Files.isDirectory(queries)) {
      List<Path> files;
      try (Stream<Path> s = Files.list(queries)) {
        files = s.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList();
      }
      for (Path f : files) {
        if (sb.length() > 1) {
          sb.append(',');
        }
        sb.append("{\"name\":")
            .append(json(f.getFileName().toString()))
            .append(",\"text\":")
            .append(json(Files.readString(f, StandardCharsets.UTF_8)))
            .append('}');
      }
    }
    return sb.append(']').toString();
  }

  static String json(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
