package org.justicekit.officials.testing;

import org.justicekit.officials.TimeSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that moves only when code sleeps on it, recording every sleep. */
public final class FakeTime implements TimeSource {
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private long nanos = 1_000_000_000L;
  private Instant now;

  public FakeTime(Instant start) {
    this.now = start;
  }

  public FakeTime() {
    this(Instant.parse("2026-11-25T12:00:00Z"));
  }

  @Override
  public synchronized long nanoTime() {
    return nanos;
  }

  @Override
  public synchronized Instant now() {
    return now;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    advance(duration);
  }

  public synchronized void advance(Duration d) {
    nanos += d.toNanos();
    now = now.plus(d);
  }

  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
