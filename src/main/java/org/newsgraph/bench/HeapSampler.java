package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

/**
 * The largest heap in use seen by a thread that looks every 50 ms (garbage not yet collected
 * included: the collector lets it grow towards the maximum), and the largest heap in use just
 * after a collection (what the build holds, plus old garbage a young collection leaves).
 */
public final class HeapSampler {
  private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong peakAfterGc = new java.util.concurrent.atomic.AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;
  private final List<Runnable> unlisten = new ArrayList<>();

  public HeapSampler() {
    java.util.Set<String> heapPools = new java.util.HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof javax.management.NotificationEmitter emitter) {
        javax.management.NotificationListener listener = (n, handback) -> {
          if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
          }
          var info = com.sun.management.GarbageCollectionNotificationInfo.from(
              (javax.management.openmbean.CompositeData) n.getUserData());
          long used = 0;
          for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
              used += e.getValue().getUsed();
            }
          }
          peakAfterGc.accumulateAndGet(used, Math::max);
        };
        emitter.addNotificationListener(listener, null, null);
        unlisten.add(() -> {
          try {
            emitter.removeNotificationListener(listener);
          } catch (javax.management.ListenerNotFoundException e) {
            // already gone
          }
        });
      }
    }
    var memory = ManagementFactory.getMemoryMXBean();
    thread = new Thread(() -> {
      while (running) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  public void stop() {
    running = false;
    thread.interrupt();
    unlisten.forEach(Runnable::run);
  }

  public long peak() {
    return peak.get();
  }

  /** The most heap in use right after a collection; 0 when none ran. */
  public long peakAfterGc() {
    return peakAfterGc.get();
  }

  /** The sum of the peak use of each heap memory pool since the JVM started (an upper bound). */
  public static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
