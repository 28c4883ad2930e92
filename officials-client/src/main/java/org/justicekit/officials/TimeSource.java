package org.justicekit.officials;

import java.time.Duration;
import java.time.Instant;

/**
 * The one seam for time in this module, as Caffeine's {@code Ticker}: a monotonic reading, the
 * wall clock and a sleeper. The providers' retries, rate limits and caches, the platform
 * fetcher's per-host spacing, deadlines and as-of dates all read it, so a test can replace
 * the clock once and run without really waiting. Set it with {@link
 * HttpSettings.Builder#timeSource(TimeSource)} and {@code PlatformFetcher.Builder#timeSource}.
 *
 * <p>Implementations must be thread-safe; {@link #SYSTEM} is.
 */
public interface TimeSource {
  /** The real clock and {@link Thread#sleep}. */
  TimeSource SYSTEM = new TimeSource() {
    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public Instant now() {
      return Instant.now();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      if (!duration.isNegative() && !duration.isZero()) {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
      }
    }
  };

  /** A monotonic reading in nanoseconds, for intervals only. */
  long nanoTime();

  /** The wall-clock time, for HTTP dates and as-of dates. */
  Instant now();

  /** Waits for the given time. */
  void sleep(Duration duration) throws InterruptedException;
}
