package org.justicekit.officials;

import org.jspecify.annotations.Nullable;

/**
 * The provider refused the credentials: a missing, wrong, revoked or restricted API key (HTTP
 * 401 or 403, or the provider's own error saying so). Not retryable: fix the key.
 *
 * <p>Immutable; never carries an API key.
 */
public final class AuthenticationException extends OfficialsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param provider the provider's name, e.g. {@code google}
   * @param statusCode the HTTP status, or 0 if there was no response
   * @param message what went wrong and how to fix it
   * @param cause the underlying error, or null
   */
  public AuthenticationException(String provider, int statusCode, String message, @Nullable Throwable cause) {
    super(provider, statusCode, false, message, cause);
  }
}
