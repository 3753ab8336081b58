package org.newsgraph.store;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpException;

/**
 * Reads what Fuseki would otherwise read in the middle of its work, so that a bad body is answered
 * 400 or 413 with a one-line reason instead of 500: an HTML form is parsed first (bad percent
 * encoding: 400), and a body sent in chunks, without a length, is read whole first (over the
 * limit {@link RequestGuard} counts: 413). Bodies with a length are limited before they get here.
 */
final class RequestBodies implements Filter {
  private final java.util.Set<String> unlimited;

  /** {@code unlimited}: paths whose bodies are left to Fuseki (the updater's). */
  RequestBodies(java.util.Set<String> unlimited) {
    this.unlimited = java.util.Set.copyOf(unlimited);
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) resp;
    String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    try {
      if (type.startsWith("application/x-www-form-urlencoded")) {
        request.getParameterMap();
      } else if (request.getContentLengthLong() < 0 && !type.isEmpty()
          && !unlimited.contains(request.getRequestURI())) {
        request = new Buffered(request, request.getInputStream().readAllBytes());
      }
    } catch (RuntimeException | IOException e) {
      int status = tooLarge(e) ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST;
      String why = status == HttpServletResponse.SC_BAD_REQUEST ? "cannot read the request body: " + firstLine(e)
          : "the request body is over the size limit";
      response.setStatus(status);
      response.setContentType("text/plain;charset=utf-8");
      response.getOutputStream().write((why + "\n").getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether the size limit stopped the reading. */
  private static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof HttpException h && h.getCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
        return true;
      }
    }
    return false;
  }

  private static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse("");
  }

  /** The request with its body already read. */
  private static final class Buffered extends HttpServletRequestWrapper {
    private final byte[] body;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body was read already");
        }
      };
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }
  }
}
