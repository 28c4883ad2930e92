package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class FetchPlatformCommandTest {
  private static final Map<String, String> SITE = Map.of(
      "/", "<html><head><title>Jane Doe for DA</title></head><body>"
          + "<nav><a href=\"/issues\">Issues</a> <a href=\"/donate\">Donate</a></nav>"
          + "<main><h1>Jane Doe</h1><p>Welcome.</p></main></body></html>",
      "/issues", "<html><head><title>Issues</title></head><body>"
          + "<nav><a href=\"/issues\">Issues</a> <a href=\"/donate\">Donate</a></nav>"
          + "<main><h1>On the Issues</h1><a href=\"/issues/bail\">Ending cash bail</a></main>"
          + "</body></html>",
      "/issues/bail", "<html><head><title>Ending Cash Bail</title></head><body>"
          + "<main><h1>Ending Cash Bail</h1><p>I will end cash bail.</p></main></body></html>",
      "/donate", "<html><body><h1>Donate</h1></body></html>");

  private HttpServer server;
  private final List<String> requested = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        String path = exchange.getRequestURI().getPath();
        requested.add(path);
        String html = SITE.get(path);
        byte[] body = (html == null ? "not found" : html).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type",
            html == null ? "text/plain" : "text/html; charset=utf-8");
        exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String site() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @Test
  void fetchPlatform_json_listsPagesWithTextInCamelCase() throws Exception {
    CliRun run = CliRun.of("fetch-platform", site(), "--allow-private-network", "--format", "json",
        "--delay-ms", "0");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("site").asText()).isEqualTo(site());
    JsonNode pages = root.get("pages");
    assertThat(pages).hasSize(2);
    assertThat(pages.get(0).get("url").asText()).isEqualTo(site() + "issues");
    JsonNode bail = pages.get(1);
    assertThat(bail.get("url").asText()).isEqualTo(site() + "issues/bail");
    assertThat(bail.get("title").asText()).isEqualTo("Ending Cash Bail");
    assertThat(bail.get("text").asText()).isEqualTo("Ending Cash Bail\n\nI will end cash bail.");
    assertThat(bail.get("textLength").asInt()).isEqualTo(bail.get("text").asText().length());
    assertThat(bail.get("retrievedAt").asText()).endsWith("Z");
    assertThat(requested).doesNotContain("/donate");
  }

  @Test
  void fetchPlatform_text_printsSummaryThenText() {
    CliRun run = CliRun.of("fetch-platform", site(), "--allow-private-network", "--delay-ms", "0");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("2 pages from " + site())
        .contains("2. " + site() + "issues/bail  \"Ending Cash Bail\"  (39 characters)")
        .contains("== 2. " + site() + "issues/bail\nTitle: Ending Cash Bail\n\nEnding Cash Bail\n\n"
            + "I will end cash bail.");
  }

  @Test
  void fetchPlatform_maxPagesOne_onlyHomePage() {
    CliRun run = CliRun.of("fetch-platform", site(), "--allow-private-network", "--delay-ms", "0",
        "--max-pages", "1");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("1 page from").contains("limit of 1 pages");
    assertThat(requested).containsExactly("/robots.txt", "/");
  }

  @Test
  void fetchPlatform_loopbackWithoutFlag_exit2OneLineNoRequest() {
    CliRun run = CliRun.of("fetch-platform", site());

    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err().lines()).singleElement().asString()
        .contains("127.0.0.1 is a loopback address")
        .contains("--allow-private-network");
    assertThat(requested).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ftp://example.org/|only http and https",
      "http://169.254.169.254/latest/meta-data/|link-local (cloud metadata)",
      "http://user:pw@example.org/|user info",
      "http://exa mple.org/|is not a valid URL",
      "not a url at all|is not a valid URL",
      "example.org|not an absolute URL"})
  void fetchPlatform_refusedUrl_exit2OneLine(String url, String message) {
    CliRun run = CliRun.of("fetch-platform", url);

    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err().lines()).singleElement().asString().contains(message);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("pw@");
  }

  @Test
  void fetchPlatform_badMaxPages_exit2() {
    CliRun run = CliRun.of("fetch-platform", site(), "--max-pages", "0");

    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("--max-pages must be between 1 and 200");
  }

  @Test
  void fetchPlatform_nothingListening_exit3() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    CliRun run = CliRun.of("fetch-platform", "http://127.0.0.1:" + port + "/",
        "--allow-private-network", "--delay-ms", "0");

    assertThat(run.exitCode()).isEqualTo(Main.PROVIDER_FAILURE);
    assertThat(run.err().lines()).singleElement().asString().contains("could not connect");
  }

  @Test
  void fetchPlatform_homePageMissing_exit3WithStatus() {
    CliRun run = CliRun.of("fetch-platform", site() + "nope", "--allow-private-network",
        "--delay-ms", "0");

    assertThat(run.exitCode()).isEqualTo(Main.PROVIDER_FAILURE);
    assertThat(run.err()).contains("HTTP 404");
  }
}
