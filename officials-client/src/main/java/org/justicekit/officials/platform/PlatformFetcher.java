package org.justicekit.officials.platform;

import org.justicekit.officials.internal.crawl.PageDownloader;
import org.justicekit.officials.FetchRefusedException;
import org.justicekit.officials.TimeSource;
import org.justicekit.officials.internal.crawl.HostThrottle;
import org.justicekit.officials.internal.crawl.PinnedExchange;
import org.justicekit.officials.internal.crawl.PageText;
import org.justicekit.officials.internal.crawl.AddressPolicy;
import org.justicekit.officials.internal.crawl.SiteCrawler;
import org.justicekit.officials.FetchFailedException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.PlatformDocument;

/**
 * Finds an official's platform pages from their website and returns them as
 * {@link PlatformDocument}s ready to score.
 *
 * <pre>{@code
 * PlatformFetcher fetcher = PlatformFetcher.create();   // share it
 * PlatformPages pages = fetcher.fetchPlatform(URI.create("https://janedoefor.da/"));
 * pages.documents().forEach(d -> System.out.println(d.source() + " " + d.title()));
 * }</pre>
 *
 * <p><b>Finding the platform.</b> From the home page the fetcher ranks links by their text and
 * URL path (issues, platform, priorities, agenda, policies, plan, "where I stand", reform...),
 * fetches the best, then the content links of those pages (an issues index leads to the issue
 * pages under it), up to {@link Builder#maxDepth(int) maxDepth} levels and
 * {@link Builder#maxPages(int) maxPages} pages. Links to donation, volunteer, contact, news and
 * blog listings, events, privacy, shop and account pages, to other sites, and
 * {@code mailto:}, {@code tel:} and {@code javascript:} links are not followed; a fetched page
 * whose main heading marks it as one of those is dropped, and pages with the same text are kept
 * once. Each document holds the page's readable text (navigation, banners, footers, scripts and
 * form controls removed, one block per line) as {@link PlatformDocument.ContentType#TEXT},
 * with its URL, title and retrieval time.
 *
 * <p><b>Politeness.</b> robots.txt is honoured for the product token {@value #AGENT_TOKEN} (an
 * unreachable robots.txt disallows the site, as RFC 9309 says); requests name JusticeKit and its
 * version in {@code User-Agent}, with the {@link Builder#contactUrl(URI) contact URL} if set;
 * requests to one host are spaced by {@link Builder#perHostDelay(Duration) perHostDelay} (or
 * the robots.txt crawl-delay, up to 10 s), across all threads sharing the fetcher.
 *
 * <p><b>Safety.</b> Only http and https URLs without user info, of at most
 * {@value #MAX_URL_LENGTH} characters. A host that resolves to a loopback, private, link-local
 * (including the cloud metadata address 169.254.169.254), multicast, unspecified or otherwise
 * non-public address is refused unless {@link Builder#allowPrivateNetwork(boolean)} is set; the
 * check runs after DNS resolution and again on every redirect, which the fetcher follows itself
 * (at most {@link Builder#maxRedirects(int) maxRedirects}, loops refused). The connection
 * resolves the host through the JDK, whose address cache normally returns the addresses just
 * checked. Every response must complete within {@link Builder#requestTimeout(Duration)
 * requestTimeout}, and a whole crawl within {@link Builder#crawlDeadline(Duration)
 * crawlDeadline}; bodies are limited to {@link Builder#maxPageBytes(int) maxPageBytes} while
 * they stream and again once gzip or deflate is undone.
 *
 * <p><b>Content.</b> HTML and plain text are read; the charset comes from a byte-order mark,
 * the {@code Content-Type} header or the page's {@code <meta charset>} / {@code http-equiv},
 * else UTF-8, and malformed bytes become U+FFFD. Other content (PDF, images) is refused with
 * {@link FetchRefusedException.Reason#UNSUPPORTED_CONTENT_TYPE}; reading PDF platforms may come
 * later.
 *
 * <p>Immutable and thread-safe: build once and share it (it holds an {@link HttpClient} and the
 * per-host robots.txt and rate-limit state); safe as {@code static final}.
 */
