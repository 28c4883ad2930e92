package org.justicekit.officials;

import org.justicekit.officials.platform.PlatformFetcher;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A page the {@link PlatformFetcher} could not fetch: the host did not resolve, the connection
 * failed or timed out, the server answered with an error status, or the body was corrupt.
 * {@link #statusCode()} is the HTTP status (0 if there was no response) and
 * {@link #retryable()} says whether trying again later may succeed (timeouts, 429, 5xx).
 * Immutable.
 */
public final class FetchFailedException extends OfficialsException {
  private static final long serialVersionUID = 1L;

  private final URI uri;

  /**
   * Creates the exception.
   *
   * @param uri the URL that failed
   * @param statusCode the HTTP status, or 0 if there was no response
   * @param retryable whether trying again later may succeed
   * @param message what failed, one line
   * @param cause the underlying error, or null
   */
  public FetchFailedException(URI uri, int statusCode, boolean retryable, String message,
      @Nullable Throwable cause) {
    super(PlatformFetcher.PROVIDER, statusCode, retryable, message, cause);
    this.uri = Objects.requireNonNull(uri, "uri");
  }

  /** The URL that failed. */
  public URI uri() {
    return uri;
  }
}
