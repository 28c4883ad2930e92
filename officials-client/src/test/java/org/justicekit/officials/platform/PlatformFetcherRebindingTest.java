package org.justicekit.officials.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.justicekit.officials.FetchFailedException;
import org.justicekit.officials.internal.crawl.PinnedExchange;
import org.justicekit.demands.PlatformDocument;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the fetcher connects to exactly the addresses it checked, on every hop, so a name
 * that answers a public address to the check and a private one afterwards (DNS rebinding) never
 * leads into the private network. The tests resolve through a scripted {@link HostResolver} and
 * open sockets through a recording connector that sends "public" addresses to the local test
 * server (or refuses them) and never leaves 127.0.0.1.
 */
final class PlatformFetcherRebindingTest {
  private static final InetAddress PUBLIC_A = address(93, 184, 216, 34);
  private static final InetAddress PUBLIC_B = address(151, 101, 1, 69);

  private SiteServer server;
  private final List<InetAddress> connects = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = SiteServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static InetAddress address(int a, int b, int c, int d) {
    try {
      return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  private PlatformFetcher fetcher(HostResolver resolver, PinnedExchange.Connector connector) {
    return PlatformFetcher.builder()
        .allowPrivateNetwork(false)
        .perHostDelay(Duration.ZERO)
        .requestTimeout(Duration.ofSeconds(5))
        .resolver(resolver)
        .connector((address, port, timeout) -> {
          connects.add(address);
          return connector.connect(address, port, timeout);
        })
        .build();
  }

  /** Public addresses lead to the local test server; anything else is connected as asked. */
  private PinnedExchange.Connector publicToServer() {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    return (address, port, timeout) -> PinnedExchange.Connector.DIRECT.connect(
        address.equals(PUBLIC_A) || address.equals(PUBLIC_B) ? loopback : address,
        address.isLoopbackAddress() ? port : server.port(), timeout);
  }

  @Test
  void issue15_secondResolutionToLoopback_neverUsed() {
    server.html("/", "<title>Inside</title><p>an internal admin page</p>");
    AtomicInteger asked = new AtomicInteger();
    // A rebinding name: public to the first question, loopback (the test server) afterwards.
    // The JDK's own resolver also says 127.0.0.1 for localhost, so a client that resolved the
    // name again to connect would reach the server.
    HostResolver rebinding = host -> List.of(asked.getAndIncrement() == 0 ? PUBLIC_A
        : InetAddress.getLoopbackAddress());
    PinnedExchange.Connector publicUnreachable = (address, port, timeout) -> {
      if (address.isLoopbackAddress()) {
        return PinnedExchange.Connector.DIRECT.connect(address, port, timeout);
      }
      throw new ConnectException("tests do not leave 127.0.0.1");
    };

    FetchFailedException e = catchThrowableOfType(FetchFailedException.class,
        () -> fetcher(rebinding, publicUnreachable)
            .fetch(URI.create("http://localhost:" + server.port() + "/")));

    assertThat(e.getMessage()).contains("could not connect to localhost");
    assertThat(asked.get()).isGreaterThanOrEqualTo(2); // the second answer was given...
    assertThat(connects).containsOnly(PUBLIC_A);        // ...but never connected to
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void issue15_redirectAcrossHosts_connectsOnlyToEachHopsCheckedAddress() {
    server.redirect("/", "http://other.test/platform");
    server.html("/platform", "<title>Platform</title><p>I will end cash bail.</p>");
    HostResolver resolver = host -> switch (host) {
      case "campaign.test" -> List.of(PUBLIC_A);
      case "other.test" -> List.of(PUBLIC_B);
      default -> throw new UnknownHostException(host);
    };

    PlatformDocument doc = fetcher(resolver, publicToServer())
        .fetch(URI.create("http://campaign.test/"));

    assertThat(doc.content()).isEqualTo("I will end cash bail.");
    assertThat(connects).containsOnly(PUBLIC_A, PUBLIC_B).contains(PUBLIC_A, PUBLIC_B);
    assertThat(server.requests()).extracting(r -> r.target() + " " + r.headers().getFirst("Host"))
        .contains("/ campaign.test", "/platform other.test", "/robots.txt other.test");
  }

  @Test
  void issue15_redirectToRebindingName_connectsToTheAddressItChecked() {
    server.redirect("/", "http://other.test/admin");
    AtomicInteger otherAsked = new AtomicInteger();
    // other.test answers public to the page's check, loopback to every later question (here
    // the robots.txt hop, which is refused and so read as "no robots.txt").
    HostResolver resolver = host -> switch (host) {
      case "campaign.test" -> List.of(PUBLIC_A);
      case "other.test" -> List.of(otherAsked.getAndIncrement() == 0 ? PUBLIC_B
          : InetAddress.getLoopbackAddress());
      default -> throw new UnknownHostException(host);
    };

    FetchFailedException e = catchThrowableOfType(FetchFailedException.class,
        () -> fetcher(resolver, publicToServer()).fetch(URI.create("http://campaign.test/")));

    assertThat(e.statusCode()).isEqualTo(404); // /admin, asked of the checked public address
    assertThat(otherAsked.get()).isEqualTo(2);
    assertThat(connects).containsOnly(PUBLIC_A, PUBLIC_B);
    assertThat(server.requests()).extracting(r -> r.target() + " " + r.headers().getFirst("Host"))
        .contains("/admin other.test").doesNotContain("/robots.txt other.test");
  }
}
