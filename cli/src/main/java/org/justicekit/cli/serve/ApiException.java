package org.justicekit.cli.serve;

/**
 * A request the API answers with an error status and {@code {"error": message}}. The message
 * says what was wrong with the request and how to fix it; it never carries a stack trace.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  ApiException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  int status() {
    return status;
  }
}
