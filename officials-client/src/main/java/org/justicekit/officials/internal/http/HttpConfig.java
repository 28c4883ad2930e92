package org.justicekit.officials.internal.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The settings of one provider's HTTP layer, as its builder collected them.
 *
 * @param baseUrl the provider's base URL, ending in {@code /}
 * @param apiKey the API key, or null for a provider that needs none; never printed
 * @param connectTimeout time allowed to open a connection
 * @param requestTimeout time allowed for a whole request, body included
 * @param maxRetries retries after the first attempt on 429, 5xx and IO failures
 * @param initialBackoff the first backoff; it doubles per retry, with jitter
 * @param maxBackoff the longest backoff
 * @param maxRetryAfter the longest {@code Retry-After} this client waits; longer means give up
 * @param requestsPerSecond the rate limit, 0 for none
 * @param burst the requests allowed at once before the rate limit applies
 * @param cacheSize the number of answers cached, 0 for no cache
 * @param cacheTtl how long a cached answer is kept
 * @param maxResponseBytes the largest response body read
 * @param httpClient a caller's client (proxy, TLS settings), or null for the default
 * @param time the clock and sleeper
 * @param random the source of jitter
 */
public record HttpConfig(
    URI baseUrl,
    @Nullable String apiKey,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxRetries,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration maxRetryAfter,
    double requestsPerSecond,
    int burst,
    int cacheSize,
    Duration cacheTtl,
    long maxResponseBytes,
    @Nullable HttpClient httpClient,
    TimeSource time,
    Random random) {

  public HttpConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    Objects.requireNonNull(cacheTtl, "cacheTtl");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(random, "random");
  }

  /** The key is left out, so that a logged config never shows it. */
  @Override
  public String toString() {
    return "HttpConfig[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "***")
        + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
        + ", maxRetries=" + maxRetries + ", requestsPerSecond=" + requestsPerSecond
        + ", cacheSize=" + cacheSize + ", cacheTtl=" + cacheTtl
        + ", maxResponseBytes=" + maxResponseBytes + "]";
  }
}
