package org.justicekit.cli;

import org.justicekit.demands.Assessment;

/** How every report marks an assessment that a person should check before relying on it. */
final class Review {
  /** The mark beside a stance that needs review. */
  static final String MARK = "?";

  private Review() {}

  /** {@link #MARK} for a flagged assessment, else a space, for aligned text columns. */
  static String mark(Assessment a) {
    return a.needsReview() ? MARK : " ";
  }

  /** "  (? needs review: reason)" for a flagged assessment, else "". */
  static String suffix(Assessment a) {
    return a.needsReview() ? "  (" + MARK + " needs review: " + a.reviewNote() + ")" : "";
  }
}
