package org.newsgraph.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What every request passes before the server looks at it (in front of authentication and
 * Fuseki), each refusal at once, with a one-line reason and no work done: TRACE and TRACK (405); a
 * {@code Host} header that names another server than the one bound (400: a page on another site
 * cannot reach a server on this machine through a name it controls); a target (path and query
 * string) longer than the limit (414); a body declared or found longer than the limit (413); a
 * basic {@code Authorization} header that is not base64 of {@code user:password} (400). The
 * paths that only the updater may use (behind basic authentication, which refuses anyone else
 * before the body is read) have no size limit here: an article graph loaded there may be larger.
 */
final class RequestGuard extends Handler.Wrapper {
  private final long maxBytes;
  private final Set<String> hosts;
  private final Set<String> unlimited;
  private final Handler next;

  /**
   * @param maxBytes the largest request body and request target, in bytes
   * @param hosts the host names a request may give (lower case, IPv6 without brackets); null for
   *     any
   * @param unlimited paths whose bodies are not limited (the updater's)
   */
  RequestGuard(long maxBytes, Set<String> hosts, Set<String> unlimited, Handler next) {
    super(new SizeLimitHandler(maxBytes, -1));
    this.maxBytes = maxBytes;
    this.hosts = hosts;
    this.unlimited = Set.copyOf(unlimited);
    this.next = next;
    ((SizeLimitHandler) getHandler()).setHandler(next);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String method = request.getMethod();
    if (method.equals("TRACE") || method.equals("TRACK")) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, POST, PUT, DELETE, HEAD, OPTIONS, PATCH");
      Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405,
          method + " is not served here");
      return true;
    }
    String host = request.getHeaders().get(HttpHeader.HOST);
    if (hosts != null && host != null && !hosts.contains(hostName(host))) {
      Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400,
          "Host " + host + " is not this server (it answers to " + String.join(", ", hosts.stream().sorted().toList())
              + ")");
      return true;
    }
    String target = request.getHttpURI().getPathQuery();
    if (target != null && target.length() > maxBytes) {
      Response.writeError(request, response, callback, HttpStatus.URI_TOO_LONG_414,
          "The request target is " + target.length() + " bytes, over the limit of " + maxBytes);
      return true;
    }
    String why = badAuthorization(request.getHeaders().getField(HttpHeader.AUTHORIZATION));
    if (why != null) {
      Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400, why);
      return true;
    }
    if (unlimited.contains(request.getHttpURI().getPath())) {
      return next.handle(request, response, callback);
    }
    long declared = request.getLength();
    if (declared > maxBytes) {
      Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413,
          "The request body is " + declared + " bytes, over the limit of " + maxBytes);
      return true;
    }
    return super.handle(request, response, callback);
  }

  /** The host of a {@code Host} header, without its port, lower case, IPv6 without brackets. */
  static String hostName(String header) {
    String h = header.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int close = h.indexOf(']');
      return close < 0 ? h : h.substring(1, close);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }

  /** Why a basic Authorization header cannot be read, or null (none, another scheme, or fine). */
  static String badAuthorization(HttpField field) {
    if (field == null) {
      return null;
    }
    String v = field.getValue().trim();
    if (v.length() < 6 || !v.substring(0, 6).equalsIgnoreCase("basic ")) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(v.substring(6).trim()), StandardCharsets.UTF_8);
      return decoded.indexOf(':') < 0 ? "Authorization: basic credentials must be base64 of user:password" : null;
    } catch (IllegalArgumentException e) {
      return "Authorization: basic credentials are not valid base64";
    }
  }

  /** The host names a server bound to {@code host} answers to; null for any (a wildcard address). */
  static Set<String> namesOf(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("0.0.0.0") || h.equals("::") || h.equals("[::]")) {
      return null;
    }
    if (NewsgraphServer.isLoopback(h)) {
      return Set.of("127.0.0.1", "localhost", "::1");
    }
    return Set.of(h.startsWith("[") ? h.substring(1, h.length() - 1) : h);
  }
}
