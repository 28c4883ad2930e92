package org.justicekit.officials;

import org.jspecify.annotations.Nullable;

/**
 * The provider answered something this client cannot read: not JSON (an HTML error page),
 * truncated JSON, JSON of the wrong shape, invalid UTF-8, or a body over the size cap. Not
 * retryable as such; report it if it persists, as the provider's format may have changed.
 *
 * <p>Immutable; never carries an API key.
 */
public final class MalformedResponseException extends OfficialsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param provider the provider's name, e.g. {@code google}
   * @param statusCode the HTTP status, or 0 if there was no response
   * @param message what went wrong and how to fix it
   * @param cause the underlying error, or null
   */
  public MalformedResponseException(String provider, int statusCode, String message, @Nullable Throwable cause) {
    super(provider, statusCode, false, message, cause);
  }
}
