package org.justicekit.scoring;

import org.justicekit.demands.internal.HtmlToText;

/**
 * The readable text of an HTML page for scoring: the project's one set of HTML-to-text rules,
 * {@link HtmlToText} in demands-model, shared with the officials client. Scripts, styles,
 * navigation, footers and form controls are dropped (the content of a {@code <form>} is kept);
 * blocks are separated by a blank line, so each ends a sentence; runs of white space collapse
 * to one space.
 */
final class HtmlText {
  private HtmlText() {}

  /** Whether the text looks like HTML markup rather than plain text. */
  static boolean looksLikeHtml(String text) {
    return HtmlToText.looksLikeHtml(text);
  }

  /** The readable text of the page. */
  static String extract(String html) {
    return HtmlToText.extract(html);
  }
}
