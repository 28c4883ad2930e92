package org.justicekit.officials.providers;

import org.justicekit.officials.internal.http.HttpConfig;
import org.justicekit.officials.ProviderUnavailableException;
import org.justicekit.officials.testing.LocalServer;
import org.justicekit.officials.QuotaExceededException;
import org.justicekit.officials.providers.BallotReadyProvider;
import org.justicekit.officials.providers.GoogleCivicProvider;
import org.justicekit.officials.PlaceLookup;
import org.justicekit.officials.testing.FakeTime;
import org.justicekit.officials.internal.http.HttpTransport;
import org.justicekit.officials.internal.http.RateLimiter;
import org.justicekit.officials.internal.http.ResponseCache;
import org.justicekit.officials.AuthenticationException;
import org.justicekit.officials.providers.CensusGeocoderProvider;
import org.justicekit.officials.MalformedResponseException;
import org.justicekit.officials.providers.CiceroProvider;
import org.justicekit.officials.OfficialsProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.justicekit.officials.providers.Fixtures.Harness;
import org.justicekit.officials.testing.LocalServer.Reply;

/** The shared HTTP behaviour, checked through each of the four providers. */
final class HttpTransportTest {

  @ParameterizedTest
  @EnumSource(Harness.class)
  void lookup_ok_sendsUserAgentAndAcceptsJson(Harness h) {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, h.okBody);
      PlaceLookup result = h.build(server.baseUrl(), new FakeTime()).lookup(h.query());

