package org.justicekit.demands;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The text of an official's platform or issues page, ready to score.
 *
 * @param content the page's text or HTML
 * @param contentType whether {@code content} is plain text or HTML
 * @param source where it came from, if it came from the web
 * @param title the page title, if known
 * @param retrievedAt when it was fetched, if it was
 */
public record PlatformDocument(
    String content,
    ContentType contentType,
    @Nullable URI source,
    @Nullable String title,
    @Nullable Instant retrievedAt) {

  /** Validates the fields. */
  public PlatformDocument {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(contentType, "contentType");
  }

  /** A plain-text document with no source. */
  public static PlatformDocument ofText(String text) {
    return new PlatformDocument(text, ContentType.TEXT, null, null, null);
  }

  /** An HTML document with no source. */
  public static PlatformDocument ofHtml(String html) {
    return new PlatformDocument(html, ContentType.HTML, null, null, null);
  }

  /** The kind of content a platform document holds. */
  public enum ContentType {
    /** Plain text. */
    TEXT,
    /** An HTML page; scorers extract its readable text. */
    HTML
  }
}
