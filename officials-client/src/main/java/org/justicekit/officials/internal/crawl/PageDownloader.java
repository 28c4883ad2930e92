package org.justicekit.officials.internal.crawl;

import org.justicekit.officials.TimeSource;
import org.justicekit.officials.OfficialsException;
import org.justicekit.officials.FetchRefusedException;
import org.justicekit.officials.platform.PlatformFetcher;
import org.justicekit.officials.internal.http.CappedBodySubscriber;
import org.justicekit.officials.internal.http.BodyDecoding;
import org.justicekit.officials.FetchFailedException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.justicekit.officials.FetchRefusedException.Reason;

/**
 * Fetches one page politely and safely: checks the URL and its addresses on every hop and
 * connects to exactly the addresses it checked ({@link PinnedExchange}; behind a proxy, the
 * proxy resolves and connects), obeys
 * robots.txt (cached per origin), spaces requests per host, follows redirects itself up to a cap
 * with loop detection, enforces a deadline on the whole response and a size limit while the body
 * streams, undoes gzip and deflate with the same limit, and decodes the text. Thread-safe; one
 * instance per {@link PlatformFetcher}.
 */
public final class PageDownloader {
  private static final System.Logger LOG = System.getLogger(PageDownloader.class.getName());
  private static final Set<String> READABLE = Set.of("text/html", "application/xhtml+xml",
      "text/plain");
  private static final int ROBOTS_LIMIT = 512 * 1024;
  private static final long ROBOTS_TTL_NANOS = Duration.ofHours(1).toNanos();
  private static final long ROBOTS_UNREACHABLE_TTL_NANOS = Duration.ofMinutes(1).toNanos();
  private static final int MAX_ORIGINS = 512;
  private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(10);

  private final @Nullable HttpClient proxied;
  private final PinnedExchange pinned;
  private final AddressPolicy policy;
  private final HostThrottle throttle;
  private final String userAgent;
  private final int maxRedirects;
  private final int maxPageBytes;
  private final Duration requestTimeout;
  private final TimeSource time;
  private final ConcurrentHashMap<String, RobotsEntry> robotsCache = new ConcurrentHashMap<>();

  private record RobotsEntry(Robots robots, long expiresAtNanos) {}

  /**
   * A fetched page's text.
   *
   * @param requested the URL asked for
   * @param uri the URL the text came from, after redirects
   * @param html whether the text is HTML (else plain text)
   * @param text the decoded body
   * @param retrievedAt when the response was read
   */
  public record Page(URI requested, URI uri, boolean html, String text, Instant retrievedAt) {}

  /**
   * A downloader.
   *
   * @param proxied a client configured with the caller's proxy, which then resolves and connects;
   *     null to connect directly, to the checked addresses only
   * @param pinned the direct connections
   */
  public PageDownloader(@Nullable HttpClient proxied, PinnedExchange pinned, AddressPolicy policy,
      HostThrottle throttle, String userAgent, int maxRedirects, int maxPageBytes,
      Duration requestTimeout, TimeSource time) {
    this.proxied = proxied;
    this.pinned = pinned;
    this.policy = policy;
    this.throttle = throttle;
    this.userAgent = userAgent;
    this.maxRedirects = maxRedirects;
    this.maxPageBytes = maxPageBytes;
    this.requestTimeout = requestTimeout;
    this.time = time;
  }

  /** Fetches a page (HTML or plain text). */
  public Page fetchPage(URI start) {
    return fetchPage(start, Long.MAX_VALUE);
  }

  /**
   * Fetches a page (HTML or plain text), giving up when {@link TimeSource#nanoTime} reaches {@code
   * deadlineNanos} (a crawl-wide deadline) or the request timeout passes, whichever comes first.
   */
  public Page fetchPage(URI start, long deadlineNanos) {
    PinnedExchange.Response response = follow(start, false, deadlineNanos);
    URI uri = response.uri();
    HttpHeaders headers = response.headers();
    String contentType = headers.firstValue("content-type").orElse(null);
    String media = mediaType(contentType);
    if (media != null && !READABLE.contains(media)) {
      throw unreadable(uri, media);
    }
    long length = headers.firstValueAsLong("content-length").orElse(-1);
    if (length > maxPageBytes) {
      throw new FetchRefusedException(Reason.TOO_LARGE, uri, "refused " + shorten(uri)
          + ": the page is " + length + " bytes, more than the limit of " + maxPageBytes
          + " (raise maxPageBytes to read it)");
    }
    byte[] body = BodyDecoding.decompress(uri, headers.firstValue("content-encoding").orElse(null),
        response.body(), maxPageBytes, false);
    boolean html = media == null ? looksLikeHtml(body) : !media.equals("text/plain");
    BodyDecoding.Decoded decoded = BodyDecoding.decode(body, charsetParam(contentType), html);
    if (BodyDecoding.looksBinary(body, decoded.charset())) {
      throw new FetchRefusedException(Reason.UNSUPPORTED_CONTENT_TYPE, uri, "refused " + shorten(uri)
          + ": the body is binary data (content type " + (media == null ? "missing" : media)
          + "); only HTML and plain text are read");
    }
    LOG.log(System.Logger.Level.DEBUG, "fetched {0}: {1} bytes, {2}", uri, body.length,
        decoded.charset());
    return new Page(start, uri, html, decoded.text(), time.now());
  }

