package org.justicekit.officials.internal.http;

import org.justicekit.officials.TimeSource;
import java.time.Duration;

/**
 * A token bucket: {@code burst} requests at once, then {@code requestsPerSecond} on average.
 * Callers that find the bucket empty reserve the next token and sleep until it is due, so
 * waiting callers are served in order. Thread-safe.
 */
public final class RateLimiter {
  private final double permitsPerNano;
  private final double capacity;
  private final TimeSource time;
  private double tokens;
  private long last;

  public RateLimiter(double requestsPerSecond, int burst, TimeSource time) {
    if (!(requestsPerSecond > 0) || burst < 1) {
      throw new IllegalArgumentException("a rate limit needs requestsPerSecond > 0 and burst >= 1");
    }
    this.permitsPerNano = requestsPerSecond / 1e9;
    this.capacity = burst;
    this.time = time;
    this.tokens = burst;
    this.last = time.nanoTime();
  }

  /** Takes one token, sleeping until one is available. */
  void acquire() throws InterruptedException {
    Duration wait = reserve();
    if (!wait.isZero()) {
      time.sleep(wait);
    }
  }

  /** Takes one token now (the balance may go negative) and says how long to wait for it. */
  public synchronized Duration reserve() {
    long now = time.nanoTime();
    tokens = Math.min(capacity, tokens + (now - last) * permitsPerNano);
    last = now;
    tokens -= 1;
    if (tokens >= 0) {
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) Math.ceil(-tokens / permitsPerNano));
  }
}
