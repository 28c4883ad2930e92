package org.justicekit.officials;

import org.jspecify.annotations.Nullable;

/**
 * The provider says the address or location cannot be parsed or found. Not retryable: fix the
 * query.
 *
 * <p>Immutable; never carries an API key.
 */
public final class InvalidAddressException extends OfficialsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param provider the provider's name, e.g. {@code google}
   * @param statusCode the HTTP status, or 0 if there was no response
   * @param message what went wrong and how to fix it
   * @param cause the underlying error, or null
   */
  public InvalidAddressException(String provider, int statusCode, String message, @Nullable Throwable cause) {
    super(provider, statusCode, false, message, cause);
  }
}
