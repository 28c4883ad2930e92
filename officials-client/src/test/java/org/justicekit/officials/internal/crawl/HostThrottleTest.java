package org.justicekit.officials.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import org.justicekit.officials.testing.FakeTime;

import java.time.Duration;
import org.junit.jupiter.api.Test;

final class HostThrottleTest {
  private final FakeTime time = new FakeTime();

  private HostThrottle throttle(Duration interval) {
    return new HostThrottle(interval, time);
  }

  @Test
  void acquire_sameHost_spacedByInterval() throws InterruptedException {
    HostThrottle throttle = throttle(Duration.ofMillis(500));

    throttle.acquire("a.org", Duration.ZERO);
    throttle.acquire("A.org", Duration.ZERO);
    throttle.acquire("b.org", Duration.ZERO);

    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void acquire_longerCrawlDelay_wins() throws InterruptedException {
    HostThrottle throttle = throttle(Duration.ofMillis(100));

    throttle.acquire("a.org", Duration.ofSeconds(2));
    throttle.acquire("a.org", Duration.ofSeconds(2));

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void acquire_afterIntervalPassed_noWait() throws InterruptedException {
    HostThrottle throttle = throttle(Duration.ofMillis(100));

    throttle.acquire("a.org", Duration.ZERO);
    time.advance(Duration.ofMillis(200));
    throttle.acquire("a.org", Duration.ZERO);

    assertThat(time.sleeps()).isEmpty();
  }
}
