package org.justicekit.demands;

/**
 * The base of the demands model's unchecked exceptions: something read from outside (a catalog,
 * a JSON document) was not valid. Subclasses carry the details.
 */
public class DemandsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message that says what was wrong and how to fix it. */
  public DemandsException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the underlying cause. */
  public DemandsException(String message, Throwable cause) {
    super(message, cause);
  }
}
