package org.justicekit.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.jspecify.annotations.Nullable;

/**
 * One line of a JSON-lines input, with where it came from: the element that {@link
 * ScorePlatforms} scores.
 *
 * <p>A line the reader could not turn into text (not UTF-8, or longer than the reader's limit)
 * still travels as a {@code JsonLine}, with the {@link #problem()} set, so that it reaches the
 * dead letters with its place and reason instead of failing the job.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the file (or other source) the line came from; empty if unknown
 * @param number the 1-based line number in the source; 0 if unknown
 * @param text the line without its line terminator (for a line with a problem, as much of it as
 *     could be read, undecodable bytes replaced by U+FFFD)
 * @param problem why the line could not be read as text, or {@code null} if it could
 */
public record JsonLine(String source, long number, String text, @Nullable String problem) {

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if the number is negative
   */
  public JsonLine {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    if (number < 0) {
      throw new IllegalArgumentException("line number must be 0 or more, was " + number);
    }
  }

  /** A line read as text from a source. */
  public static JsonLine of(String source, long number, String text) {
    return new JsonLine(source, number, text, null);
  }

  /** A line with no known source, e.g. a message from a queue. */
  public static JsonLine of(String text) {
    return new JsonLine("", 0, text, null);
  }

  /** The Beam coder for lines; immutable and thread-safe. */
  public static Coder<JsonLine> coder() {
    return LineCoder.INSTANCE;
  }

  /** Encodes the four fields in order; deterministic. */
  private static final class LineCoder extends AtomicCoder<JsonLine> {
    private static final long serialVersionUID = 1L;
    static final LineCoder INSTANCE = new LineCoder();
    private static final Coder<String> STRING = StringUtf8Coder.of();
    private static final Coder<Long> NUMBER = VarLongCoder.of();
    private static final Coder<@Nullable String> PROBLEM = NullableCoder.of(StringUtf8Coder.of());

    @Override
    public void encode(JsonLine line, OutputStream out) throws IOException {
      STRING.encode(line.source(), out);
      NUMBER.encode(line.number(), out);
      STRING.encode(line.text(), out);
      PROBLEM.encode(line.problem(), out);
    }

    @Override
    public JsonLine decode(InputStream in) throws IOException {
      return new JsonLine(STRING.decode(in), NUMBER.decode(in), STRING.decode(in),
          PROBLEM.decode(in));
    }

    @Override
    public void verifyDeterministic() {}

    private Object readResolve() {
      return INSTANCE;
    }
  }
}