  /** Follows redirects from {@code start} and returns the final 2xx response. */
  private PinnedExchange.Response follow(URI start, boolean robotsFile, long deadlineNanos) {
    URI current = AddressPolicy.checkUrl(start);
    Set<URI> visited = new HashSet<>();
    for (int hop = 0; ; hop++) {
      if (!visited.add(current)) {
        throw new FetchRefusedException(Reason.REDIRECT_LOOP, current, "refused " + shorten(start)
            + ": its redirects loop back to " + shorten(current));
      }
      List<InetAddress> addresses = policy.checkedAddresses(current);
      Robots robots = robotsFile ? Robots.ALLOW_ALL : robotsFor(current);
      if (!robots.allows(pathAndQuery(current))) {
        throw new FetchRefusedException(Reason.ROBOTS, current, "refused " + shorten(current)
            + ": " + (robots.unreachable() != null ? robots.unreachable()
                : "the site's robots.txt disallows it for JusticeKit"));
      }
      Duration delay = robots.crawlDelay() == null ? Duration.ZERO : robots.crawlDelay();
      waitForSlot(current, delay.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : delay);
      PinnedExchange.Response response = exchange(current, addresses, robotsFile, deadlineNanos);
      int status = response.statusCode();
      if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        String location = response.headers().firstValue("location").orElse(null);
        if (location == null || location.isBlank()) {
          throw new FetchFailedException(current, status, false, "HTTP " + status + " from "
              + shorten(current) + " without a Location header", null);
        }
        if (hop >= maxRedirects) {
          throw new FetchRefusedException(Reason.TOO_MANY_REDIRECTS, current, "refused "
              + shorten(start) + ": more than " + maxRedirects + " redirects");
        }
        URI next;
        try {
          next = current.resolve(location.strip());
        } catch (IllegalArgumentException e) {
          throw new FetchRefusedException(Reason.MALFORMED_URL, current, "refused " + shorten(current)
              + ": it redirects to an invalid URL '" + AddressPolicy.shorten(location) + "'");
        }
        LOG.log(System.Logger.Level.DEBUG, "{0} redirects to {1}", current, next);
        current = AddressPolicy.checkUrl(next);
        continue;
      }
      if (status >= 200 && status < 300) {
        return response;
      }
      boolean retryable = status == 408 || status == 429 || status >= 500;
      throw new FetchFailedException(current, status, retryable, "HTTP " + status + " from "
          + shorten(current), null);
    }
  }

  private PinnedExchange.Response exchange(URI uri, List<InetAddress> addresses,
      boolean robotsFile, long deadlineNanos) {
    Duration timeout = requestTimeout;
    if (deadlineNanos != Long.MAX_VALUE) {
      long left = deadlineNanos - time.nanoTime();
      if (left <= 0) {
        throw new FetchFailedException(uri, 0, true, "the crawl deadline passed before "
            + shorten(uri) + " was fetched", null);
      }
      if (left < timeout.toNanos()) {
        timeout = Duration.ofNanos(left);
      }
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("User-Agent", userAgent);
    headers.put("Accept", robotsFile ? "text/plain, */*;q=0.1"
        : "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8, */*;q=0.1");
    headers.put("Accept-Encoding", "gzip, deflate");
    BodyHandler<byte[]> handler = info -> {
      int status = info.statusCode();
      if (status < 200 || status >= 300) {
        return CappedBodySubscriber.skipping();
      }
      if (robotsFile) {
        return CappedBodySubscriber.truncating(ROBOTS_LIMIT);
      }
      String media = mediaType(info.headers().firstValue("content-type").orElse(null));
      long length = info.headers().firstValueAsLong("content-length").orElse(-1);
      if ((media != null && !READABLE.contains(media)) || length > maxPageBytes) {
        return CappedBodySubscriber.skipping();
      }
      return CappedBodySubscriber.failing(maxPageBytes, -1, () -> new FetchRefusedException(
          Reason.TOO_LARGE, uri, "refused " + shorten(uri) + ": the page is larger than "
              + maxPageBytes + " bytes (raise maxPageBytes to read it)"));
    };
    if (proxied == null) {
      try {
        return pinned.get(uri, addresses, headers, timeout, handler);
      } catch (HttpConnectTimeoutException e) {
        throw translate(uri, e);
      } catch (HttpTimeoutException e) {
        throw timedOut(uri, timeout, e);
      } catch (IOException e) {
        throw translate(uri, e);
      }
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(timeout);
    headers.forEach(request::header);
    CompletableFuture<HttpResponse<byte[]>> future = proxied.sendAsync(request.build(), handler);
    try {
      HttpResponse<byte[]> r = future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return new PinnedExchange.Response(r.uri(), r.statusCode(), r.headers(), r.body());
    } catch (TimeoutException e) {
      future.cancel(true);
      throw timedOut(uri, timeout, e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchFailedException(uri, 0, false, "interrupted while fetching " + shorten(uri), e);
    } catch (ExecutionException e) {
      throw translate(uri, e.getCause());
    }
  }

  private FetchFailedException timedOut(URI uri, Duration timeout, Exception cause) {
    return new FetchFailedException(uri, 0, true, "no complete response from " + shorten(uri)
        + " within " + timeout.toMillis() + " ms"
        + (timeout.equals(requestTimeout) ? "" : " (the rest of the crawl deadline)"), cause);
  }

  private RuntimeException translate(URI uri, @Nullable Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof CompletionException || cause instanceof ExecutionException) {
      cause = cause.getCause();
    }
    if (cause instanceof OfficialsException e) {
      return e;
    }
    String target = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    if (cause instanceof HttpConnectTimeoutException) {
      return new FetchFailedException(uri, 0, true, "could not connect to " + target + " within "
          + "the connect timeout", cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return new FetchFailedException(uri, 0, true, "no response from " + shorten(uri) + " within "
          + requestTimeout.toMillis() + " ms", cause);
    }
    if (cause instanceof ConnectException) {
      return new FetchFailedException(uri, 0, true, "could not connect to " + target
          + " (connection refused or unreachable)", cause);
    }
    if (cause instanceof IOException) {
      return new FetchFailedException(uri, 0, true, "network error fetching " + shorten(uri) + ": "
          + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()),
          cause);
    }
    return new FetchFailedException(uri, 0, false, "failed to fetch " + shorten(uri) + ": "
        + (cause == null ? "unknown error" : cause.toString()), cause);
  }

  private void waitForSlot(URI uri, Duration extra) {
    try {
      throttle.acquire(uri.getHost(), extra);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchFailedException(uri, 0, false, "interrupted while waiting to fetch "
          + shorten(uri), e);
    }
  }

  /** The robots.txt rules for the URL's origin, cached. */
  Robots robotsFor(URI uri) {
    String origin = uri.getScheme() + "://" + uri.getRawAuthority();
    long now = time.nanoTime();
    RobotsEntry entry = robotsCache.get(origin);
    if (entry != null && entry.expiresAtNanos() - now > 0) {
      return entry.robots();
    }
    Robots robots = loadRobots(URI.create(origin + "/robots.txt"));
    if (robotsCache.size() >= MAX_ORIGINS) {
      robotsCache.clear();
    }
    long ttl = robots.unreachable() == null ? ROBOTS_TTL_NANOS : ROBOTS_UNREACHABLE_TTL_NANOS;
    robotsCache.put(origin, new RobotsEntry(robots, now + ttl));
    return robots;
  }

  private Robots loadRobots(URI robotsUri) {
    try {
      PinnedExchange.Response response = follow(robotsUri, true, Long.MAX_VALUE);
      byte[] body = BodyDecoding.decompress(robotsUri,
          response.headers().firstValue("content-encoding").orElse(null), response.body(),
          ROBOTS_LIMIT, true);
      String text = BodyDecoding.decode(body,
          charsetParam(response.headers().firstValue("content-type").orElse(null)), false).text();
      return Robots.parse(text, PlatformFetcher.AGENT_TOKEN);
    } catch (FetchFailedException e) {
      if (e.statusCode() == 0) {
        throw e; // no response at all: the page itself cannot be reached either
      }
      if (e.statusCode() >= 400 && e.statusCode() < 500) {
        return Robots.ALLOW_ALL; // RFC 9309: unavailable, crawl freely
      }
      // RFC 9309: unreachable (5xx), assume complete disallow.
      return Robots.unreachable("its robots.txt could not be read (" + e.getMessage()
          + "), so the site is treated as disallowed; try again later");
    } catch (FetchRefusedException e) {
      return Robots.ALLOW_ALL; // e.g. too many redirects: RFC 9309 treats it as unavailable
    }
  }

  public static String pathAndQuery(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  public static @Nullable String mediaType(@Nullable String contentType) {
    if (contentType == null) {
      return null;
    }
    int semi = contentType.indexOf(';');
    String type = (semi >= 0 ? contentType.substring(0, semi) : contentType).strip()
        .toLowerCase(Locale.ROOT);
    return type.isEmpty() ? null : type;
  }

  public static @Nullable String charsetParam(@Nullable String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        return p.substring(8).strip();
      }
    }
    return null;
  }

  private static boolean looksLikeHtml(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<") || head.contains("<html") || head.contains("<body");
  }

  private static FetchRefusedException unreadable(URI uri, String media) {
    String hint = media.equals("application/pdf")
        ? "; PDF platforms are not read yet (support may come later)" : "";
    return new FetchRefusedException(Reason.UNSUPPORTED_CONTENT_TYPE, uri, "refused " + shorten(uri)
        + ": the page is " + AddressPolicy.shorten(media) + "; only HTML and plain text are read"
        + hint);
  }

  private static String shorten(URI uri) {
    return AddressPolicy.shorten(uri.toString());
  }

  /** The clock this downloader reads, for deadlines that callers compute. */
  public TimeSource time() {
    return time;
  }
}