public final class PlatformFetcher {
  /** The longest URL fetched, in characters. */
  public static final int MAX_URL_LENGTH = 2048;
  /** The robots.txt product token. */
  public static final String AGENT_TOKEN = "JusticeKit";
  /** The provider name the fetcher's exceptions carry. */
  public static final String PROVIDER = "fetcher";

  private final boolean allowPrivateNetwork;
  private final int maxPages;
  private final int maxDepth;
  private final int maxPageBytes;
  private final int maxRedirects;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final Duration perHostDelay;
  private final Duration crawlDeadline;
  private final @Nullable URI contactUrl;
  private final HostResolver resolver;
  private final @Nullable ProxySelector proxy;
  private final TimeSource time;
  private final PinnedExchange.Connector downloaderConnector;
  private final javax.net.ssl.@Nullable SSLContext tls;
  private final String userAgent;
  private final PageDownloader downloader;

  private PlatformFetcher(Builder b) {
    this.allowPrivateNetwork = b.allowPrivateNetwork;
    this.maxPages = b.maxPages;
    this.maxDepth = b.maxDepth;
    this.maxPageBytes = b.maxPageBytes;
    this.maxRedirects = b.maxRedirects;
    this.connectTimeout = b.connectTimeout;
    this.requestTimeout = b.requestTimeout;
    this.perHostDelay = b.perHostDelay;
    this.crawlDeadline = b.crawlDeadline;
    this.contactUrl = b.contactUrl;
    this.resolver = b.resolver;
    this.proxy = b.proxy;
    this.time = b.time;
    this.downloaderConnector = b.connector;
    this.tls = b.tls;
    this.userAgent = AGENT_TOKEN + "/" + version()
        + (contactUrl == null ? "" : " (+" + contactUrl + ")");
    // Direct connections go to the addresses the policy checked (issue 15, DNS rebinding);
    // behind a proxy, the proxy resolves and connects, so the JDK client hands it the URL.
    HttpClient proxied = proxy == null ? null : HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .proxy(proxy)
        .build();
    this.downloader = new PageDownloader(proxied,
        new PinnedExchange(b.connector, connectTimeout, time, b.tls),
        new AddressPolicy(allowPrivateNetwork, resolver), new HostThrottle(perHostDelay, time),
        userAgent, maxRedirects, maxPageBytes, requestTimeout, time);
  }

