package org.justicekit.scoring;

/**
 * Scoring rules could not be loaded or compiled: the message names the source, the place in
 * the rules and the problem.
 */
public final class RulesException extends ScoringException {
  private static final long serialVersionUID = 1L;

  private final String source;

  /** Creates the exception. */
  public RulesException(String source, String problem) {
    super("invalid scoring rules " + source + ": " + problem);
    this.source = source;
  }

  /** Creates the exception with a cause. */
  public RulesException(String source, String problem, Throwable cause) {
    super("invalid scoring rules " + source + ": " + problem, cause);
    this.source = source;
  }

  /** Where the rules came from. */
  public String source() {
    return source;
  }
}
