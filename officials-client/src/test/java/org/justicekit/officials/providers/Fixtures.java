package org.justicekit.officials.providers;

import org.justicekit.officials.HttpSettings;
import org.justicekit.officials.PlaceQuery;
import org.justicekit.officials.testing.FakeTime;
import org.justicekit.officials.OfficialsProvider;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/** Recorded responses and the four providers, set up for tests against a local server. */
final class Fixtures {
  /** A recognisable key that must never show up in a message. */
  static final String KEY = "JK-SECRET-KEY-7f3a9c";

  private Fixtures() {}

  static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/org/justicekit/officials/" + name)) {
      Objects.requireNonNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fast, deterministic settings: fake time, fixed jitter, no rate limit, no cache. */
  static HttpSettings.Builder quick(URI base, FakeTime time) {
    return HttpSettings.builder().baseUrl(base).timeSource(time).random(new Random(7))
        .noRateLimit().noCache().requestTimeout(Duration.ofSeconds(5))
        .connectTimeout(Duration.ofSeconds(2));
  }

  /** Asserts that no message or toString in the exception's chain shows the key. */
  static void assertNoKey(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      assertThat(String.valueOf(c.getMessage())).doesNotContain(KEY);
      assertThat(c.toString()).doesNotContain(KEY);
    }
  }

  /** The four HTTP providers, with a query, a good answer and the path it is asked at. */
  enum Harness {
    CENSUS("census/match.json", "/geographies/onelineaddress"),
    GOOGLE("google/divisions.json", "/divisionsByAddress"),
    CICERO("cicero/officials.json", "/v3.1/official"),
    BALLOTREADY("ballotready/page2.json", "/graphql");

    final String okBody;
    final String path;

    Harness(String okBody, String path) {
      this.okBody = read(okBody);
      this.path = path;
    }

    PlaceQuery query() {
      return PlaceQuery.address("121 N LaSalle St, Chicago, IL 60602");
    }

    OfficialsProvider build(URI base, FakeTime time) {
      return build(base, time, 2, Duration.ofSeconds(5), 2L * 1024 * 1024);
    }

    OfficialsProvider build(URI base, FakeTime time, int retries, Duration timeout, long maxBytes) {
      return build(quick(base, time).maxRetries(retries).requestTimeout(timeout)
          .maxResponseBytes(maxBytes).build());
    }

    /** The provider with these settings, one object whatever the provider. */
    OfficialsProvider build(HttpSettings settings) {
      return switch (this) {
        case CENSUS -> CensusGeocoderProvider.builder().http(settings).build();
        case GOOGLE -> GoogleCivicProvider.create(KEY, settings);
        case CICERO -> CiceroProvider.create(KEY, settings);
        case BALLOTREADY -> BallotReadyProvider.builder().apiKey(KEY).http(settings).build();
      };
    }
  }
}
