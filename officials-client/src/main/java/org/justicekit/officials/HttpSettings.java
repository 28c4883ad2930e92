package org.justicekit.officials;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * How the HTTP providers talk to their services: timeouts, retries and backoff, a client-side
 * rate limit, a cache of answers, the largest body read, the {@code User-Agent}, an optional
 * base-URL override, an optional caller's {@link HttpClient}, and the {@link TimeSource}. One
 * object for every provider, in the manner of google-maps-services-java's {@code GeoApiContext}:
 * build it once and pass it to each provider's builder ({@code http(settings)}); a provider
 * keeps its own API key and its own options (page size, benchmark...).
 *
 * <pre>{@code
 * HttpSettings http = HttpSettings.builder().requestTimeout(Duration.ofSeconds(10)).build();
 * OfficialsProvider census = CensusGeocoderProvider.builder().http(http).build();
 * OfficialsProvider cicero = CiceroProvider.builder().apiKey(key).http(http).build();
 * }</pre>
 *
 * <p>Where a setting is left unset the provider's own default applies: its public base URL,
 * and its rate limit (Wikidata asks for 1 request a second, the others get 5). A base-URL
 * override is for a test server, a proxy or a mirror of one service, so give settings that
 * carry one to that service's provider only.
 *
 * <p>Immutable and thread-safe; safe as {@code static final}. Each provider built with it
 * holds its own rate limiter and cache.
 */
public final class HttpSettings {
  private static final HttpSettings DEFAULTS = builder().build();

  private final @Nullable URI baseUrl;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final double requestsPerSecond;
  private final int burst;
  private final int cacheSize;
  private final Duration cacheTtl;
  private final long maxResponseBytes;
  private final @Nullable String userAgent;
  private final @Nullable HttpClient httpClient;
  private final TimeSource timeSource;
  private final Random random;

  private HttpSettings(Builder b) {
    this.baseUrl = b.baseUrl;
    this.connectTimeout = b.connectTimeout;
    this.requestTimeout = b.requestTimeout;
    this.maxRetries = b.maxRetries;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.maxRetryAfter = b.maxRetryAfter;
    this.requestsPerSecond = b.requestsPerSecond;
    this.burst = b.burst;
    this.cacheSize = b.cacheSize;
    this.cacheTtl = b.cacheTtl;
    this.maxResponseBytes = b.maxResponseBytes;
    this.userAgent = b.userAgent;
    this.httpClient = b.httpClient;
    this.timeSource = b.timeSource;
    this.random = b.random;
  }

  /** The default settings: 5 s to connect, 15 s a request, 2 retries, 500 answers cached 1 h. */
  public static HttpSettings defaults() {
    return DEFAULTS;
  }

  /** A builder with the default settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder with these settings, for a variant. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The base-URL override, ending in {@code /}; empty means each provider's public URL. */
  public Optional<URI> baseUrl() {
    return Optional.ofNullable(baseUrl);
  }

  /** Time allowed to open a connection. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Time allowed for one attempt of a request, body included. */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** Retries after the first attempt on HTTP 429, 5xx, timeouts and connection failures. */
  public int maxRetries() {
    return maxRetries;
  }

  /** The first backoff; it doubles per retry, half of it random. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The longest backoff. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** The longest {@code Retry-After} waited; a longer one fails at once. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * The client-side rate limit in requests a second: empty for the provider's default, 0 for
   * none.
   */
  public OptionalDouble requestsPerSecond() {
    return Double.isNaN(requestsPerSecond) ? OptionalDouble.empty()
        : OptionalDouble.of(requestsPerSecond);
  }

  /** The requests allowed at once before the rate limit applies; 0 for the provider's default. */
  public int burst() {
    return burst;
  }

  /** The number of answers cached; 0 for no cache. */
  public int cacheSize() {
    return cacheSize;
  }

  /** How long a cached answer is kept. */
  public Duration cacheTtl() {
    return cacheTtl;
  }

  /** The largest response body read; larger ones fail as malformed. */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /** The {@code User-Agent} sent; empty for JusticeKit's own, which names the version. */
  public Optional<String> userAgent() {
    return Optional.ofNullable(userAgent);
  }

  /** The caller's {@link HttpClient}; empty when each provider builds its own. */
  public Optional<HttpClient> httpClient() {
    return Optional.ofNullable(httpClient);
  }

  /** The clock and sleeper. */
  public TimeSource timeSource() {
    return timeSource;
  }

  /** The source of backoff jitter. */
  public Random random() {
    return random;
  }

  @Override
  public String toString() {
    return "HttpSettings[baseUrl=" + (baseUrl == null ? "default" : baseUrl)
        + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
        + ", maxRetries=" + maxRetries + ", requestsPerSecond="
        + (Double.isNaN(requestsPerSecond) ? "default" : requestsPerSecond)
        + ", cacheSize=" + cacheSize + ", cacheTtl=" + cacheTtl
        + ", maxResponseBytes=" + maxResponseBytes + "]";
  }

  /** Builds {@link HttpSettings}. Not thread-safe; the settings it builds are. */
  public static final class Builder {
    private @Nullable URI baseUrl;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(15);
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Duration maxRetryAfter = Duration.ofSeconds(30);
    private double requestsPerSecond = Double.NaN;
    private int burst;
    private int cacheSize = 500;
    private Duration cacheTtl = Duration.ofHours(1);
    private long maxResponseBytes = 2L * 1024 * 1024;
    private @Nullable String userAgent;
    private @Nullable HttpClient httpClient;
    private TimeSource timeSource = TimeSource.SYSTEM;
    private Random random = new Random();

    private Builder() {}

