package org.justicekit.cli;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of a file into text the way people's files are: UTF-8 (a byte-order mark is
 * dropped), UTF-16 with a byte-order mark, Windows-1252 from a word processor (a superset of
 * Latin-1's printable characters; curly quotes live there), and UTF-8 with a few stray bad
 * bytes (replaced by U+FFFD). Only the last two are guesses, and each says so in a one-line
 * warning. A file with NUL bytes and no UTF-16 mark is binary and refused. {@code --encoding}
 * overrides the guess.
 *
 * <p>Stateless and thread-safe.
 */
final class TextDecoding {
  /** Windows-1252: present in every JDK build that has the extended charsets (all usual ones). */
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  /**
   * Decoded text and what the reader should be told about it.
   *
   * @param text the text, without a byte-order mark
   * @param warning a one-line warning when the encoding was guessed or bytes were replaced
   */
  record Decoded(String text, @Nullable String warning) {}

  /**
   * Decodes a file's bytes.
   *
   * @param name the file's name, for messages
   * @param encoding the encoding the user gave, or null to detect it
   * @throws CliException (exit 2) for a binary file
   */
  static Decoded decode(byte[] bytes, String name, @Nullable Charset encoding) {
    if (encoding != null) {
      int skip = bomLength(bytes, encoding);
      return new Decoded(decode(bytes, skip, encoding), null);
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return utf8(bytes, 3, name);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(decode(bytes, 2, StandardCharsets.UTF_16BE), null);
    }
    if (startsWith(bytes, 0xFF, 0xFE) && !startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      return new Decoded(decode(bytes, 2, StandardCharsets.UTF_16LE), null);
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw CliException.badInput(name + " looks like a binary file, not text (it has NUL "
            + "bytes); if it is text in an unusual encoding, give --encoding NAME (e.g. UTF-16LE)");
      }
    }
    return utf8(bytes, 0, name);
  }

  private static Decoded utf8(byte[] bytes, int offset, String name) {
    int[] counts = scanUtf8(bytes, offset);
    int valid = counts[0];
    int invalid = counts[1];
    if (invalid == 0) {
      return new Decoded(decode(bytes, offset, StandardCharsets.UTF_8), null);
    }
    if (valid == 0) {
      // no byte sequence above ASCII is valid UTF-8: a single-byte file, most likely Windows
      return new Decoded(decode(bytes, offset, WINDOWS_1252), name + " is not UTF-8; it was read "
          + "as Windows-1252 (Latin-1). If its accented letters or quotes look wrong, give "
          + "--encoding NAME");
    }
    return new Decoded(decode(bytes, offset, StandardCharsets.UTF_8), String.format(Locale.ROOT,
        "%s has %d byte%s that %s not valid UTF-8, replaced by \uFFFD; give --encoding NAME if "
            + "the file is in another encoding", name, invalid, invalid == 1 ? "" : "s",
        invalid == 1 ? "is" : "are"));
  }

  /** Counts valid multi-byte UTF-8 sequences and invalid bytes: {valid, invalid}. */
  static int[] scanUtf8(byte[] bytes, int offset) {
    int valid = 0;
    int invalid = 0;
    int i = offset;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
          : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
      boolean ok = length > 0 && i + length <= bytes.length;
      for (int k = 1; ok && k < length; k++) {
        ok = (bytes[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        valid++;
        i += length;
      } else {
        invalid++;
        i++;
      }
    }
    return new int[] {valid, invalid};
  }

  private static String decode(byte[] bytes, int offset, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder reported an error", e);
    }
  }

  private static int bomLength(byte[] bytes, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return 3;
    }
    if ((charset.equals(StandardCharsets.UTF_16BE) && startsWith(bytes, 0xFE, 0xFF))
        || (charset.equals(StandardCharsets.UTF_16LE) && startsWith(bytes, 0xFF, 0xFE))) {
      return 2;
    }
    return 0;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
