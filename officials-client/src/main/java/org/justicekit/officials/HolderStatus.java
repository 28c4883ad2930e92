package org.justicekit.officials;

/** What an answer knows about who holds an office. */
public enum HolderStatus {
  /** A source names the holder; {@link OfficeHolding#holder()} is set. */
  NAMED,
  /**
   * The data says explicitly that no source for the holder was found (or that the last one is
   * out of date); {@link HolderInfo#note()} says why. No name is given: a name is never guessed.
   */
  UNSOURCED,
  /** The provider keeps no holder for this office at all (it lists offices only). */
  NOT_RECORDED
}
