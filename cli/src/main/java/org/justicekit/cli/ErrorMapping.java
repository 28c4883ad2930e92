package org.justicekit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.justicekit.demands.DemandsException;
import org.justicekit.officials.FetchRefusedException;
import org.justicekit.officials.InvalidAddressException;
import org.justicekit.officials.OfficialsException;
import org.justicekit.scoring.ScoringException;

/** Maps the SDK's exceptions to the CLI's exit codes. */
final class ErrorMapping {
  private ErrorMapping() {}

  static int exitCode(Exception e) {
    if (e instanceof CliException c) {
      return c.exitCode();
    }
    // the user's input was refused: a URL we will not fetch, an address the provider cannot
    // place (no command imports Open States, which is its own artifact since issue 15)
    if (e instanceof FetchRefusedException || e instanceof InvalidAddressException) {
      return Main.BAD_INPUT;
    }
    if (e instanceof OfficialsException) {
      return Main.PROVIDER_FAILURE;
    }
    if (e instanceof DemandsException || e instanceof ScoringException
        || e instanceof IllegalArgumentException) {
      return Main.BAD_INPUT;
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      return Main.BAD_INPUT;
    }
    return Main.INTERNAL_ERROR;
  }
}
