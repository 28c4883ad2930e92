package org.justicekit.officials.openstates;

import org.justicekit.officials.OfficialsException;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a directory given as an Open States checkout is not one (no {@code data/<st>/}
 * folders with municipal data), or cannot be read at all. Single malformed person files do not
 * throw: they are skipped and reported as {@link OpenStatesWarning}s.
 */
public final class OpenStatesCheckoutException extends OfficialsException {
  private static final long serialVersionUID = 1L;

  private final String checkout;

  /**
   * Creates the exception.
   *
   * @param checkout the directory that was given, as written
   * @param message what is wrong with it and what is expected instead
   * @param cause the underlying I/O error, or null
   */
  public OpenStatesCheckoutException(String checkout, String message, @Nullable Throwable cause) {
    super(OpenStatesMayors.PROVIDER, 0, false, message, cause);
    this.checkout = checkout;
  }

  /** The directory that was given as the checkout. */
  public String checkout() {
    return checkout;
  }
}