  /** A fetcher with the defaults: private networks refused, 20 pages, depth 2, 4 MiB pages. */
  public static PlatformFetcher create() {
    return builder().build();
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this fetcher's settings, for a variant. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Finds and fetches the platform pages of a site.
   *
   * @param site the official's website or campaign site, usually its home page
   * @return the pages found, with notes on pages skipped; never empty (the home page alone when
   *     no issues pages are found)
   * @throws FetchRefusedException if the site itself is refused (scheme, address, robots.txt,
   *     size, redirects, content type)
   * @throws FetchFailedException if the site's home page cannot be fetched
   */
  public PlatformPages fetchPlatform(URI site) {
    Objects.requireNonNull(site, "site");
    return new SiteCrawler(downloader, maxPages, maxDepth, crawlDeadline).crawl(site);
  }

  /**
   * Fetches one page, with the same politeness and safety checks, and returns its readable text.
   * Redirects to other sites are followed.
   *
   * @throws FetchRefusedException if the page is refused
   * @throws FetchFailedException if the page cannot be fetched
   */
  public PlatformDocument fetch(URI page) {
    Objects.requireNonNull(page, "page");
    PageDownloader.Page fetched = downloader.fetchPage(page);
    PageText text = fetched.html() ? PageText.ofHtml(fetched.text(), fetched.uri())
        : PageText.ofPlainText(fetched.text());
    return SiteCrawler.document(fetched, text);
  }

  /** The {@code User-Agent} sent, e.g. {@code JusticeKit/0.1.0 (+https://example.org/bot)}. */
  public String userAgent() {
    return userAgent;
  }

  /** Whether private-network addresses may be fetched. */
  public boolean allowPrivateNetwork() {
    return allowPrivateNetwork;
  }

  /** The most pages fetched per site, the home page included. */
  public int maxPages() {
    return maxPages;
  }

  /** How many links deep from the home page the crawl goes. */
  public int maxDepth() {
    return maxDepth;
  }

  /** The largest page read, in bytes, as sent and once decompressed. */
  public int maxPageBytes() {
    return maxPageBytes;
  }

  /** The most redirects followed per page. */
  public int maxRedirects() {
    return maxRedirects;
  }

  /** The time allowed to connect. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** The time allowed for a whole response, headers and body. */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** The time a whole {@link #fetchPlatform} crawl may take. */
  public Duration crawlDeadline() {
    return crawlDeadline;
  }

  /** The least time between two requests to one host. */
  public Duration perHostDelay() {
    return perHostDelay;
  }

  /** The contact URL named in the {@code User-Agent}, if any. */
  public @Nullable URI contactUrl() {
    return contactUrl;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "PlatformFetcher{userAgent=%s, allowPrivateNetwork=%s, "
        + "maxPages=%d, maxDepth=%d, maxPageBytes=%d, maxRedirects=%d, connectTimeout=%s, "
        + "requestTimeout=%s, perHostDelay=%s}", userAgent, allowPrivateNetwork, maxPages,
        maxDepth, maxPageBytes, maxRedirects, connectTimeout, requestTimeout, perHostDelay);
  }

  private static String version() {
    Properties props = new Properties();
    try (InputStream in = PlatformFetcher.class.getResourceAsStream("/org/justicekit/officials/fetcher.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String v = props.getProperty("version", "");
    return v.isEmpty() || v.startsWith("${") ? "dev" : v;
  }

  /**
   * Settings for a {@link PlatformFetcher}. Not thread-safe; use it on one thread, then
   * {@link #build()}.
   */
  public static final class Builder {
    private boolean allowPrivateNetwork;
    private int maxPages = 20;
    private int maxDepth = 2;
    private int maxPageBytes = 4 * 1024 * 1024;
    private int maxRedirects = 5;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Duration perHostDelay = Duration.ofSeconds(1);
    private Duration crawlDeadline = Duration.ofMinutes(2);
    private @Nullable URI contactUrl;
    private HostResolver resolver = HostResolver.system();
    private @Nullable ProxySelector proxy;
    private TimeSource time = TimeSource.SYSTEM;
    private PinnedExchange.Connector connector = PinnedExchange.Connector.DIRECT;
    private javax.net.ssl.@Nullable SSLContext tls;

    private Builder() {}

    private Builder(PlatformFetcher f) {
      allowPrivateNetwork = f.allowPrivateNetwork;
      maxPages = f.maxPages;
      maxDepth = f.maxDepth;
      maxPageBytes = f.maxPageBytes;
      maxRedirects = f.maxRedirects;
      connectTimeout = f.connectTimeout;
      requestTimeout = f.requestTimeout;
      perHostDelay = f.perHostDelay;
      crawlDeadline = f.crawlDeadline;
      contactUrl = f.contactUrl;
      resolver = f.resolver;
      proxy = f.proxy;
      time = f.time;
      connector = f.downloaderConnector;
      tls = f.tls;
    }

    /**
     * Whether hosts on loopback, private, link-local and other non-public addresses may be
     * fetched (default false). Set it for tests and intranets only: on a server, it lets
     * whoever supplies the URL reach internal services and cloud metadata.
     */
    public Builder allowPrivateNetwork(boolean allow) {
      this.allowPrivateNetwork = allow;
      return this;
    }

    /** The most pages fetched per site, home page included: 1 to 200 (default 20). */
    public Builder maxPages(int maxPages) {
      this.maxPages = range("maxPages", maxPages, 1, 200);
      return this;
    }

    /**
     * How many links deep from the home page to go: 0 (home page only) to 4 (default 2: home,
     * issues index, issue pages).
     */
    public Builder maxDepth(int maxDepth) {
      this.maxDepth = range("maxDepth", maxDepth, 0, 4);
      return this;
    }

    /**
     * The largest page read, in bytes, both as sent and once gzip or deflate is undone: 1 KiB
     * to 256 MiB (default 4 MiB). Larger pages are refused with
     * {@link FetchRefusedException.Reason#TOO_LARGE}.
     */
    public Builder maxPageBytes(int maxPageBytes) {
      this.maxPageBytes = range("maxPageBytes", maxPageBytes, 1024, 256 * 1024 * 1024);
      return this;
    }

    /** The most redirects followed per page: 0 to 20 (default 5). */
    public Builder maxRedirects(int maxRedirects) {
      this.maxRedirects = range("maxRedirects", maxRedirects, 0, 20);
      return this;
    }

    /** The time allowed to connect (default 10 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /**
     * The time allowed for a whole response, headers and body (default 30 s); a server that
     * trickles its answer is cut off when it runs out.
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive("requestTimeout", timeout);
      return this;
    }

    /**
     * The time a whole {@link PlatformFetcher#fetchPlatform} crawl may take (default 2 minutes).
     * Each page still has its {@link #requestTimeout}; the page in flight at the deadline is cut
     * off, and the pages found so far are returned with a note. The home page must arrive in
     * time, or the crawl fails.
     */
    public Builder crawlDeadline(Duration deadline) {
      this.crawlDeadline = positive("crawlDeadline", deadline);
      return this;
    }

    /**
     * The least time between two requests to one host (default 1 s); zero disables the wait
     * (tests). A longer robots.txt crawl-delay, up to 10 s, wins.
     */
    public Builder perHostDelay(Duration delay) {
      Objects.requireNonNull(delay, "perHostDelay");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("perHostDelay must not be negative, was " + delay);
      }
      this.perHostDelay = delay;
      return this;
    }

    /**
     * A page saying who runs the crawl and how to reach them, named in the
     * {@code User-Agent} (recommended for apps that crawl many sites); null for none.
     */
    public Builder contactUrl(@Nullable URI contactUrl) {
      if (contactUrl != null && (!contactUrl.isAbsolute() || contactUrl.toString().length() > 200
          || contactUrl.toString().matches(".*[\\s()].*"))) {
        throw new IllegalArgumentException("contactUrl must be an absolute URL of at most 200 "
            + "characters without spaces or parentheses, was " + contactUrl);
      }
      this.contactUrl = contactUrl;
      return this;
    }

    /**
     * The resolver (default {@link HostResolver#system()}). It is asked once per hop; the
     * address check reads its answer and the connection goes to those very addresses, never to
     * a second resolution.
     */
    public Builder resolver(HostResolver resolver) {
      this.resolver = Objects.requireNonNull(resolver, "resolver");
      return this;
    }

    /**
     * An HTTP proxy selector for the connections, or null for none (default). Behind a proxy the
     * address check still applies to the URL's host, resolved locally, but the proxy resolves the
     * name again to connect: trust the proxy's own egress rules.
     */
    public Builder proxy(@Nullable ProxySelector proxy) {
      this.proxy = proxy;
      return this;
    }

    /**
     * The clock for retrieval times, per-host spacing and the crawl deadline (default {@link
     * TimeSource#SYSTEM}); the same seam the providers' {@code HttpSettings} use.
     */
    public Builder timeSource(TimeSource time) {
      this.time = Objects.requireNonNull(time, "time");
      return this;
    }

    /** The TLS context (a test's own trust store) for direct https connections; for tests. */
    Builder tls(javax.net.ssl.SSLContext context) {
      this.tls = Objects.requireNonNull(context, "context");
      return this;
    }

    /** Replaces how sockets are opened; for tests, which must not leave 127.0.0.1. */
    Builder connector(PinnedExchange.Connector connector) {
      this.connector = Objects.requireNonNull(connector, "connector");
      return this;
    }

    /** Builds the fetcher. */
    public PlatformFetcher build() {
      return new PlatformFetcher(this);
    }

    private static int range(String name, int value, int min, int max) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(name + " must be between " + min + " and " + max
            + ", was " + value);
      }
      return value;
    }

    private static Duration positive(String name, Duration value) {
      Objects.requireNonNull(value, name);
      if (value.isZero() || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }
  }
}
