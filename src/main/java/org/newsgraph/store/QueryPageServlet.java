package org.newsgraph.store;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.util.Map;

/**
 * Serves the small query page (HTML, JavaScript, CSS from the classpath, nothing from the
 * internet): a text area for SPARQL, a button, and the results as a table.
 */
final class QueryPageServlet extends HttpServlet {
  @Serial private static final long serialVersionUID = 1L;
  private static final String BASE = "/org/newsgraph/store/ui/";
  private static final Map<String, String> FILES =
      Map.of(
          "index.html", "text/html; charset=utf-8",
          "query.js", "text/javascript; charset=utf-8",
          "query.css", "text/css; charset=utf-8");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo() == null ? req.getServletPath() : req.getPathInfo();
    String name = path == null ? "" : path.replaceFirst("^.*/", "");
    if (name.isEmpty()) {
      name = "index.html";
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
}
