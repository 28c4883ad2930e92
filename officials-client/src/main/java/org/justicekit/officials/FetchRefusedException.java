package org.justicekit.officials;

import org.justicekit.officials.platform.PlatformFetcher;

import java.net.URI;
import java.util.Objects;

/**
 * A URL the {@link PlatformFetcher} will not fetch, or a response it will not read: a scheme
 * other than http or https, an address on a private network, a path robots.txt disallows, a
 * page over the size limit, a redirect loop, a content type it cannot read. Trying again will
 * not help; {@link #reason()} says why, and the message says how to fix it where that is
 * possible. Immutable.
 */
public final class FetchRefusedException extends OfficialsException {
  private static final long serialVersionUID = 1L;

  /** Why a URL or response was refused. */
  public enum Reason {
    /** Not an absolute URL with a host, or not parseable at all. */
    MALFORMED_URL,
    /** A scheme other than {@code http} or {@code https}. */
    UNSUPPORTED_SCHEME,
    /** The URL carries user info ({@code user:password@host}). */
    USERINFO,
    /** The URL is longer than {@value PlatformFetcher#MAX_URL_LENGTH} characters. */
    URL_TOO_LONG,
    /**
     * The host resolves to a loopback, private, link-local (including cloud metadata),
     * multicast, unspecified or otherwise non-public address, and private networks are not
     * allowed.
     */
    PRIVATE_ADDRESS,
    /** The site's robots.txt disallows the path for JusticeKit. */
    ROBOTS,
    /** The page (as sent, or once decompressed) is larger than the configured maximum. */
    TOO_LARGE,
    /** More redirects than the configured maximum. */
    TOO_MANY_REDIRECTS,
    /** A redirect leads back to a URL already visited in the same chain. */
    REDIRECT_LOOP,
    /** Neither HTML nor plain text (PDF, images, binary data). */
    UNSUPPORTED_CONTENT_TYPE,
    /** A content encoding other than gzip or deflate. */
    UNSUPPORTED_CONTENT_ENCODING
  }

  private final Reason reason;
  private final URI uri;

  /**
   * Creates the exception.
   *
   * @param reason why the URL was refused
   * @param uri the URL refused (the redirect target, when a redirect was refused)
   * @param message what was refused and why, one line
   */
  public FetchRefusedException(Reason reason, URI uri, String message) {
    super(PlatformFetcher.PROVIDER, 0, false, message, null);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.uri = Objects.requireNonNull(uri, "uri");
  }

  /** Why the URL was refused. */
  public Reason reason() {
    return reason;
  }

  /** The URL refused: the redirect target, when a redirect was refused. */
  public URI uri() {
    return uri;
  }
}
