package org.justicekit.scoring;

/**
 * The scorer refused an input: too large, binary, or not valid text. Nothing was scored; the
 * input is unchanged.
 */
public final class InputRejectedException extends ScoringException {
  private static final long serialVersionUID = 1L;

  /** Why an input was refused. */
  public enum Reason {
    /** Longer than the scorer's configured maximum. */
    TOO_LARGE,
    /** Looks like binary data (NUL or many control characters), not text. */
    BINARY,
    /** Bytes that are not valid in the declared encoding (UTF-8). */
    MALFORMED_ENCODING
  }

  private final Reason reason;

  /** Creates the exception with a reason and a message saying how to fix it. */
  public InputRejectedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** Why the input was refused. */
  public Reason reason() {
    return reason;
  }
}
