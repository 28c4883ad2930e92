package org.justicekit.cli;

/** A failure with a one-line message and the exit code the command should end with. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  static CliException badInput(String message) {
    return new CliException(Main.BAD_INPUT, message);
  }

  int exitCode() {
    return exitCode;
  }
}
