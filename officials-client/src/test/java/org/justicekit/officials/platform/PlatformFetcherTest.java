package org.justicekit.officials.platform;

import org.justicekit.officials.TimeSource;
import org.justicekit.officials.FetchRefusedException;
import org.justicekit.officials.FetchFailedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.justicekit.demands.PlatformDocument;
import org.justicekit.officials.FetchRefusedException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class PlatformFetcherTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  /** A fixed date for retrieval times; intervals and waits stay real (deadline tests). */
  private static final TimeSource FIXED_DATE = new TimeSource() {
    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public Instant now() {
      return NOW;
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      TimeSource.SYSTEM.sleep(duration);
    }
  };

  private SiteServer server;
  private PlatformFetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    server = SiteServer.start();
    fetcher = PlatformFetcher.builder()
        .allowPrivateNetwork(true)
        .perHostDelay(Duration.ZERO)
        .requestTimeout(Duration.ofSeconds(5))
        .contactUrl(URI.create("https://example.org/crawler"))
        .timeSource(FIXED_DATE)
        .build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String page(String title, String nav, String main) {
    return "<!doctype html><html><head><title>" + title + "</title></head><body>"
        + "<header><a href=\"/\">Jane Doe for DA</a><nav>" + nav + "</nav></header>"
        + "<main>" + main + "</main>"
        + "<footer>Paid for by Jane Doe for DA. <a href=\"/privacy\">Privacy</a></footer>"
        + "</body></html>";
  }

  private static final String NAV = "<a href=\"/\">Home</a> <a href=\"/about\">About</a> "
      + "<a href=\"/issues\">Issues</a> <a href=\"/donate\">Donate</a> "
      + "<a href=\"/contact\">Contact</a> <a href=\"/news\">News</a> "
      + "<a href=\"/get-involved\">Get Involved</a> <a href=\"mailto:jane@example.org\">Email</a> "
      + "<a href=\"tel:+15555550100\">Call</a> <a href=\"javascript:void(0)\">Menu</a> "
      + "<a href=\"http://elsewhere.example/issues\">Our issues elsewhere</a>";

  private void serveCampaignSite() {
    server.html("/", page("Jane Doe for District Attorney", NAV,
        "<h1>A fair justice system</h1><p>Welcome to the campaign.</p>"))
        .html("/issues", page("Issues | Jane Doe", NAV,
            "<h1>On the Issues</h1><p>Where Jane stands.</p><ul>"
                + "<li><a href=\"/issues/bail-reform\">Ending Cash Bail</a></li>"
                + "<li><a href=\"/issues/youth-justice\">Keeping Kids Out of Adult Jails</a></li>"
                + "<li><a href=\"/issues/cash-bail\">Cash bail (again)</a></li>"
                + "<li><a href=\"/volunteer\">Volunteer</a></li></ul>"))
        .html("/issues/bail-reform", page("Ending Cash Bail | Jane Doe", NAV,
            "<article><header><h1>Ending Cash Bail</h1></header>"
                + "<p>I will end cash bail.</p><p>No one should sit in jail because they are poor.</p>"
                + "</article>"))
        .html("/issues/cash-bail", page("Cash Bail | Jane Doe", NAV,
            "<article><header><h1>Ending Cash Bail</h1></header>"
                + "<p>I will end cash bail.</p><p>No one should sit in jail because they are poor.</p>"
                + "</article>"))
        .html("/issues/youth-justice", page("Youth Justice | Jane Doe", NAV,
            "<h1>Keeping Kids Out of Adult Jails</h1><p>I will not charge children as adults.</p>"))
        .html("/donate", page("Donate", NAV, "<h1>Donate</h1>"))
        .html("/about", page("About Jane", NAV, "<h1>About</h1><p>Jane is a public defender.</p>"))
        .bytes("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\n"
            .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void fetchPlatform_navToIssuesIndex_returnsIndexAndIssuePagesOnce() {
    serveCampaignSite();

    PlatformPages pages = fetcher.fetchPlatform(server.uri("/"));

    assertThat(pages.site()).isEqualTo(server.uri("/"));
    assertThat(pages.documents()).extracting(PlatformDocument::source).containsExactly(
        server.uri("/issues"), server.uri("/issues/bail-reform"),
        server.uri("/issues/youth-justice"));
    PlatformDocument bail = pages.documents().get(1);
    assertThat(bail.title()).isEqualTo("Ending Cash Bail | Jane Doe");
    assertThat(bail.contentType()).isEqualTo(PlatformDocument.ContentType.TEXT);
    assertThat(bail.content()).isEqualTo(
        "Ending Cash Bail\n\nI will end cash bail.\n\nNo one should sit in jail because they are poor.");
    assertThat(bail.retrievedAt()).isEqualTo(NOW);
    assertThat(pages.notes()).anyMatch(n -> n.contains("/issues/cash-bail")
        && n.contains("same text"));
    assertThat(server.targets()).doesNotContain("/donate", "/contact", "/news", "/volunteer",
        "/get-involved", "/privacy", "/about");
    assertThat(server.targets()).startsWith("/robots.txt", "/");
    assertThat(server.targets()).filteredOn("/robots.txt"::equals).hasSize(1);
  }

  @Test
  void fetchPlatform_request_namesJusticeKitAndAcceptsCompression() {
    serveCampaignSite();

    fetcher.fetchPlatform(server.uri("/"));

    SiteServer.Request home = server.requests().get(1);
    assertThat(home.method()).isEqualTo("GET");
    assertThat(home.headers().getFirst("User-Agent"))
        .matches("JusticeKit/[0-9][^ ]* \\(\\+https://example.org/crawler\\)");
    assertThat(home.headers().getFirst("Accept-Encoding")).isEqualTo("gzip, deflate");
    assertThat(home.headers().getFirst("Accept")).startsWith("text/html");
    assertThat(fetcher.userAgent()).isEqualTo(home.headers().getFirst("User-Agent"));
  }

  @Test
  void fetchPlatform_robotsDisallowsOnePath_skipsItWithNote() {
    serveCampaignSite();
    server.bytes("/robots.txt", 200, "text/plain; charset=utf-8", """
        User-agent: *
        Disallow: /

        # our group wins over the * group
        User-agent: JusticeKit
        Disallow: /issues/youth
        """.getBytes(StandardCharsets.UTF_8));

    PlatformPages pages = fetcher.fetchPlatform(server.uri("/"));

    assertThat(pages.documents()).extracting(PlatformDocument::source)
        .contains(server.uri("/issues/bail-reform"))
        .doesNotContain(server.uri("/issues/youth-justice"));
    assertThat(server.targets()).doesNotContain("/issues/youth-justice");
    assertThat(pages.notes()).anyMatch(n -> n.contains("/issues/youth-justice")
        && n.contains("robots.txt disallows"));
  }

  @Test
  void fetchPlatform_robotsDisallowsAll_refusedAfterOnlyRobotsRequest() {
    serveCampaignSite();
    server.bytes("/robots.txt", 200, "text/plain", "User-agent: justicekit/1.0\nDisallow: /\n"
        .getBytes(StandardCharsets.UTF_8));

    FetchRefusedException e = catchThrowableOfType(FetchRefusedException.class,
        () -> fetcher.fetchPlatform(server.uri("/")));

    assertThat(e.reason()).isEqualTo(Reason.ROBOTS);
    assertThat(e.provider()).isEqualTo("fetcher");
    assertThat(server.targets()).containsExactly("/robots.txt");
  }

  @Test
  void fetch_robotsServerError_treatedAsDisallowed() {
    server.html("/", "<p>hi</p>").bytes("/robots.txt", 503, "text/plain", new byte[0]);

    FetchRefusedException e = catchThrowableOfType(FetchRefusedException.class,
        () -> fetcher.fetch(server.uri("/")));

    assertThat(e.reason()).isEqualTo(Reason.ROBOTS);
    assertThat(e.getMessage()).contains("robots.txt could not be read").contains("HTTP 503");
    assertThat(server.targets()).containsExactly("/robots.txt");
  }

  @Test
  void fetchPlatform_noIssueLinks_returnsHomePageWithNote() {
    server.html("/", page("Jane Doe", "<a href=\"/donate\">Donate</a>",
        "<h1>Jane Doe</h1><p>I will end cash bail.</p>"));

    PlatformPages pages = fetcher.fetchPlatform(server.uri("/"));

    assertThat(pages.documents()).singleElement().satisfies(d -> {
      assertThat(d.source()).isEqualTo(server.uri("/"));
      assertThat(d.content()).isEqualTo("Jane Doe\n\nI will end cash bail.");
    });
    assertThat(pages.notes()).anyMatch(n -> n.contains("home page is returned"));
  }

  @Test
  void fetchPlatform_maxPages_limitsRequestsAndSaysSo() {
    serveCampaignSite();
    PlatformFetcher two = fetcher.toBuilder().maxPages(2).build();

    PlatformPages pages = two.fetchPlatform(server.uri("/"));

    assertThat(pages.documents()).extracting(PlatformDocument::source)
        .containsExactly(server.uri("/issues"));
    assertThat(server.targets()).containsExactly("/robots.txt", "/", "/issues");
    assertThat(pages.notes()).anyMatch(n -> n.contains("limit of 2 pages"));
  }

  @Test
  void fetch_redirectLoop_refused() {
    server.redirect("/a", "/b").redirect("/b", "/a");

    FetchRefusedException e = catchThrowableOfType(FetchRefusedException.class,
        () -> fetcher.fetch(server.uri("/a")));

    assertThat(e.reason()).isEqualTo(Reason.REDIRECT_LOOP);
    assertThat(e.uri()).isEqualTo(server.uri("/a"));
    assertThat(server.targets()).containsExactly("/robots.txt", "/a", "/b");
  }

  @Test
  void fetch_tooManyRedirects_refusedAfterCap() {
    for (int i = 0; i < 10; i++) {
      server.redirect("/r" + i, "/r" + (i + 1));
    }
    PlatformFetcher three = fetcher.toBuilder().maxRedirects(3).build();

    FetchRefusedException e = catchThrowableOfType(FetchRefusedException.class,
        () -> three.fetch(server.uri("/r0")));

    assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS);
    assertThat(e.getMessage()).contains("more than 3 redirects");
    assertThat(server.targets()).containsExactly("/robots.txt", "/r0", "/r1", "/r2", "/r3");
  }

  @Test
  void fetch_redirectWithinLimit_returnsFinalUrl() {
    server.redirect("/old", "/new").html("/new", "<title>New</title><p>Moved here.</p>");

    PlatformDocument doc = fetcher.fetch(server.uri("/old"));

    assertThat(doc.source()).isEqualTo(server.uri("/new"));
    assertThat(doc.title()).isEqualTo("New");
    assertThat(doc.content()).isEqualTo("Moved here.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "[::1]", "169.254.169.254", "10.0.0.1", "172.16.5.4",
      "192.168.1.1", "0.0.0.0", "[fe80::1]", "[fc00::1]", "224.0.0.1", "[::ffff:127.0.0.1]",
      "100.64.0.1"})
  void fetch_privateAddressByDefault_refusedWithoutConnecting(String host) {
    PlatformFetcher strict = fetcher.toBuilder().allowPrivateNetwork(false).build();
    URI uri = URI.create("http://" + host + ":" + server.port() + "/latest/meta-data/");

    FetchRefusedException e = catchThrowableOfType(FetchRefusedException.class,
        () -> strict.fetch(uri));

    assertThat(e.reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
    assertThat(e.getMessage()).contains("allowPrivateNetwork");
    assertThat(e.retryable()).isFalse();
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void fetch_localhostName_refusedAfterResolving() {
    PlatformFetcher strict = fetcher.toBuilder().allowPrivateNetwork(false).build();

    FetchRefusedException e = catchThrowableOfType(FetchRefusedException.class,
        () -> strict.fetch(URI.create("http://localhost:" + server.port() + "/")));

    assertThat(e.reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
    assertThat(e.getMessage()).contains("localhost resolves to").contains("loopback");
    assertThat(server.requests()).isEmpty();
  }

  /** A fetcher that sees campaign.test as a public host and reaches it through the test server. */
  private PlatformFetcher publicView() {
    HostResolver resolver = host -> switch (host) {
      case "campaign.test" -> List.of(InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34}));
      case "intranet.test" -> List.of(InetAddress.getByAddress(host, new byte[] {(byte) 192, (byte) 168, 1, 5}));
      default -> throw new UnknownHostException(host);
    };
    return fetcher.toBuilder()
        .allowPrivateNetwork(false)
        .resolver(resolver)
        .proxy(ProxySelector.of(server.address()))
        .build();
  }

  @Test
  void fetch_publicHost_fetchedThroughProxyWithItsHostHeader() {
    server.html("/platform", "<title>Platform</title><p>I will end cash bail.</p>");

    PlatformDocument doc = publicView().fetch(URI.create("http://campaign.test/platform"));

    assertThat(doc.content()).isEqualTo("I will end cash bail.");
    assertThat(server.requests()).last().satisfies(r -> {
      assertThat(r.target()).isEqualTo("/platform");
      assertThat(r.headers().getFirst("Host")).isEqualTo("campaign.test");
    });
  }

  @ParameterizedTest
  @CsvSource({"http://10.0.0.1/admin", "http://169.254.169.254/latest/meta-data/",
      "http://intranet.test/", "http://[::1]/"})
  void fetch_redirectToPrivateAddress_refusedAtThatHop(String location) {
    server.redirect("/", location);

    FetchRefusedException e = catchThrowableOfType(FetchRefusedException.class,
        () -> publicView().fetch(URI.create("http://campaign.test/")));

    assertThat(e.reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
    assertThat(e.uri()).isEqualTo(URI.create(location));
    assertThat(server.targets()).containsExactly("/robots.txt", "/");
  }

  @Test
  void fetch_unresolvableHost_failsNotRetryable() {
    FetchFailedException e = catchThrowableOfType(FetchFailedException.class,
        () -> publicView().fetch(URI.create("http://nowhere.test/")));

    assertThat(e.getMessage()).contains("cannot resolve the host nowhere.test");
    assertThat(server.requests()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "ftp://example.org/issues, UNSUPPORTED_SCHEME",
      "file:///etc/passwd, UNSUPPORTED_SCHEME",
      "jar:http://example.org/a.jar!/x, UNSUPPORTED_SCHEME",
      "http://user:secret@example.org/, USERINFO",
      "/relative/path, MALFORMED_URL",
      "http:///nohost, MALFORMED_URL"})
  void fetch_badUrl_refusedWithReason(String url, Reason reason) {
    FetchRefusedException e = catchThrowableOfType(FetchRefusedException.class,
        () -> fetcher.fetch(URI.create(url)));

    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.getMessage()).doesNotContain("secret@");
  }

  @Test
  void fetch_absurdlyLongUrl_refused() {
    URI uri = URI.create("http://example.org/" + "a".repeat(5000));

    FetchRefusedException e = catchThrowableOfType(FetchRefusedException.class,
        () -> fetcher.fetch(uri));

    assertThat(e.reason()).isEqualTo(Reason.URL_TOO_LONG);
    assertThat(e.getMessage()).hasSizeLessThan(400);
  }

  @Test
  void fetch_declaredLengthOverCap_refusedTooLarge() {
    server.bytes("/huge", 200, "text/html", new byte[200_000]);

    FetchRefusedException e = catchThrowableOfType(FetchRefusedException.class,
        () -> fetcher.toBuilder().maxPageBytes(64 * 1024).build().fetch(server.uri("/huge")));

    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.getMessage()).contains("200000 bytes").contains("maxPageBytes");
  }

  @Test
  void fetch_streamedBodyOverCap_refusedWhileStreaming() {
    server.route("/endless", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 0); // chunked, no length
      byte[] chunk = "<p>more text</p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
      try (OutputStream out = exchange.getResponseBody()) {
        for (int i = 0; i < 10_000; i++) { // 160 MB unless the client hangs up
          out.write(chunk);
        }
      }
    });

    FetchRefusedException e = catchThrowableOfType(FetchRefusedException.class,
        () -> fetcher.toBuilder().maxPageBytes(64 * 1024).build().fetch(server.uri("/endless")));

    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.getMessage()).contains("larger than 65536 bytes");
  }

  @Test
  void fetch_gzipBomb_refusedOnDecompressedSize() throws IOException {
    byte[] bomb = gzip(new byte[20 * 1024 * 1024]);
    assertThat(bomb.length).isLessThan(64 * 1024);
    server.route("/bomb", exchange -> {
      exchange.getResponseHeaders().add("Content-Encoding", "gzip");
      SiteServer.send(exchange, 200, "text/html", bomb);
    });

    FetchRefusedException e = catchThrowableOfType(FetchRefusedException.class,
        () -> fetcher.toBuilder().maxPageBytes(64 * 1024).build().fetch(server.uri("/bomb")));

    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.getMessage()).contains("decompresses to more than 65536 bytes");
  }

  @ParameterizedTest
  @ValueSource(strings = {"gzip", "deflate"})
  void fetch_compressedPage_decoded(String encoding) throws IOException {
    byte[] html = "<title>Plan</title><p>Ban chokeholds.</p>".getBytes(StandardCharsets.UTF_8);
    byte[] body = encoding.equals("gzip") ? gzip(html) : deflate(html);
    server.route("/plan", exchange -> {
      exchange.getResponseHeaders().add("Content-Encoding", encoding);
      SiteServer.send(exchange, 200, "text/html; charset=utf-8", body);
    });

    PlatformDocument doc = fetcher.fetch(server.uri("/plan"));

    assertThat(doc.content()).isEqualTo("Ban chokeholds.");
  }

  @Test
  void fetch_corruptGzip_failsWithTypedException() {
    server.route("/broken", exchange -> {
      exchange.getResponseHeaders().add("Content-Encoding", "gzip");
      SiteServer.send(exchange, 200, "text/html", "not gzip at all".getBytes(StandardCharsets.UTF_8));
    });

    assertThatThrownBy(() -> fetcher.fetch(server.uri("/broken")))
        .isInstanceOf(FetchFailedException.class)
        .hasMessageContaining("is corrupt");
  }

  @Test
  void fetch_unknownContentEncoding_refused() {
    server.route("/br", exchange -> {
      exchange.getResponseHeaders().add("Content-Encoding", "br");
      SiteServer.send(exchange, 200, "text/html", new byte[] {1, 2, 3});
    });

    FetchRefusedException e = catchThrowableOfType(FetchRefusedException.class,
        () -> fetcher.fetch(server.uri("/br")));

    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_CONTENT_ENCODING);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // header charset, body bytes as ISO-8859-1 escapes, expected text
      "text/html; charset=ISO-8859-1|<p>Caf\u00e9 r\u00e9sum\u00e9</p>|Caf\u00e9 r\u00e9sum\u00e9",
      "text/html|<meta charset=windows-1252><p>\u0093Reform\u0094 now</p>|\u201cReform\u201d now",
      "text/html|<meta http-equiv='Content-Type' content='text/html; charset=windows-1252'><p>\u0085</p>|\u2026",
      "text/html; charset=x-no-such-charset|<p>plain ascii</p>|plain ascii",
      "text/html; charset=utf-8|<p>Caf\u00e9</p>|Caf\ufffd"})
  void fetch_charsets_decodedOrReplacedCleanly(String contentType, String latin1Body,
      String expected) {
    server.bytes("/page", 200, contentType, latin1Body.getBytes(StandardCharsets.ISO_8859_1));

    PlatformDocument doc = fetcher.fetch(server.uri("/page"));

    assertThat(doc.content()).isEqualTo(expected);
  }

  @Test
  void fetch_plainText_returnedAsText() {
    server.bytes("/platform.txt", 200, "text/plain; charset=utf-8",
        "My platform\r\n\r\nI will publish prosecution data.  Every year.\n"
            .getBytes(StandardCharsets.UTF_8));

    PlatformDocument doc = fetcher.fetch(server.uri("/platform.txt"));

    assertThat(doc.content()).isEqualTo("My platform\n\nI will publish prosecution data. Every year.");
    assertThat(doc.title()).isNull();
  }

  @ParameterizedTest
  @CsvSource({"application/pdf, PDF platforms are not read yet", "image/png, only HTML and plain text",
      "application/octet-stream, only HTML and plain text"})
  void fetch_nonHtmlContent_refused(String contentType, String message) {
    server.bytes("/file", 200, contentType, "%PDF-1.7 binary".getBytes(StandardCharsets.ISO_8859_1));

    FetchRefusedException e = catchThrowableOfType(FetchRefusedException.class,
        () -> fetcher.fetch(server.uri("/file")));

    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_CONTENT_TYPE);
    assertThat(e.getMessage()).contains(contentType).contains(message);
  }

  @Test
  void fetch_binaryBodyLabelledHtml_refused() {
    byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    server.bytes("/fake.html", 200, "text/html", png);

    FetchRefusedException e = catchThrowableOfType(FetchRefusedException.class,
        () -> fetcher.fetch(server.uri("/fake.html")));

    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_CONTENT_TYPE);
    assertThat(e.getMessage()).contains("binary");
  }

  @Test
  void issue11_fetchPlatform_tricklingPages_stopAtCrawlDeadline() {
    StringBuilder links = new StringBuilder("<ul>");
    for (int i = 0; i < 6; i++) {
      String path = "/issues/topic-" + i;
      links.append("<li><a href=\"").append(path).append("\">Issue ").append(i).append("</a></li>");
      server.route(path, exchange -> {
        exchange.getResponseHeaders().add("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0);
        exchange.getResponseBody().write("<p>one word".getBytes(StandardCharsets.UTF_8));
        exchange.getResponseBody().flush();
        server.stall();
      });
    }
    server.html("/", page("Jane Doe", NAV, "<h1>On the Issues</h1>" + links + "</ul>"));
    PlatformFetcher bounded = fetcher.toBuilder().requestTimeout(Duration.ofSeconds(3))
        .crawlDeadline(Duration.ofMillis(800)).build();

    long start = System.nanoTime();
    PlatformPages pages = bounded.fetchPlatform(server.uri("/"));
    long millis = (System.nanoTime() - start) / 1_000_000;

    // Without the deadline: six pages times a 3 s timeout, 18 s.
    assertThat(millis).isLessThan(9_000);
    assertThat(pages.documents()).extracting(PlatformDocument::source)
        .containsExactly(server.uri("/"));
    assertThat(pages.notes()).anyMatch(n -> n.contains("deadline"));
    assertThat(bounded.crawlDeadline()).isEqualTo(Duration.ofMillis(800));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void fetch_slowServer_cutOffAtDeadline(boolean headersFirst) {
    server.route("/slow", exchange -> {
      if (headersFirst) {
        exchange.getResponseHeaders().add("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0);
        exchange.getResponseBody().write("<p>start".getBytes(StandardCharsets.UTF_8));
        exchange.getResponseBody().flush();
      }
      server.stall();
    });
    PlatformFetcher impatient = fetcher.toBuilder().requestTimeout(Duration.ofMillis(300)).build();

    FetchFailedException e = catchThrowableOfType(FetchFailedException.class,
        () -> impatient.fetch(server.uri("/slow")));

    assertThat(e.retryable()).isTrue();
    assertThat(e.getMessage()).contains("within 300 ms");
  }

  @ParameterizedTest
  @CsvSource({"404, false", "410, false", "429, true", "503, true"})
  void fetch_httpError_failsWithStatus(int status, boolean retryable) {
    server.bytes("/gone", status, "text/plain", "no".getBytes(StandardCharsets.UTF_8));

    FetchFailedException e = catchThrowableOfType(FetchFailedException.class,
        () -> fetcher.fetch(server.uri("/gone")));

    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.retryable()).isEqualTo(retryable);
    assertThat(e.uri()).isEqualTo(server.uri("/gone"));
  }

  @Test
  void fetchPlatform_pdfPlatformLink_notedNotFetched() {
    server.html("/", page("Jane", "<a href=\"/files/platform.pdf\">Read my platform</a>",
        "<p>Hello.</p>"));

    PlatformPages pages = fetcher.fetchPlatform(server.uri("/"));

    assertThat(pages.notes()).anyMatch(n -> n.contains("platform.pdf") && n.contains("PDF"));
    assertThat(server.targets()).doesNotContain("/files/platform.pdf");
  }

  @Test
  void builder_outOfRange_rejected() {
    assertThatThrownBy(() -> PlatformFetcher.builder().maxPages(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPages");
    assertThatThrownBy(() -> PlatformFetcher.builder().maxPageBytes(10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPageBytes");
    assertThatThrownBy(() -> PlatformFetcher.builder().requestTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestTimeout");
    assertThatThrownBy(() -> PlatformFetcher.builder().contactUrl(URI.create("https://x/ (me)")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toBuilder_keepsSettings() {
    PlatformFetcher variant = fetcher.toBuilder().maxPages(7).build();

    assertThat(variant.maxPages()).isEqualTo(7);
    assertThat(variant.allowPrivateNetwork()).isTrue();
    assertThat(variant.contactUrl()).isEqualTo(URI.create("https://example.org/crawler"));
    assertThat(variant.perHostDelay()).isZero();
    assertThat(PlatformFetcher.create().allowPrivateNetwork()).isFalse();
    assertThat(PlatformFetcher.create().maxPages()).isEqualTo(20);
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream d = new DeflaterOutputStream(out)) {
      d.write(data);
    }
    return out.toByteArray();
  }

}
