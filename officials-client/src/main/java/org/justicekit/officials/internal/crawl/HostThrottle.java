package org.justicekit.officials.internal.crawl;

import org.justicekit.officials.TimeSource;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spaces requests to each host at least a given interval apart, across all threads sharing the
 * fetcher: each caller reserves the next free slot for its host and sleeps until it comes.
 * Thread-safe.
 */
public final class HostThrottle {
  private static final int MAX_HOSTS = 1024;

  private final long intervalNanos;
  private final TimeSource time;
  private final ConcurrentHashMap<String, Long> nextSlot = new ConcurrentHashMap<>();

  /** A throttle that reads and sleeps on {@code time}. */
  public HostThrottle(Duration interval, TimeSource time) {
    this.intervalNanos = interval.toNanos();
    this.time = time;
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
    long now = time.nanoTime();
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
      time.sleep(Duration.ofNanos(wait));
    }
  }
}
