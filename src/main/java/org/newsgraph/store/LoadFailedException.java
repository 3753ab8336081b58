package org.newsgraph.store;

import java.util.List;

/**
 * A load into a remote endpoint stopped part-way: says which graph failed, why, and which graphs
 * were and were not loaded.
 */
public final class LoadFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String failedGraph;
  private final List<String> loaded;
  private final List<String> notLoaded;

  LoadFailedException(
      String reason,
      String failedGraph,
      List<String> loaded,
      List<String> notLoaded,
      Throwable cause) {
    super(reason, cause);
    this.failedGraph = failedGraph;
    this.loaded = List.copyOf(loaded);
    this.notLoaded = List.copyOf(notLoaded);
  }

  public String failedGraph() {
    return failedGraph;
  }

  /** Graphs the endpoint accepted before the failure. */
  public List<String> loaded() {
    return loaded;
  }

  /** Graphs not loaded: the failed one and every one after it. */
  public List<String> notLoaded() {
    return notLoaded;
  }
}
