package org.justicekit.officials.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class HostThrottleTest {
  private long now = 1_000_000_000L;
  private final List<Long> slept = new ArrayList<>();

  private HostThrottle throttle(Duration interval) {
    return new HostThrottle(interval, () -> now, nanos -> {
      slept.add(nanos);
      now += nanos;
    });
  }

  @Test
  void acquire_sameHost_spacedByInterval() throws InterruptedException {
    HostThrottle throttle = throttle(Duration.ofMillis(500));

    throttle.acquire("a.org", Duration.ZERO);
    throttle.acquire("A.org", Duration.ZERO);
    throttle.acquire("b.org", Duration.ZERO);

    assertThat(slept).containsExactly(500_000_000L);
  }

  @Test
  void acquire_longerCrawlDelay_wins() throws InterruptedException {
    HostThrottle throttle = throttle(Duration.ofMillis(100));

    throttle.acquire("a.org", Duration.ofSeconds(2));
    throttle.acquire("a.org", Duration.ofSeconds(2));

    assertThat(slept).containsExactly(2_000_000_000L);
  }

  @Test
  void acquire_afterIntervalPassed_noWait() throws InterruptedException {
    HostThrottle throttle = throttle(Duration.ofMillis(100));

    throttle.acquire("a.org", Duration.ZERO);
    now += 200_000_000L;
    throttle.acquire("a.org", Duration.ZERO);

    assertThat(slept).isEmpty();
  }
}
