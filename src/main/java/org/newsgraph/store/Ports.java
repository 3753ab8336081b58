package org.newsgraph.store;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;

/** Whether the server can listen where it is asked to, said in one line before any work is done. */
public final class Ports {
  private Ports() {}

  /**
   * Null when {@code host:port} is free to listen on (port 0 always is, on an address of this
   * machine), else one line saying why not, with the option that changes it. Checked by binding the port for a moment, as the
   * server will.
   */
  public static String busy(String host, int port) {
    if (port < 0 || port > 65535) {
      return "--port " + port + ": not a port (0 to 65535)";
    }
    InetAddress address;
    try {
      address = host.equals("0.0.0.0") ? null
          : NewsgraphServer.isLoopback(host) ? InetAddress.getLoopbackAddress() : InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      return "--host " + host + ": no such address on this machine";
    }
    if (port == 0) {
      return null;
    }
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(address == null ? new InetSocketAddress(port) : new InetSocketAddress(address, port));
      return null;
    } catch (BindException e) {
      return inUse(host, port);
    } catch (IOException | SecurityException e) {
      return "cannot listen on " + host + ":" + port + " (" + e.getMessage() + "): choose another address with"
          + " --host or another port with --port";
    }
  }

  /** The line for a server that failed to start because its port is taken, or null for another failure. */
  public static String inUse(Throwable startFailure, String host, int port) {
    for (Throwable t = startFailure; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return inUse(host, port);
      }
    }
    return null;
  }

  private static String inUse(String host, int port) {
    return "port " + port + " on " + host + " is in use (another newsgraph serve or Fuseki?): choose another"
        + " with --port, e.g. --port " + (port + 1) + " (--port 0 takes any free port)";
  }
}