    private Builder(HttpSettings s) {
      this.baseUrl = s.baseUrl;
      this.connectTimeout = s.connectTimeout;
      this.requestTimeout = s.requestTimeout;
      this.maxRetries = s.maxRetries;
      this.initialBackoff = s.initialBackoff;
      this.maxBackoff = s.maxBackoff;
      this.maxRetryAfter = s.maxRetryAfter;
      this.requestsPerSecond = s.requestsPerSecond;
      this.burst = s.burst;
      this.cacheSize = s.cacheSize;
      this.cacheTtl = s.cacheTtl;
      this.maxResponseBytes = s.maxResponseBytes;
      this.userAgent = s.userAgent;
      this.httpClient = s.httpClient;
      this.timeSource = s.timeSource;
      this.random = s.random;
    }

    /**
     * Sends requests to this base URL instead of the provider's public one: a test server, a
     * proxy or a mirror. Must be {@code http} or {@code https}, with no query, fragment or user
     * info; a missing trailing slash is added.
     *
     * @throws IllegalArgumentException if the URL is not of that form
     */
    public Builder baseUrl(URI baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      String scheme = baseUrl.getScheme() == null ? ""
          : baseUrl.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null) {
        throw new IllegalArgumentException("base URL must be an absolute http or https URL, was '"
            + baseUrl + "'");
      }
      if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null
          || baseUrl.getRawUserInfo() != null) {
        throw new IllegalArgumentException(
            "base URL must not have a query, fragment or user info (pass keys with apiKey): '"
                + baseUrl.getScheme() + "://" + baseUrl.getHost() + baseUrl.getRawPath() + "'");
      }
      String s = baseUrl.toString();
      this.baseUrl = URI.create(s.endsWith("/") ? s : s + "/");
      return this;
    }

    /** Time allowed to open a connection; default 5 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** Time allowed for one attempt of a request, body included; default 15 s. */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    /**
     * Retries after the first attempt on HTTP 429, 5xx, timeouts and connection failures;
     * default 2, 0 for none. Waits follow {@code Retry-After} when the provider sends it, else
     * exponential backoff with jitter.
     */
    public Builder maxRetries(int retries) {
      if (retries < 0 || retries > 10) {
        throw new IllegalArgumentException("maxRetries must be 0 to 10, was " + retries);
      }
      this.maxRetries = retries;
      return this;
    }

    /** The first backoff (it doubles per retry, half of it random) and the longest; 500 ms, 8 s. */
    public Builder backoff(Duration initial, Duration max) {
      Duration first = positive(initial, "initial backoff");
      Duration last = positive(max, "max backoff");
      if (last.compareTo(first) < 0) {
        throw new IllegalArgumentException("max backoff must be at least the initial backoff");
      }
      this.initialBackoff = first;
      this.maxBackoff = last;
      return this;
    }

    /**
     * The longest {@code Retry-After} waited; when a provider asks for longer, the call fails at
     * once with a {@link QuotaExceededException} carrying the wait. Default 30 s.
     */
    public Builder maxRetryAfter(Duration max) {
      this.maxRetryAfter = positive(max, "maxRetryAfter");
      return this;
    }

    /** A client-side rate limit: {@code burst} requests at once, then this many a second. */
    public Builder rateLimit(double requestsPerSecond, int burst) {
      if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond) || burst < 1) {
        throw new IllegalArgumentException("rate limit needs requestsPerSecond > 0 and burst >= 1");
      }
      this.requestsPerSecond = requestsPerSecond;
      this.burst = burst;
      return this;
    }

    /** No client-side rate limit. */
    public Builder noRateLimit() {
      this.requestsPerSecond = 0;
      this.burst = 1;
      return this;
    }

    /**
     * Caches up to {@code maxEntries} successful answers for {@code ttl}; default 500 for 1 hour.
     * Failures are never cached.
     */
    public Builder cache(int maxEntries, Duration ttl) {
      if (maxEntries < 1) {
        throw new IllegalArgumentException("cache maxEntries must be at least 1; use noCache()");
      }
      this.cacheSize = maxEntries;
      this.cacheTtl = positive(ttl, "cache ttl");
      return this;
    }

    /** No cache: every lookup asks the provider. */
    public Builder noCache() {
      this.cacheSize = 0;
      return this;
    }

    /** The largest response body read; larger ones fail as malformed. Default 2 MiB. */
    public Builder maxResponseBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxResponseBytes must be positive");
      }
      this.maxResponseBytes = bytes;
      return this;
    }

    /**
     * The {@code User-Agent} to send, e.g. naming your app and a contact as a service's terms
     * ask; default JusticeKit's own. Printable ASCII, at most 256 characters.
     */
    public Builder userAgent(String userAgent) {
      Objects.requireNonNull(userAgent, "userAgent");
      if (userAgent.isBlank() || userAgent.length() > 256
          || !userAgent.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
        throw new IllegalArgumentException(
            "userAgent must be 1 to 256 printable ASCII characters");
      }
      this.userAgent = userAgent;
      return this;
    }

    /**
     * A caller's {@link HttpClient}, e.g. with a proxy or TLS settings; its own connect timeout
     * and redirect policy apply. By default each provider builds its own.
     */
    public Builder httpClient(HttpClient client) {
      this.httpClient = Objects.requireNonNull(client, "httpClient");
      return this;
    }

    /** Replaces the clock and sleeper; for tests. */
    public Builder timeSource(TimeSource time) {
      this.timeSource = Objects.requireNonNull(time, "time");
      return this;
    }

    /** Replaces the source of jitter; for tests. */
    public Builder random(Random random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** Builds the settings. */
    public HttpSettings build() {
      return new HttpSettings(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }
  }
}
