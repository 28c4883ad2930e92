package org.justicekit.officials.internal.http;

import org.justicekit.officials.HttpSettings;
import org.justicekit.officials.TimeSource;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One provider's HTTP settings: the shared {@link HttpSettings} resolved against the provider's
 * own defaults (base URL, rate limit), plus its API key.
 *
 * @param settings the shared settings the provider was given
 * @param baseUrl the base URL used, ending in {@code /}
 * @param apiKey the API key, or null for a provider that needs none; never printed
 * @param requestsPerSecond the rate limit, 0 for none
 * @param burst the requests allowed at once before the rate limit applies
 * @param userAgent the {@code User-Agent} sent
 */
public record HttpConfig(HttpSettings settings, URI baseUrl, @Nullable String apiKey,
    double requestsPerSecond, int burst, String userAgent) {

  public HttpConfig {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(userAgent, "userAgent");
  }

  /**
   * Resolves shared settings for one provider.
   *
   * @param defaultBaseUrl the provider's public URL, used unless the settings override it
   * @param defaultRate the provider's rate limit in requests a second, unless the settings set one
   */
  public static HttpConfig of(HttpSettings settings, URI defaultBaseUrl, double defaultRate,
      @Nullable String apiKey) {
    double rate = settings.requestsPerSecond().orElse(defaultRate);
    int burst = settings.burst() > 0 ? settings.burst() : Math.max(1, (int) Math.ceil(rate));
    return new HttpConfig(settings, settings.baseUrl().orElse(defaultBaseUrl), apiKey, rate, burst,
        settings.userAgent().orElse(HttpTransport.USER_AGENT));
  }

  /**
   * Checks an API key: 1 to 512 printable ASCII characters without spaces.
   *
   * @throws IllegalArgumentException naming the provider, never showing the key
   */
  public static String checkKey(String key, String provider) {
    Objects.requireNonNull(key, "apiKey");
    if (key.isBlank() || key.length() > 512 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException(provider
          + " API key must be 1 to 512 printable ASCII characters without spaces");
    }
    return key;
  }

  public Duration connectTimeout() {
    return settings.connectTimeout();
  }

  public Duration requestTimeout() {
    return settings.requestTimeout();
  }

  public int maxRetries() {
    return settings.maxRetries();
  }

  public Duration maxRetryAfter() {
    return settings.maxRetryAfter();
  }

  public long maxResponseBytes() {
    return settings.maxResponseBytes();
  }

  public TimeSource time() {
    return settings.timeSource();
  }

  /** The key is left out, so that a logged config never shows it. */
  @Override
  public String toString() {
    return "HttpConfig[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "***")
        + ", requestsPerSecond=" + requestsPerSecond + ", " + settings + "]";
  }
}
