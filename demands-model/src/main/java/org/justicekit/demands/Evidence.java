package org.justicekit.demands;

import java.util.Objects;

/**
 * A sentence that shows an official's stance on a demand.
 *
 * @param text the sentence as it stands in the scored text
 * @param start offset of its first character in the scored (extracted) text
 * @param end offset just past its last character; {@code text.length() == end - start}
 * @param cue the words that decided how the sentence reads, e.g. {@code "not seek"}
 * @param stance how this one sentence reads on its own
 */
public record Evidence(String text, int start, int end, String cue, Stance stance) {
  /**
   * Validates the offsets.
   *
   * @throws IllegalArgumentException if the offsets are negative, reversed or do not match the
   *     text's length
   */
  public Evidence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(stance, "stance");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("evidence offsets must satisfy 0 <= start <= end, were "
          + start + ".." + end);
    }
    if (end - start != text.length()) {
      throw new IllegalArgumentException("evidence text has " + text.length()
          + " characters but its offsets span " + (end - start));
    }
  }
}