      assertThat(result.providers()).hasSize(1);
      LocalServer.Recorded req = server.lastRequest();
      assertThat(req.path()).isEqualTo(h.path);
      assertThat(req.header("User-Agent")).startsWith("JusticeKit/");
      assertThat(req.header("Accept")).isEqualTo("application/json");
    }
  }

  @ParameterizedTest
  @EnumSource(Harness.class)
  void lookup_429WithRetryAfterSecondsThenOk_waitsThatLongAndSucceeds(Harness h) {
    try (LocalServer server = new LocalServer()) {
      server.enqueue(Reply.json(429, "{}").withHeader("Retry-After", "3"));
      server.enqueueJson(200, h.okBody);
      FakeTime time = new FakeTime();

      PlaceLookup result = h.build(server.baseUrl(), time).lookup(h.query());

      assertThat(result.query()).isEqualTo(h.query().text());
      assertThat(server.requests()).hasSize(2);
      assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }
  }

  @Test
  void lookup_429WithRetryAfterHttpDate_waitsUntilThatDate() {
    FakeTime time = new FakeTime();
    String date = DateTimeFormatter.RFC_1123_DATE_TIME
        .format(time.now().plusSeconds(7).atOffset(ZoneOffset.UTC));
    try (LocalServer server = new LocalServer()) {
      server.enqueue(Reply.json(429, "{}").withHeader("Retry-After", date));
      server.enqueueJson(200, Harness.CENSUS.okBody);

      Harness.CENSUS.build(server.baseUrl(), time).lookup(Harness.CENSUS.query());

      assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    }
  }

  @ParameterizedTest
  @EnumSource(Harness.class)
  void lookup_429RetryAfterBeyondCap_failsAtOnceWithQuotaAndTheWait(Harness h) {
    try (LocalServer server = new LocalServer()) {
      server.enqueue(Reply.json(429, "{}").withHeader("Retry-After", "3600"));
      FakeTime time = new FakeTime();

      QuotaExceededException e = catchThrowableOfType(QuotaExceededException.class,
          () -> h.build(server.baseUrl(), time).lookup(h.query()));

      assertThat(e.statusCode()).isEqualTo(429);
      assertThat(e.retryable()).isTrue();
      assertThat(e.retryAfter()).contains(Duration.ofHours(1));
      assertThat(server.requests()).hasSize(1);
      assertThat(time.sleeps()).isEmpty();
      Fixtures.assertNoKey(e);
    }
  }

  @ParameterizedTest
  @EnumSource(Harness.class)
  void lookup_429Always_throwsQuotaAfterRetries(Harness h) {
    try (LocalServer server = new LocalServer()) {
      server.enqueue(Reply.json(429, "{}"));
      QuotaExceededException e = catchThrowableOfType(QuotaExceededException.class,
          () -> h.build(server.baseUrl(), new FakeTime()).lookup(h.query()));
      assertThat(e.provider()).isEqualTo(h.build(server.baseUrl(), new FakeTime()).name());
      assertThat(server.requests()).hasSize(3);
      Fixtures.assertNoKey(e);
    }
  }

  @ParameterizedTest
  @EnumSource(Harness.class)
  void lookup_5xxEveryTime_throwsUnavailableAfterBackoffs(Harness h) {
    try (LocalServer server = new LocalServer()) {
      server.enqueue(Reply.json(503, "{}"));
      FakeTime time = new FakeTime();

      ProviderUnavailableException e = catchThrowableOfType(ProviderUnavailableException.class,
          () -> h.build(server.baseUrl(), time).lookup(h.query()));

      assertThat(e.statusCode()).isEqualTo(503);
      assertThat(e.retryable()).isTrue();
      assertThat(server.requests()).hasSize(3);
      assertThat(time.sleeps()).hasSize(2);
      // Equal jitter: 250..500 ms, then 500..1000 ms.
      assertThat(time.sleeps().get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
      assertThat(time.sleeps().get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
      Fixtures.assertNoKey(e);
    }
  }

  @ParameterizedTest
  @EnumSource(Harness.class)
  void lookup_5xxThenOk_succeeds(Harness h) {
    try (LocalServer server = new LocalServer()) {
      server.enqueue(Reply.json(502, "<html>bad gateway</html>"));
      server.enqueueJson(200, h.okBody);
      PlaceLookup result = h.build(server.baseUrl(), new FakeTime()).lookup(h.query());
      assertThat(result.query()).isEqualTo(h.query().text());
      assertThat(server.requests()).hasSize(2);
    }
  }

  @ParameterizedTest
  @EnumSource(Harness.class)
  void lookup_serverTooSlow_timesOutAsUnavailable(Harness h) {
    try (LocalServer server = new LocalServer()) {
      server.enqueue(Reply.json(200, h.okBody).delayed(5_000));
      ProviderUnavailableException e = catchThrowableOfType(ProviderUnavailableException.class,
          () -> h.build(server.baseUrl(), new FakeTime(), 0, Duration.ofMillis(200), 1 << 20)
              .lookup(h.query()));
      assertThat(e.statusCode()).isZero();
      assertThat(e.getMessage()).contains("timed out");
      Fixtures.assertNoKey(e);
    }
  }

  @ParameterizedTest
  @EnumSource(Harness.class)
  void lookup_connectionRefused_throwsUnavailable(Harness h) {
    URI closed;
    try (LocalServer server = new LocalServer()) {
      closed = server.baseUrl();
    }
    FakeTime time = new FakeTime();
    ProviderUnavailableException e = catchThrowableOfType(ProviderUnavailableException.class,
        () -> h.build(closed, time, 1, Duration.ofSeconds(2), 1 << 20).lookup(h.query()));
    assertThat(e.statusCode()).isZero();
    assertThat(time.sleeps()).hasSize(1);
    Fixtures.assertNoKey(e);
  }

  @ParameterizedTest
  @EnumSource(Harness.class)
  void lookup_truncatedJson_throwsMalformed(Harness h) {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, h.okBody.substring(0, h.okBody.length() / 2));
      assertThatThrownBy(() -> h.build(server.baseUrl(), new FakeTime()).lookup(h.query()))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("not valid JSON");
      assertThat(server.requests()).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Harness.class)
  void lookup_htmlBody_throwsMalformedNamingHtml(Harness h) {
    try (LocalServer server = new LocalServer()) {
      server.enqueue(new Reply(200, Map.of("Content-Type", "text/html"),
          "<!DOCTYPE html><html><body>Service maintenance</body></html>".getBytes(StandardCharsets.UTF_8), 0));
      assertThatThrownBy(() -> h.build(server.baseUrl(), new FakeTime()).lookup(h.query()))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("HTML");
    }
  }

  @ParameterizedTest
  @EnumSource(Harness.class)
  void lookup_emptyOrNonObjectBody_throwsMalformed(Harness h) {
    for (String body : new String[] {"", "[]", "42", "{\"a\":1} trailing"}) {
      try (LocalServer server = new LocalServer()) {
        server.enqueueJson(200, body);
        assertThatThrownBy(() -> h.build(server.baseUrl(), new FakeTime()).lookup(h.query()))
            .as(body)
            .isInstanceOf(MalformedResponseException.class);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Harness.class)
  void lookup_invalidUtf8_throwsMalformed(Harness h) {
    try (LocalServer server = new LocalServer()) {
      server.enqueue(new Reply(200, Map.of(), new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3,
          (byte) 0x28, '"', '}'}, 0));
      assertThatThrownBy(() -> h.build(server.baseUrl(), new FakeTime()).lookup(h.query()))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("UTF-8");
    }
  }

  @ParameterizedTest
  @EnumSource(Harness.class)
  void lookup_bodyOverCap_throwsMalformedWithLength(Harness h) {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, h.okBody);
      assertThatThrownBy(() -> h.build(server.baseUrl(), new FakeTime(), 0, Duration.ofSeconds(5), 100)
          .lookup(h.query()))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("larger than 100 bytes");
    }
  }

  @ParameterizedTest
  @EnumSource(Harness.class)
  void lookup_chunkedBodyOverCap_throwsMalformed(Harness h) {
    try (LocalServer server = new LocalServer()) {
      byte[] big = ("{\"pad\":\"" + "x".repeat(300_000) + "\"}").getBytes(StandardCharsets.UTF_8);
      server.enqueue(new Reply(200, Map.of("Transfer-Encoding", "chunked"), big, 0));
      assertThatThrownBy(() -> h.build(server.baseUrl(), new FakeTime(), 0, Duration.ofSeconds(5), 64 * 1024)
          .lookup(h.query()))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("larger than");
    }
  }

  @ParameterizedTest
  @EnumSource(Harness.class)
  void lookup_401_throwsAuthenticationWithoutKey(Harness h) {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(401, "{\"message\":\"bad key " + Fixtures.KEY + "\"}");
      AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
          () -> h.build(server.baseUrl(), new FakeTime()).lookup(h.query()));
      assertThat(e.statusCode()).isEqualTo(401);
      assertThat(e.retryable()).isFalse();
      assertThat(server.requests()).hasSize(1);
      Fixtures.assertNoKey(e);
    }
  }

  @ParameterizedTest
  @EnumSource(Harness.class)
  void lookup_403_throwsAuthentication(Harness h) {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(403, "{}");
      assertThatThrownBy(() -> h.build(server.baseUrl(), new FakeTime()).lookup(h.query()))
          .isInstanceOf(AuthenticationException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Harness.class)
  void lookup_sameQueryTwiceWithCache_asksOnce(Harness h) {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, h.okBody);
      OfficialsProvider p = h.build(Fixtures.quick(server.baseUrl(), new FakeTime())
          .cache(10, Duration.ofMinutes(5)).build());
      PlaceLookup first = p.lookup(h.query());
      PlaceLookup second = p.lookup(h.query());
      assertThat(second).isEqualTo(first);
      assertThat(server.requests()).hasSize(1);
    }
  }

  @Test
  void lookup_cacheAfterTtl_asksAgain() {
    FakeTime time = new FakeTime();
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Harness.CENSUS.okBody);
      CensusGeocoderProvider p = CensusGeocoderProvider.builder().http(Fixtures.quick(server.baseUrl(), time)
          .cache(10, Duration.ofMinutes(5)).build()).build();
      p.lookup(Harness.CENSUS.query());
      time.advance(Duration.ofMinutes(6));
      p.lookup(Harness.CENSUS.query());
      assertThat(server.requests()).hasSize(2);
    }
  }

  @Test
  void lookup_failureThenSuccess_failureNotCached() {
    try (LocalServer server = new LocalServer()) {
      server.enqueue(Reply.json(500, "{}"));
      server.enqueueJson(200, Harness.CENSUS.okBody);
      CensusGeocoderProvider p = CensusGeocoderProvider.builder().http(Fixtures.quick(server.baseUrl(),
          new FakeTime()).maxRetries(0).cache(10, Duration.ofMinutes(5)).build()).build();
      assertThatThrownBy(() -> p.lookup(Harness.CENSUS.query()))
          .isInstanceOf(ProviderUnavailableException.class);
      assertThat(p.transport().cachedAnswers()).isZero();
      assertThat(p.lookup(Harness.CENSUS.query()).places()).isNotEmpty();
      assertThat(p.transport().cachedAnswers()).isEqualTo(1);
      assertThat(server.requests()).hasSize(2);
    }
  }

  @Test
  void lookup_malformedAnswer_notCached() {
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, "{\"result\":");
      server.enqueueJson(200, Harness.CENSUS.okBody);
      CensusGeocoderProvider p = CensusGeocoderProvider.builder().http(Fixtures.quick(server.baseUrl(),
          new FakeTime()).cache(10, Duration.ofMinutes(5)).build()).build();
      assertThatThrownBy(() -> p.lookup(Harness.CENSUS.query()))
          .isInstanceOf(MalformedResponseException.class);
      assertThat(p.lookup(Harness.CENSUS.query()).places()).isNotEmpty();
    }
  }

  @Test
  void lookup_rateLimited_waitsForTokens() {
    FakeTime time = new FakeTime();
    try (LocalServer server = new LocalServer()) {
      server.enqueueJson(200, Harness.CENSUS.okBody);
      CensusGeocoderProvider p = CensusGeocoderProvider.builder().http(Fixtures.quick(server.baseUrl(), time)
          .rateLimit(2, 1).build()).build();
      for (int i = 0; i < 3; i++) {
        p.lookup(Harness.CENSUS.query());
      }
      assertThat(server.requests()).hasSize(3);
      assertThat(time.sleeps()).hasSize(2)
          .allSatisfy(d -> assertThat(d).isEqualTo(Duration.ofMillis(500)));
    }
  }

  @Test
  void rateLimiter_burstThenSteady_reservesInOrder() {
    FakeTime time = new FakeTime();
    RateLimiter limiter = new RateLimiter(4, 2, time);
    assertThat(limiter.reserve()).isZero();
    assertThat(limiter.reserve()).isZero();
    assertThat(limiter.reserve()).isEqualTo(Duration.ofMillis(250));
    assertThat(limiter.reserve()).isEqualTo(Duration.ofMillis(500));
    time.advance(Duration.ofSeconds(10));
    assertThat(limiter.reserve()).isZero();
  }

  @Test
  void backoff_growsAndIsCapped() {
    HttpTransport t = new HttpTransport("x", HttpConfig.of(Fixtures.quick(
        URI.create("http://127.0.0.1:9/"), new FakeTime()).backoff(Duration.ofMillis(100),
        Duration.ofMillis(400)).build(), CensusGeocoderProvider.DEFAULT_BASE_URL, 0, null));
    assertThat(t.backoff(1)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
    assertThat(t.backoff(2)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(t.backoff(3)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
    assertThat(t.backoff(9)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
  }

  @Test
  void redact_keyRawOrEncoded_replaced() {
    HttpTransport t = new HttpTransport("x", HttpConfig.of(Fixtures.quick(
        URI.create("http://127.0.0.1:9/"), new FakeTime()).build(),
        GoogleCivicProvider.DEFAULT_BASE_URL, 0, "a+b/c=" + Fixtures.KEY));
    assertThat(t.redact("key=a%2Bb%2Fc%3D" + Fixtures.KEY + "&x")).isEqualTo("key=***&x");
    assertThat(t.redact("raw a+b/c=" + Fixtures.KEY)).isEqualTo("raw ***");
    assertThat(t.config().toString()).doesNotContain(Fixtures.KEY).contains("apiKey=***");
  }
}
