package org.justicekit.scoring;

/**
 * The base of platform scoring's unchecked exceptions: input the scorer refuses (too large,
 * binary), or rules that do not compile. The message says what was wrong and how to fix it.
 */
public class ScoringException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message that says what was wrong and how to fix it. */
  public ScoringException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the underlying cause. */
  public ScoringException(String message, Throwable cause) {
    super(message, cause);
  }
}
