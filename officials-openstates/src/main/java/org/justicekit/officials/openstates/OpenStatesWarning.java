package org.justicekit.officials.openstates;

import java.util.Objects;

/**
 * A problem found while importing an Open States checkout that did not stop the import: a
 * malformed or incomplete person file (skipped), an irregular id that was corrected, two files
 * claiming the same office with the same term end. Immutable.
 *
 * @param file the file's path relative to the checkout, with {@code /} separators, e.g. {@code
 *     data/tx/municipalities/John-Whitmire-92d60f74-2fed-11ef-9454-0242ac120002.yml}
 * @param message what was wrong and what the import did about it
 */
public record OpenStatesWarning(String file, String message) {
  /** Validates the fields. */
  public OpenStatesWarning {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return file + ": " + message;
  }
}
