package org.newsgraph.link;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** How a call to the API is written: its query string, its key in the cache, a failure in words. */
final class WikidataRequests {
  private WikidataRequests() {}

  /** The request key: the parameters in order, without maxlag (which does not change the answer). */
  static String key(Map<String, String> params) {
    StringBuilder sb = new StringBuilder();
    params.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
    return sb.toString();
  }

  static String describe(Exception e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  static String query(Map<String, String> params) {
    StringBuilder sb = new StringBuilder();
    params.forEach(
        (k, v) -> {
          if (sb.length() > 0) {
            sb.append('&');
          }
          sb.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
    return sb.toString();
  }
}
