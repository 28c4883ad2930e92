package org.justicekit.demands;

/**
 * Where an official stands on one demand, as read from their own words.
 *
 * <p>The semantics follow the JusticeKit labelling rules: the stance is the official's, not a
 * critic's; polarity is not negation ("I will not seek cash bail" supports ending cash bail).
 */
public enum Stance {
  /** Commits to, advocates, or has carried out the reform or a substantial step of it. */
  SUPPORTS,
  /** Rejects the reform, defends the status quo against it, or promises to reverse it. */
  OPPOSES,
  /** Addresses the demand but hedges, conditions or splits, or both supports and opposes it. */
  MIXED,
  /** The demand is not addressed, even if nearby topics are. */
  NOT_MENTIONED;

  /** A one-character symbol for terminal and Markdown reports. */
  public String symbol() {
    return switch (this) {
      case SUPPORTS -> "✔";
      case OPPOSES -> "✘";
      case MIXED -> "◐";
      case NOT_MENTIONED -> "·";
    };
  }

  /**
   * This stance's weight in an alignment score: 1 for {@link #SUPPORTS}, 0.5 for {@link
   * #MIXED}, 0 otherwise.
   */
  public double alignmentWeight() {
    return switch (this) {
      case SUPPORTS -> 1.0;
      case MIXED -> 0.5;
      case OPPOSES, NOT_MENTIONED -> 0.0;
    };
  }
}
