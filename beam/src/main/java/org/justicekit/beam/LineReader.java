package org.justicekit.beam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Splits a byte stream into numbered lines the way {@link java.io.BufferedReader#readLine()} does
 * (a line ends at {@code \n}, {@code \r} or {@code \r\n}; a last line without one counts), so the
 * numbers match the CLI's. Each line is decoded as strict UTF-8 on its own, so one bad line does
 * not spoil the rest of the file. Blank lines are skipped but counted, as the CLI does.
 *
 * <p>Not thread-safe: one reader per stream.
 */
final class LineReader {
  /** Receives each non-blank line. */
  interface Sink {
    void line(JsonLine line);
  }

  /** How much of an unreadable line is kept in its dead letter. */
  static final int KEPT_CHARS = 200;

  private final String source;
  private final int maxLineBytes;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);

  LineReader(String source, int maxLineBytes) {
    this.source = source;
    this.maxLineBytes = maxLineBytes;
  }

  /** Reads the stream to its end; the caller closes it. */
  void read(InputStream in, Sink sink) throws IOException {
    byte[] chunk = new byte[64 * 1024];
    byte[] line = new byte[1024];
    int length = 0;
    long total = 0;
    long number = 1;
    boolean afterCr = false;
    int n;
    while ((n = in.read(chunk)) != -1) {
      for (int i = 0; i < n; i++) {
        byte b = chunk[i];
        if (afterCr) {
          afterCr = false;
          if (b == '\n') {
            continue;
          }
        }
        if (b == '\n' || b == '\r') {
          emit(sink, number++, line, length, total);
          length = 0;
          total = 0;
          afterCr = b == '\r';
          continue;
        }
        total++;
        if (length < maxLineBytes) {
          if (length == line.length) {
            line = Arrays.copyOf(line, (int) Math.min((long) line.length * 2, maxLineBytes));
          }
          line[length++] = b;
        }
      }
    }
    if (length > 0 || total > 0) {
      emit(sink, number, line, length, total);
    }
  }

  private void emit(Sink sink, long number, byte[] bytes, int length, long total) {
    if (total > length) {
      String start = new String(bytes, 0, Math.min(length, KEPT_CHARS * 4), StandardCharsets.UTF_8);
      sink.line(new JsonLine(source, number, prefix(start),
          String.format(Locale.ROOT, "line is %,d bytes, over the limit of %,d", total,
              maxLineBytes)));
      return;
    }
    String text;
    try {
      text = decoder.reset().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
    } catch (CharacterCodingException e) {
      String lossy = new String(bytes, 0, length, StandardCharsets.UTF_8);
      sink.line(new JsonLine(source, number, lossy, "line is not valid UTF-8"));
      return;
    }
    if (!text.isBlank()) {
      sink.line(JsonLine.of(source, number, text));
    }
  }

  private static String prefix(String text) {
    return text.length() <= KEPT_CHARS ? text : text.substring(0, KEPT_CHARS);
  }
}
