package org.newsgraph.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each stage of a build, summed over the threads that ran it (so with several
 * threads a stage can take longer than the whole build took), and what went through: articles,
 * tokens. Thread-safe.
 */
public final class StageTimes {
  /** The stages, in pipeline order. */
  public enum Stage {
    READ("read+clean"),
    OPENNLP("OpenNLP"),
    NAMES("names"),
    FACTS("facts"),
    RDF("RDF"),
    SHACL("SHACL"),
    LOAD("TDB2 load");

    private final String label;

    Stage(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

  private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
  private final Map<Stage, LongAdder> cpu = new EnumMap<>(Stage.class);
  /** This thread's CPU time when it last started or ended a stage. */
  private final ThreadLocal<long[]> cpuMark = ThreadLocal.withInitial(() -> new long[1]);
  private final LongAdder tokens = new LongAdder();

  public StageTimes() {
    for (Stage s : Stage.values()) {
      nanos.put(s, new LongAdder());
      cpu.put(s, new LongAdder());
    }
  }

  public void add(Stage stage, long elapsedNanos) {
    nanos.get(stage).add(elapsedNanos);
  }

  /** Starts timing a stage on this thread: returns the wall-clock start for {@link #since}. */
  public long start() {
    cpuMark.get()[0] = threadCpu();
    return System.nanoTime();
  }

  /**
   * Adds the time since {@code startNanos} (from {@link #start()} or a previous {@code since} on
   * this thread), and this thread's CPU time since then, to the stage; returns the start of the
   * next stage.
   */
  public long since(Stage stage, long startNanos) {
    long c = threadCpu();
    long[] mark = cpuMark.get();
    if (mark[0] > 0 && c > 0) {
      cpu.get(stage).add(c - mark[0]);
    }
    mark[0] = c;
    long now = System.nanoTime();
    add(stage, now - startNanos);
    return now;
  }

  private static long threadCpu() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
  }

  /** CPU time of the stage, summed over threads (0 when the JVM cannot measure it). */
  public long cpuNanos(Stage stage) {
    return cpu.get(stage).sum();
  }

  public void addTokens(long n) {
    tokens.add(n);
  }

  public long nanos(Stage stage) {
    return nanos.get(stage).sum();
  }

  public long tokens() {
    return tokens.sum();
  }

  /**
   * The figures as numbers, to be added up across the JVMs that ran the stages: wall-clock then CPU
   * nanoseconds of each stage (in {@link Stage} order), then the tokens.
   */
  public long[] toArray() {
    Stage[] stages = Stage.values();
    long[] a = new long[2 * stages.length + 1];
    for (Stage st : stages) {
      a[st.ordinal()] = nanos(st);
      a[stages.length + st.ordinal()] = cpuNanos(st);
    }
    a[a.length - 1] = tokens();
    return a;
  }

  /** Adds figures given by {@link #toArray()}. */
  public void add(long[] figures) {
    Stage[] stages = Stage.values();
    for (Stage st : stages) {
      nanos.get(st).add(figures[st.ordinal()]);
      cpu.get(st).add(figures[stages.length + st.ordinal()]);
    }
    tokens.add(figures[figures.length - 1]);
  }
}
