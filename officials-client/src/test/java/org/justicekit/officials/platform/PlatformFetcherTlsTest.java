package org.justicekit.officials.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.justicekit.officials.FetchFailedException;
import org.justicekit.demands.PlatformDocument;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the fetcher's own connections to a checked address still speak TLS as the JDK
 * client did: the certificate is verified against the URL's host name (sent as SNI), not
 * against the literal address the socket was opened to. A throwaway certificate for {@code
 * localhost}, made with the JDK's {@code keytool}, is served by an {@link HttpsServer} on
 * 127.0.0.1 and trusted by the test's own TLS context only.
 */
final class PlatformFetcherTlsTest {
  private static final char[] PASSWORD = "test-only".toCharArray();

  @TempDir
  static Path dir;

  private static HttpsServer server;
  private static SSLContext clientTls;
  private static final List<String> hosts = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    Path store = dir.resolve("localhost.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool")
        .toString(), "-genkeypair", "-alias", "localhost", "-keyalg", "EC", "-dname",
        "CN=localhost", "-ext", "SAN=dns:localhost", "-validity", "2", "-storetype", "PKCS12",
        "-keystore", store.toString(), "-storepass", new String(PASSWORD), "-keypass",
        new String(PASSWORD)).redirectErrorStream(true).start();
    try (InputStream out = keytool.getInputStream()) {
      out.readAllBytes();
    }
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).isZero();

    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, PASSWORD);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keys, PASSWORD);
    SSLContext serverTls = SSLContext.getInstance("TLS");
    serverTls.init(kmf.getKeyManagers(), null, null);
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(keys);
    clientTls = SSLContext.getInstance("TLS");
    clientTls.init(null, tmf.getTrustManagers(), null);

    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
    server.createContext("/", exchange -> {
      try (exchange) {
        hosts.add(exchange.getRequestHeaders().getFirst("Host"));
        byte[] body = exchange.getRequestURI().getPath().equals("/robots.txt")
            ? new byte[0]
            : "<title>Platform</title><p>I will end cash bail.</p>"
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        }
      }
    });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static PlatformFetcher fetcher() {
    return PlatformFetcher.builder()
        .allowPrivateNetwork(true) // the test server is on loopback
        .perHostDelay(Duration.ZERO)
        .requestTimeout(Duration.ofSeconds(5))
        .resolver(host -> List.of(InetAddress.getLoopbackAddress()))
        .tls(clientTls)
        .build();
  }

  @Test
  void issue15_httpsToCheckedAddress_verifiesTheHostNameAndKeepsHost() {
    int port = server.getAddress().getPort();

    PlatformDocument doc = fetcher().fetch(URI.create("https://localhost:" + port + "/platform"));

    assertThat(doc.content()).isEqualTo("I will end cash bail.");
    assertThat(hosts).contains("localhost:" + port);
  }

  @Test
  void issue15_certificateNotForTheUrlHost_refused() {
    int port = server.getAddress().getPort();

    // The socket goes to the same address, but the certificate names localhost, not this host.
    FetchFailedException e = catchThrowableOfType(FetchFailedException.class,
        () -> fetcher().fetch(URI.create("https://127.0.0.1:" + port + "/platform")));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("127.0.0.1");
    assertThat(e).hasRootCauseInstanceOf(java.security.cert.CertificateException.class);
    assertThat(hosts).doesNotContain("127.0.0.1:" + port);
  }
}
