package org.justicekit.officials.internal.crawl;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Spaces requests to each host at least a given interval apart, across all threads sharing the
 * fetcher: each caller reserves the next free slot for its host and sleeps until it comes.
 * Thread-safe.
 */
public final class HostThrottle {
  private static final int MAX_HOSTS = 1024;

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private final ConcurrentHashMap<String, Long> nextSlot = new ConcurrentHashMap<>();

  /** Sleeps; a seam so the slot arithmetic is testable without waiting. */
  @FunctionalInterface
  public interface Sleeper {
    void sleepNanos(long nanos) throws InterruptedException;
  }

  HostThrottle(Duration interval, LongSupplier nanoTime, Sleeper sleeper) {
    this.intervalNanos = interval.toNanos();
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  public static HostThrottle system(Duration interval) {
    return new HostThrottle(interval, System::nanoTime, nanos -> Thread.sleep(nanos / 1_000_000,
        (int) (nanos % 1_000_000)));
  }

  /**
   * Waits for this host's next slot.
   *
   * @param extra a longer interval the host asks for (robots.txt crawl-delay), or zero
   * @throws InterruptedException if interrupted while waiting
   */
  void acquire(String host, Duration extra) throws InterruptedException {
    long interval = Math.max(intervalNanos, extra.toNanos());
    if (interval <= 0) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (nextSlot.size() > MAX_HOSTS) {
      nextSlot.values().removeIf(slot -> slot - now < 0);
    }
    long[] mine = new long[1];
    nextSlot.compute(host.toLowerCase(Locale.ROOT), (h, next) -> {
      long start = next == null || next - now < 0 ? now : next;
      mine[0] = start;
      return start + interval;
    });
    long wait = mine[0] - now;
    if (wait > 0) {
      sleeper.sleepNanos(wait);
    }
  }
}
