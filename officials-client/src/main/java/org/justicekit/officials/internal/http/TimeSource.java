package org.justicekit.officials.internal.http;

import java.time.Duration;
import java.time.Instant;

/**
 * The clock and the sleeper of the HTTP layer, one seam so that tests of backoff, rate limits
 * and cache expiry run without really waiting. Implementations must be thread-safe.
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
