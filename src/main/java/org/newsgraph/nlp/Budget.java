package org.newsgraph.nlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The time one article's work may take on one thread: the build runs each stage of an article's
 * work (language analysis, facts, graph check) {@link #within} a budget of CPU time, and the loops
 * of that work call {@link #check()}, which ends the work with {@link Exceeded} once the budget is
 * spent, so that one pathological article is reported ("too long to analyse") while the others go
 * on. CPU time, not wall time, so that a busy machine does not cut an article that a quiet one
 * would finish. Outside {@link #within}, {@link #check()} does nothing.
 */
public final class Budget {
  /** The default budget of one stage of one article's work. */
  public static final Duration DEFAULT = Duration.ofSeconds(60);

  /** Wall time between two readings of the thread's CPU time (a reading is a system call). */
  private static final long READ_EVERY_NANOS = 10_000_000;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

  private final long limitNanos;
  private final long startCpu;
  private final long startWall;
  private long lastRead;

  private Budget(Duration limit) {
    this.limitNanos = limit.toNanos();
    this.startCpu = cpu();
    this.startWall = System.nanoTime();
    this.lastRead = startWall;
  }

  /** The budget was spent: the article's work stops. */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exceeded(Duration limit) {
      super("too long to analyse (over the budget of " + (limit.toMillis() >= 1000 ? limit.toSeconds() + " s"
          : limit.toMillis() + " ms") + " of processor time for one"
          + " stage of one article; left out)");
    }
  }

  /** Runs {@code work} on this thread with {@code limit} to spend. */
  public static <T> T within(Duration limit, Supplier<T> work) {
    Budget outer = CURRENT.get();
    CURRENT.set(new Budget(limit));
    try {
      return work.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /** Throws {@link Exceeded} when the work running {@link #within} a budget has spent it. */
  public static void check() {
    Budget b = CURRENT.get();
    if (b == null) {
      return;
    }
    long now = System.nanoTime();
    if (now - b.lastRead >= READ_EVERY_NANOS || b.limitNanos < READ_EVERY_NANOS) {
      b.lastRead = now;
      if (b.spent() > b.limitNanos) {
        throw new Exceeded(Duration.ofNanos(b.limitNanos));
      }
    }
  }

  private long spent() {
    long c = cpu();
    return c < 0 ? System.nanoTime() - startWall : c - startCpu;
  }

  /** The thread's CPU time, or -1 where the JVM cannot tell (then wall time counts). */
  private static long cpu() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
  }
}
