package org.newsgraph.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A request written byte for byte on a socket, for what an HTTP client library will not send (a
 * foreign {@code Host} header, TRACE): the status code and the whole answer as text.
 */
final class RawHttp {
  private RawHttp() {}

  record Answer(int status, String text) {}

  /** Sends {@code head} (request line and headers, CRLF-separated, without the blank line). */
  static Answer send(String baseUrl, String head) throws IOException {
    URI u = URI.create(baseUrl);
    try (Socket s = new Socket(u.getHost(), u.getPort())) {
      s.setSoTimeout(60_000);
      OutputStream out = s.getOutputStream();
      out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.ISO_8859_1);
      String[] statusLine = text.split("\r\n", 2)[0].split(" ");
      return new Answer(Integer.parseInt(statusLine[1]), text);
    }
  }
}
