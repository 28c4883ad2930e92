package org.justicekit.officials;

import org.jspecify.annotations.Nullable;

/**
 * The provider endpoint asked for no longer exists, e.g. Google Civic Information's
 * {@code representatives} endpoints, shut down in April 2025. No request is sent. Not retryable:
 * use another provider.
 *
 * <p>Immutable; never carries an API key.
 */
public final class RetiredEndpointException extends OfficialsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param provider the provider's name, e.g. {@code google}
   * @param statusCode the HTTP status, or 0 if there was no response
   * @param message what went wrong and how to fix it
   * @param cause the underlying error, or null
   */
  public RetiredEndpointException(String provider, int statusCode, String message, @Nullable Throwable cause) {
    super(provider, statusCode, false, message, cause);
  }
}
