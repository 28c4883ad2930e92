package org.justicekit.cli;

import java.util.Locale;
import org.justicekit.scoring.PlatformScorer;
import picocli.CommandLine.Option;

/**
 * The one input-size limit of the CLI, {@code --max-input-chars}: the largest platform, file or
 * page read, in characters. A file is read up to four bytes per character (UTF-8), a fetched
 * page up to one byte per character, and the scorer is built with the same limit, so every
 * refusal names the same number and the same option.
 */
final class InputLimitOption {
  @Option(names = "--max-input-chars", paramLabel = "N",
      description = "The largest input read, in characters (default 4194304, about 4 MB of "
          + "text); larger input is refused. Raise it for a very long platform.")
  int maxInputChars = PlatformScorer.DEFAULT_MAX_INPUT_CHARS;

  /** The limit, checked. */
  int chars() {
    if (maxInputChars < 1) {
      throw CliException.badInput("--max-input-chars must be a positive number, was "
          + maxInputChars);
    }
    return maxInputChars;
  }

  /** The page-size cap of the fetcher for this limit (one byte a character, 1 KB to 256 MB). */
  int pageBytes() {
    return pageBytes(chars());
  }

  static int pageBytes(int chars) {
    return Math.max(1024, Math.min(chars, 256 << 20));
  }

  /** The refusal for input over the limit. */
  static CliException tooLarge(String what, int limit) {
    return CliException.badInput(String.format(Locale.ROOT, "%s is larger than the input limit "
        + "of %,d characters; split it, or raise the limit with --max-input-chars N", what, limit));
  }
}
