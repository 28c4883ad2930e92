package org.justicekit.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --encoding}: the character encoding of input files, when detection is not enough. */
final class EncodingOption {
  @Option(names = "--encoding", paramLabel = "NAME",
      description = "The encoding of input files, e.g. ISO-8859-15 or UTF-16LE. Without it, "
          + "UTF-8, UTF-16 with a byte-order mark and Windows-1252 are recognised.")
  @Nullable String encoding;

  /** The charset named, or null to detect it. */
  @Nullable Charset charset() {
    if (encoding == null) {
      return null;
    }
    try {
      return Charset.forName(encoding.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw CliException.badInput("--encoding " + encoding + " is not an encoding this Java "
          + "knows; try UTF-8, UTF-16LE, windows-1252 or ISO-8859-1");
    }
  }
}
