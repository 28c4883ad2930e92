package org.justicekit.scoring;

/** What kind of text is being scored. */
public enum InputFormat {
  /** Decide from the content: HTML if it starts like markup, plain text otherwise. */
  AUTO,
  /** Plain text, scored as it is. */
  TEXT,
  /** An HTML page: its readable text is extracted first (scripts, styles, navigation dropped). */
  HTML
}
