package org.justicekit.officials;

import org.jspecify.annotations.Nullable;

/**
 * The base of the officials client's unchecked exceptions. Carries the provider that failed,
 * the HTTP status if there was one, and whether trying again later may succeed. Never carries
 * an API key.
 */
public class OfficialsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String provider;
  private final int statusCode;
  private final boolean retryable;

  /**
   * Creates the exception.
   *
   * @param provider the provider's name, e.g. {@code census}
   * @param statusCode the HTTP status, or 0 if there was no response
   * @param retryable whether trying again later may succeed
   * @param message what went wrong and how to fix it
   * @param cause the underlying error, or null
   */
  public OfficialsException(String provider, int statusCode, boolean retryable, String message,
      @Nullable Throwable cause) {
    super(message, cause);
    this.provider = provider;
    this.statusCode = statusCode;
    this.retryable = retryable;
  }

  /** The provider that failed, e.g. {@code google}. */
  public String provider() {
    return provider;
  }

  /** The HTTP status code, or 0 if no response was received. */
  public int statusCode() {
    return statusCode;
  }

  /** Whether trying again later may succeed (timeouts, 429, 5xx). */
  public boolean retryable() {
    return retryable;
  }
}
