package org.newsgraph.cli;

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

  private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
  private final LongAdder tokens = new LongAdder();

  public StageTimes() {
    for (Stage s : Stage.values()) {
      nanos.put(s, new LongAdder());
    }
  }

  public void add(Stage stage, long elapsedNanos) {
    nanos.get(stage).add(elapsedNanos);
  }

  /** Adds the time since {@code startNanos} (from {@link System#nanoTime()}) and returns now. */
  public long since(Stage stage, long startNanos) {
    long now = System.nanoTime();
    add(stage, now - startNanos);
    return now;
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
}
