package org.justicekit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.justicekit.demands.DemandsException;
import org.justicekit.officials.OfficialsException;

/** Maps the SDK's exceptions to the CLI's exit codes. */
final class ErrorMapping {
  private ErrorMapping() {}

  static int exitCode(Exception e) {
    if (e instanceof CliException c) {
      return c.exitCode();
    }
    if (e instanceof OfficialsException) {
      return Main.PROVIDER_FAILURE;
    }
    if (e instanceof DemandsException || e instanceof IllegalArgumentException) {
      return Main.BAD_INPUT;
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      return Main.BAD_INPUT;
    }
    return Main.INTERNAL_ERROR;
  }
}
