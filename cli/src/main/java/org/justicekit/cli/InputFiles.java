package org.justicekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Reads text input for commands: a file or standard input, in the encodings {@link
 * TextDecoding} recognises, with a size cap.
 */
final class InputFiles {
  private InputFiles() {}

  /**
   * Reads a file, or standard input for {@code -}, refusing binary and oversize input. A guessed
   * encoding or replaced bytes are not reported; prefer the overload with a warnings writer.
   */
  static String readText(String name, long maxBytes) {
    return TextDecoding.decode(readBytes(name, maxBytes, null), display(name), null).text();
  }

  /**
   * Reads a file, or standard input for {@code -}, at most {@code maxChars} characters.
   *
   * @param encoding the encoding given with {@code --encoding}, or null to detect it
   * @param warnings where a one-line warning about the encoding goes
   * @throws CliException (exit 2) for a missing, unreadable, binary or oversize input
   */
  static String readText(String name, int maxChars, @Nullable Charset encoding,
      PrintWriter warnings) {
    // UTF-8 needs at most 4 bytes a character; UTF-16 at most 4 for a pair, 2 otherwise
    byte[] bytes = readBytes(name, 4L * maxChars, maxChars);
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes, display(name), encoding);
    if (decoded.text().length() > maxChars) {
      throw InputLimitOption.tooLarge(display(name), maxChars);
    }
    if (decoded.warning() != null) {
      warnings.println("justicekit: warning: " + decoded.warning());
      warnings.flush();
    }
    return decoded.text();
  }

  private static String display(String name) {
    return name.equals("-") ? "standard input" : name;
  }

  private static byte[] readBytes(String name, long maxBytes, @Nullable Integer maxChars) {
    try {
      if (name.equals("-")) {
        return readCapped(System.in, maxBytes, "standard input", maxChars);
      }
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        throw CliException.badInput(name + " is a directory, not a file");
      }
      try (InputStream in = Files.newInputStream(path)) {
        return readCapped(in, maxBytes, name, maxChars);
      }
    } catch (NoSuchFileException e) {
      throw CliException.badInput("no such file: " + name);
    } catch (java.nio.file.AccessDeniedException e) {
      throw CliException.badInput("cannot read " + name + ": permission denied");
    } catch (IOException e) {
      throw CliException.badInput("cannot read " + name + ": " + Main.oneLine(e.getMessage()));
    }
  }

  private static byte[] readCapped(InputStream in, long maxBytes, String name,
      @Nullable Integer maxChars) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      if (maxChars != null) {
        throw InputLimitOption.tooLarge(name, maxChars);
      }
      throw CliException.badInput(name + " is larger than the limit of " + maxBytes + " bytes");
    }
    return bytes;
  }
}
