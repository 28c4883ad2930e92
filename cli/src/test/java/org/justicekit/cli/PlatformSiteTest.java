package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A URL given for a platform is a site: its platform pages are found, as scorecard does (issue 14). */
final class PlatformSiteTest {
  @TempDir
  Path dir;

  private HttpServer server;
  private final List<String> paths = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      paths.add(path);
      String html = switch (path) {
        case "/" -> "<html><head><title>Lee for Mayor</title></head><body><h1>Lee for Mayor</h1>"
            + "<p>Lee grew up on the east side and coached youth soccer.</p>"
            + "<a href=\"/issues\">Issues</a> <a href=\"/donate\">Donate</a></body></html>";
        case "/issues" -> "<html><body><h1>Issues</h1><p>I will ban chokeholds and every "
            + "other neck restraint in our police department.</p></body></html>";
        case "/donate" -> "<html><body><p>Give today.</p></body></html>";
        default -> null;
      };
      if (html == null) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      byte[] body = html.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String home() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @Test
  void issue14_scoreHomePage_readsTheIssuesPageItLinksTo() {
    CliRun run = CliRun.of("score", "--office", "MAYOR", "--allow-private-network", home());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("chokehold-ban").contains("SUPPORTS")
        .contains("I will ban chokeholds");
    assertThat(paths).contains("/", "/issues");
  }

  @Test
  void issue14_scorecardPlatformUrl_readsTheSite() throws Exception {
    Path da = dir.resolve("da.txt");
    Files.writeString(da, "I will not seek cash bail.");
    CliRun run = CliRun.of("scorecard", "Philadelphia, PA", "--allow-private-network",
        "--platform", "MAYOR=" + home(), "--platform", "PROSECUTOR=" + da, "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("I will ban chokeholds");
    assertThat(paths).contains("/issues");
  }
}
