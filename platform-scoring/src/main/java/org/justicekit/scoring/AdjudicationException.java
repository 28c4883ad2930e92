package org.justicekit.scoring;

/**
 * A {@link StanceAdjudicator} could not give a second opinion: the endpoint failed, timed out,
 * answered in a form it could not read, or the request budget ran out. The scorer catches it,
 * keeps the rule result and records the message on the assessment.
 */
public class AdjudicationException extends ScoringException {
  private static final long serialVersionUID = 1L;

  private final boolean retryable;

  /** Creates an exception; {@code retryable} says whether trying again later may succeed. */
  public AdjudicationException(String message, boolean retryable) {
    super(message);
    this.retryable = retryable;
  }

  /** Creates an exception with its cause. */
  public AdjudicationException(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  /** Whether the same request may succeed later (a timeout, 429 or 5xx). */
  public boolean retryable() {
    return retryable;
  }
}
