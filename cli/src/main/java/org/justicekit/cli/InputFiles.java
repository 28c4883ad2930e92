package org.justicekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads text input for commands: a file or standard input, UTF-8, with a size cap. */
final class InputFiles {
  private InputFiles() {}

  /** Reads a file, or standard input for {@code -}, refusing bad UTF-8 and oversize input. */
  static String readText(String name, long maxBytes) {
    byte[] bytes;
    try {
      if (name.equals("-")) {
        bytes = readCapped(System.in, maxBytes, "standard input");
      } else {
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
          throw CliException.badInput(name + " is a directory, not a file");
        }
        try (InputStream in = Files.newInputStream(path)) {
          bytes = readCapped(in, maxBytes, name);
        }
      }
    } catch (NoSuchFileException e) {
      throw CliException.badInput("no such file: " + name);
    } catch (IOException e) {
      throw CliException.badInput("cannot read " + name + ": " + e.getMessage());
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw CliException.badInput(name + " is not valid UTF-8 text; convert it to UTF-8 first");
    }
  }

  private static byte[] readCapped(InputStream in, long maxBytes, String name) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw CliException.badInput(name + " is larger than the limit of " + maxBytes + " bytes");
    }
    return bytes;
  }
}
