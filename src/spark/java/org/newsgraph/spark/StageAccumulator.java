package org.newsgraph.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.AccumulatorV2;
import org.newsgraph.pipeline.StageTimes;

/** The stage times of every partition, added up on the driver ({@link StageTimes#toArray()}). */
final class StageAccumulator extends AccumulatorV2<long[], long[]> {
  private static final long serialVersionUID = 1L;
  private long[] sum = new long[new StageTimes().toArray().length];

  static StageAccumulator register(JavaSparkContext sc) {
    StageAccumulator a = new StageAccumulator();
    sc.sc().register(a, "newsgraph stage times");
    return a;
  }

  @Override
  public boolean isZero() {
    for (long v : sum) {
      if (v != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public AccumulatorV2<long[], long[]> copy() {
    StageAccumulator c = new StageAccumulator();
    c.sum = sum.clone();
    return c;
  }

  @Override
  public void reset() {
    sum = new long[sum.length];
  }

  @Override
  public synchronized void add(long[] v) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += v[i];
    }
  }

  @Override
  public void merge(AccumulatorV2<long[], long[]> other) {
    add(other.value());
  }

  @Override
  public long[] value() {
    return sum.clone();
  }
}
