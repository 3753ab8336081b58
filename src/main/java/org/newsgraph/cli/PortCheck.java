package org.newsgraph.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;

/** Whether {@code serve} can listen where it is told to, asked before the store is built. */
final class PortCheck {
  private PortCheck() {}

  /** Null when {@code host:port} can be bound now (port 0: any free port), else why not, in one line. */
  static String problem(String host, int port) {
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      return "--host " + host + ": no such address on this machine";
    }
    if (port < 0 || port > 65535) {
      return "--port " + port + ": not a port (0 to 65535)";
    }
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(address, port));
      return null;
    } catch (IOException e) {
      return "Cannot listen on " + host + ":" + port + " (" + e.getMessage() + "): another server may be using"
          + " the port; stop it or give --port";
    }
  }
}
