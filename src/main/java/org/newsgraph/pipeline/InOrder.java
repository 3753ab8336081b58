package org.newsgraph.pipeline;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * How the local runner runs a stage on its threads: tasks on a pool, at most a window of them in
 * flight, the results taken in item order on the calling thread whatever task finished first.
 */
final class InOrder {
  private InOrder() {}

  /** What a task computes for item {@code i} from its input. */
  interface Task<I, T> {
    T run(int i, I input);
  }

  /** Where the results go, one at a time, in item order. */
  interface Taker<T> {
    void take(int i, T result);
  }

  /**
   * Runs {@code task} for items 0..n-1 on the pool, at most {@code window} at a time, and hands
   * the results to {@code taker} in item order on this thread. Each task's input is taken by
   * {@code input} on this thread, in item order, when the task is submitted.
   */
  static <I, T> void run(ExecutorService pool, int n, int window, IntFunction<I> input, Task<I, T> task,
      Taker<T> taker) {
    run(pool, new Iterator<I>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < n;
      }

      @Override
      public I next() {
        return input.apply(next++);
      }
    }, window, task, taker);
  }

  /**
   * As above, for the items an iterator gives (taken on this thread, in order, as the tasks are
   * submitted, at most {@code window} ahead of the results taken); returns how many there were.
   */
  static <I, T> int run(ExecutorService pool, Iterator<I> items, int window, Task<I, T> task, Taker<T> taker) {
    ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();
    int next = 0;
    for (int i = 0; ; i++) {
      while (inFlight.size() < window && items.hasNext()) {
        int k = next++;
        I in = items.next();
        inFlight.add(pool.submit(() -> task.run(k, in)));
      }
      if (inFlight.isEmpty()) {
        return next;
      }
      taker.take(i, await(inFlight.poll()));
    }
  }

  /** The result of a task; a failure other than the article's own is the build's failure. */
  private static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("build interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
  }
}
