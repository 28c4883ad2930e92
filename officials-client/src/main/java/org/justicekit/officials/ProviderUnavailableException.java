package org.justicekit.officials;

import org.jspecify.annotations.Nullable;

/**
 * The provider could not be reached or kept failing: HTTP 5xx after the allowed retries, a
 * connect or request timeout, a refused connection. Retryable later.
 *
 * <p>Immutable; never carries an API key.
 */
public final class ProviderUnavailableException extends OfficialsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param provider the provider's name, e.g. {@code google}
   * @param statusCode the HTTP status, or 0 if there was no response
   * @param message what went wrong and how to fix it
   * @param cause the underlying error, or null
   */
  public ProviderUnavailableException(String provider, int statusCode, String message, @Nullable Throwable cause) {
    super(provider, statusCode, true, message, cause);
  }
}
