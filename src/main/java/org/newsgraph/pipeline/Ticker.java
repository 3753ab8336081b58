package org.newsgraph.pipeline;

import java.util.function.Consumer;

/**
 * A progress line at most every two seconds, and one for the last item (when the number of items
 * is not known beforehand, -1: "?" until {@link #end}).
 */
public final class Ticker {
  private final Consumer<String> progress;
  private final String format;
  private final long n;
  private final long t0;
  private long last;
  private long printed = -1;

  /** {@code format} takes the items done and the number of items; {@code t0}: when the build started (nanoTime). */
  public Ticker(Consumer<String> progress, String format, long n, long t0) {
    this.progress = progress;
    this.format = format;
    this.n = n;
    this.t0 = t0;
    this.last = System.nanoTime();
  }

  /** Item {@code i} (0-based) is done. */
  public void done(long i) {
    long now = System.nanoTime();
    if (now - last > 2_000_000_000L || i + 1 == n) {
      progress.accept(String.format(format + " (%.1f s)", i + 1, n < 0 ? "?" : Long.toString(n), (now - t0) / 1e9));
      last = now;
      printed = i;
    }
  }

  /** All {@code count} items are done: the last line, unless it was given. */
  public void end(long count) {
    if (count > 0 && printed != count - 1) {
      progress.accept(String.format(format + " (%.1f s)", count, Long.toString(count), (System.nanoTime() - t0) / 1e9));
    }
  }
}
