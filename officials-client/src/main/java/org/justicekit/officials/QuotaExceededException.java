package org.justicekit.officials;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The provider's quota or rate limit is used up: HTTP 429 after the allowed retries, a daily
 * limit, or (for paid providers) no credits left. Retryable later; {@link #retryAfter()} says
 * when, if the provider said.
 *
 * <p>Immutable; never carries an API key.
 */
public final class QuotaExceededException extends OfficialsException {
  private static final long serialVersionUID = 1L;

  private final @Nullable Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param provider the provider's name, e.g. {@code google}
   * @param statusCode the HTTP status, or 0 if there was no response
   * @param retryAfter how long the provider asked callers to wait, or null if it did not say
   * @param message what went wrong and how to fix it
   * @param cause the underlying error, or null
   */
  public QuotaExceededException(String provider, int statusCode, @Nullable Duration retryAfter,
      String message, @Nullable Throwable cause) {
    super(provider, statusCode, true, message, cause);
    this.retryAfter = retryAfter;
  }

  /** How long the provider asked callers to wait before trying again, if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
