package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.executor.ExecutorMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageExecutorMetrics;
import org.apache.spark.scheduler.StageInfo;

/**
 * What the bench reads from Spark while a build runs: for each stage (named by Spark after the
 * call that made it, e.g. {@code groupByKey at Linking.java:40}), its tasks' run and CPU time,
 * bytes shuffled (written, read) and bytes sent to the driver; and the peak heap of each executor.
 */
final class BenchListener extends SparkListener {
  private final List<Map<String, Object>> stages = new ArrayList<>();
  private final Map<String, Long> peakHeap = new ConcurrentHashMap<>();

  @Override
  public synchronized void onStageCompleted(SparkListenerStageCompleted done) {
    StageInfo info = done.stageInfo();
    TaskMetrics m = info.taskMetrics();
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("stage", info.stageId());
    s.put("name", info.name());
    s.put("tasks", info.numTasks());
    if (m != null) {
      s.put("runSeconds", m.executorRunTime() / 1e3);
      s.put("cpuSeconds", m.executorCpuTime() / 1e9);
      s.put("shuffleWriteBytes", m.shuffleWriteMetrics().bytesWritten());
      s.put("shuffleReadBytes", m.shuffleReadMetrics().totalBytesRead());
      s.put("resultBytes", m.resultSize());
      s.put("peakExecutionMemoryBytes", m.peakExecutionMemory());
    }
    stages.add(s);
  }

  @Override
  public void onStageExecutorMetrics(SparkListenerStageExecutorMetrics e) {
    peakHeap.merge(e.execId(), e.executorMetrics().getMetricValue("JVMHeapMemory"), Math::max);
  }

  /** The executors' heartbeats: their heap's peak since the last one (polled, see SparkEngine#bench). */
  @Override
  public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate e) {
    for (ExecutorMetrics m : scala.jdk.javaapi.CollectionConverters.asJava(e.executorUpdates()).values()) {
      peakHeap.merge(e.execId(), m.getMetricValue("JVMHeapMemory"), Math::max);
    }
  }

  /** The figures, for the bench's JSON. */
  synchronized Map<String, Object> figures() {
    Map<String, Object> out = new LinkedHashMap<>();
    double cpu = 0;
    long shuffled = 0;
    long toDriver = 0;
    for (Map<String, Object> s : stages) {
      cpu += (double) s.getOrDefault("cpuSeconds", 0.0);
      shuffled += (long) s.getOrDefault("shuffleWriteBytes", 0L);
      toDriver += (long) s.getOrDefault("resultBytes", 0L);
    }
    out.put("sparkTaskCpuSeconds", Math.round(cpu * 1000) / 1000.0);
    out.put("sparkShuffleWriteBytes", shuffled);
    out.put("sparkResultBytes", toDriver);
    Map<String, Object> heap = new LinkedHashMap<>();
    peakHeap.forEach((k, v) -> heap.put(k, Math.round(v / 1048576.0 * 1000) / 1000.0));
    out.put("sparkExecutorPeakHeapMiB", heap);
    out.put("sparkStages", new ArrayList<>(stages));
    return out;
  }
}
