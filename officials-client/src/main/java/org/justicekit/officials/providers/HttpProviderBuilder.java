package org.justicekit.officials.providers;

import org.justicekit.officials.internal.http.HttpConfig;
import org.justicekit.officials.internal.http.HttpTransport;
import org.justicekit.officials.internal.http.TimeSource;

import org.justicekit.officials.QuotaExceededException;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The settings every HTTP provider's builder shares: base URL, timeouts, retries, rate limit,
 * cache and response size cap. Not thread-safe; build on one thread.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class HttpProviderBuilder<B extends HttpProviderBuilder<B>> {
  protected URI baseUrl;
  protected @Nullable String apiKey;
  protected Duration connectTimeout = Duration.ofSeconds(5);
  protected Duration requestTimeout = Duration.ofSeconds(15);
  protected int maxRetries = 2;
  protected Duration initialBackoff = Duration.ofMillis(500);
  protected Duration maxBackoff = Duration.ofSeconds(8);
  protected Duration maxRetryAfter = Duration.ofSeconds(30);
  protected double requestsPerSecond;
  protected int burst;
  protected int cacheSize = 500;
  protected Duration cacheTtl = Duration.ofHours(1);
  protected long maxResponseBytes = 2L * 1024 * 1024;
  protected @Nullable HttpClient httpClient;
  protected TimeSource time = TimeSource.SYSTEM;
  protected Random random = new Random();

  protected HttpProviderBuilder(URI defaultBaseUrl, double defaultRequestsPerSecond) {
    this.baseUrl = defaultBaseUrl;
    this.requestsPerSecond = defaultRequestsPerSecond;
    this.burst = Math.max(1, (int) Math.ceil(defaultRequestsPerSecond));
  }

  protected HttpProviderBuilder(HttpConfig c) {
    this.baseUrl = c.baseUrl();
    this.apiKey = c.apiKey();
    this.connectTimeout = c.connectTimeout();
    this.requestTimeout = c.requestTimeout();
    this.maxRetries = c.maxRetries();
    this.initialBackoff = c.initialBackoff();
    this.maxBackoff = c.maxBackoff();
    this.maxRetryAfter = c.maxRetryAfter();
    this.requestsPerSecond = c.requestsPerSecond();
    this.burst = c.burst();
    this.cacheSize = c.cacheSize();
    this.cacheTtl = c.cacheTtl();
    this.maxResponseBytes = c.maxResponseBytes();
    this.httpClient = c.httpClient();
    this.time = c.time();
    this.random = c.random();
  }

  protected abstract B self();

  /**
   * The provider's base URL, for tests, proxies and mirrors. Must be {@code http} or {@code
   * https}, with no query, fragment or user info; a missing trailing slash is added.
   *
   * @throws IllegalArgumentException if the URL is not of that form
   */
  public B baseUrl(URI baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null) {
      throw new IllegalArgumentException("base URL must be an absolute http or https URL, was '"
          + baseUrl + "'");
    }
    if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null
        || baseUrl.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "base URL must not have a query, fragment or user info (pass keys with apiKey): '"
              + HttpTransport.describe(baseUrl) + "'");
    }
    String s = baseUrl.toString();
    this.baseUrl = URI.create(s.endsWith("/") ? s : s + "/");
    return self();
  }

  /** Time allowed to open a connection; default 5 s. */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return self();
  }

  /** Time allowed for one attempt of a request, body included; default 15 s. */
  public B requestTimeout(Duration timeout) {
    this.requestTimeout = positive(timeout, "requestTimeout");
    return self();
  }

  /**
   * Retries after the first attempt on HTTP 429, 5xx, timeouts and connection failures;
   * default 2, 0 for none. Waits follow {@code Retry-After} when the provider sends it, else
   * exponential backoff with jitter.
   */
  public B maxRetries(int retries) {
    if (retries < 0 || retries > 10) {
      throw new IllegalArgumentException("maxRetries must be 0 to 10, was " + retries);
    }
    this.maxRetries = retries;
    return self();
  }

  /** The first backoff (it doubles per retry, half of it random) and the longest; 500 ms and 8 s. */
  public B backoff(Duration initial, Duration max) {
    this.initialBackoff = positive(initial, "initial backoff");
    this.maxBackoff = positive(max, "max backoff");
    if (max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("max backoff must be at least the initial backoff");
    }
    return self();
  }

  /**
   * The longest {@code Retry-After} the client waits; when a provider asks for longer, the call
   * fails at once with a {@link QuotaExceededException} carrying the wait. Default 30 s.
   */
  public B maxRetryAfter(Duration max) {
    this.maxRetryAfter = positive(max, "maxRetryAfter");
    return self();
  }

  /** A client-side rate limit: {@code burst} requests at once, then this many per second. */
  public B rateLimit(double requestsPerSecond, int burst) {
    if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond) || burst < 1) {
      throw new IllegalArgumentException("rate limit needs requestsPerSecond > 0 and burst >= 1");
    }
    this.requestsPerSecond = requestsPerSecond;
    this.burst = burst;
    return self();
  }

  /** No client-side rate limit. */
  public B noRateLimit() {
    this.requestsPerSecond = 0;
    this.burst = 1;
    return self();
  }

  /**
   * Caches up to {@code maxEntries} successful answers for {@code ttl}; default 500 for 1 hour.
   * Failures are never cached.
   */
  public B cache(int maxEntries, Duration ttl) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("cache maxEntries must be at least 1; use noCache()");
    }
    this.cacheSize = maxEntries;
    this.cacheTtl = positive(ttl, "cache ttl");
    return self();
  }

  /** No cache: every lookup asks the provider. */
  public B noCache() {
    this.cacheSize = 0;
    return self();
  }

  /** The largest response body read; larger ones fail as malformed. Default 2 MiB. */
  public B maxResponseBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("maxResponseBytes must be positive");
    }
    this.maxResponseBytes = bytes;
    return self();
  }

  /**
   * A caller's {@link HttpClient}, e.g. with a proxy or TLS settings; its own connect timeout
   * applies. By default each provider builds its own.
   */
  public B httpClient(HttpClient client) {
    this.httpClient = Objects.requireNonNull(client, "httpClient");
    return self();
  }

  /** Replaces the clock and sleeper; for tests. */
  public B timeSource(TimeSource time) {
    this.time = Objects.requireNonNull(time, "time");
    return self();
  }

  /** Replaces the source of jitter; for tests. */
  public B random(Random random) {
    this.random = Objects.requireNonNull(random, "random");
    return self();
  }

  protected void setKey(String key, String provider) {
    Objects.requireNonNull(key, "apiKey");
    if (key.isBlank() || key.length() > 512 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException(provider
          + " API key must be 1 to 512 printable ASCII characters without spaces");
    }
    this.apiKey = key;
  }

  public HttpConfig config() {
    return new HttpConfig(baseUrl, apiKey, connectTimeout, requestTimeout, maxRetries,
        initialBackoff, maxBackoff, maxRetryAfter, requestsPerSecond, burst, cacheSize, cacheTtl,
        maxResponseBytes, httpClient, time, random);
  }

  private static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
    return d;
  }
}
