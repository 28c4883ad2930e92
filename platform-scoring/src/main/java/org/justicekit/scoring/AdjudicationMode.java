package org.justicekit.scoring;

import java.util.Locale;

/** Which assessments a scorer sends to its {@link StanceAdjudicator}. */
public enum AdjudicationMode {
  /**
   * Only the uncertain ones: those flagged for review and the MIXED ones (the default). The
   * fast rules keep handling the rest, so a second opinion costs a request only where it can
   * change something.
   */
  UNCERTAIN,
  /** Every demand the platform addresses, to measure an endpoint against the rules. */
  ALL;

  /**
   * Parses {@code uncertain} or {@code all}, in any case.
   *
   * @throws IllegalArgumentException for any other word
   */
  public static AdjudicationMode parse(String word) {
    return switch (word.trim().toLowerCase(Locale.ROOT)) {
      case "uncertain" -> UNCERTAIN;
      case "all" -> ALL;
      default -> throw new IllegalArgumentException(
          "unknown adjudication mode '" + word + "'; use uncertain or all");
    };
  }
}
