package org.justicekit.cli.serve;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor behind the HTTP server: a fixed number of workers with a bounded queue, and one
 * overflow thread that only refuses.
 *
 * <p>The JDK's server hands each exchange (read the request, answer it) to {@link #execute}.
 * Admission is counted here, not left to the executor's queue: at most {@code threads + queue}
 * accepted exchanges are unfinished at any time, so whether a request is refused does not depend
 * on how soon a worker that has just finished gets back to its queue. When that many are
 * unfinished, or once {@link #drain} has begun, the exchange runs on the overflow thread instead with a {@link Verdict} that makes the handler
 * refuse at once ({@code 429} or {@code 503}) without reading the body or doing any work. Only
 * when the overflow queue is full too does the JDK server close the connection unanswered.
 *
 * <p>Thread-safe.
 */
final class WorkPool implements Executor {
  /** What the handler of the current exchange should do. */
  enum Verdict {
    /** Answer the request. */
    WORK,
    /** Refuse with 429: the work queue is full. */
    TOO_BUSY,
    /** Refuse with 503: the server is shutting down. */
    SHUTTING_DOWN
  }

  private static final ThreadLocal<Verdict> VERDICT = ThreadLocal.withInitial(() -> Verdict.WORK);

  private final ThreadPoolExecutor workers;
  private final ThreadPoolExecutor overflow;
  private final int capacity;
  private final Object lock = new Object();
  private int inFlight;
  private int accepted;
  private volatile boolean draining;

  WorkPool(int threads, int queue) {
    this.capacity = threads + queue;
    // unbounded: admission is bounded by `accepted`, so the executor never holds more than queue
    this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), factory("justicekit-serve-worker-"));
    this.overflow = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(Math.max(256, queue)), factory("justicekit-serve-overflow-"));
  }

  /** The verdict for the exchange running on the calling thread. */
  static Verdict verdict() {
    return VERDICT.get();
  }

  /**
   * Runs the exchange on a worker, or queues it, or hands it to the overflow thread to refuse.
   *
   * @throws RejectedExecutionException when the overflow queue is full too, or after shutdown
   */
  @Override
  public void execute(Runnable task) {
    Verdict verdict;
    synchronized (lock) {
      inFlight++;
      if (draining) {
        verdict = Verdict.SHUTTING_DOWN;
      } else if (accepted < capacity) {
        accepted++;
        verdict = Verdict.WORK;
      } else {
        verdict = Verdict.TOO_BUSY;
      }
    }
    try {
      (verdict == Verdict.WORK ? workers : overflow).execute(wrap(task, verdict));
    } catch (RuntimeException e) {
      done(verdict);
      throw e;
    }
  }

  /**
   * From now on refuses new exchanges with 503, and waits until every exchange accepted before
   * (running or queued) has finished, or the timeout has passed.
   *
   * @return whether all accepted exchanges finished in time
   */
  boolean drain(long timeout, TimeUnit unit) throws InterruptedException {
    draining = true;
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    synchronized (lock) {
      while (inFlight > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
      return true;
    }
  }

  /** The exchanges handed over and not yet finished: running, queued or being refused. */
  int inFlight() {
    synchronized (lock) {
      return inFlight;
    }
  }

  /** Stops the threads, interrupting any task still running. */
  void shutdownNow() {
    workers.shutdownNow();
    overflow.shutdownNow();
  }

  private Runnable wrap(Runnable task, Verdict verdict) {
    return () -> {
      VERDICT.set(verdict);
      try {
        task.run();
      } finally {
        VERDICT.remove();
        done(verdict);
      }
    };
  }

  private void done(Verdict verdict) {
    synchronized (lock) {
      if (verdict == Verdict.WORK) {
        accepted--;
      }
      if (--inFlight == 0) {
        lock.notifyAll();
      }
    }
  }

  private static ThreadFactory factory(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, prefix + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
