package com.example.justicekit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

final class ExamplesTest {
  static String run(ThrowingMain main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  interface ThrowingMain {
    void run() throws Exception;
  }

  @Test
  void listDemands_printsTheSixProsecutorDemands() throws Exception {
    String out = run(() -> ListDemands.main(new String[0]));
    assertThat(out.lines().filter(l -> !l.startsWith(" "))).hasSize(6);
    assertThat(out).contains("end-money-bail: End money bail").contains("  - ");
  }

  @Test
  void scoreText_printsStanceAndEvidencePerDemand() throws Exception {
    String out = run(() -> ScoreText.main(new String[0]));
    assertThat(out).startsWith("alignment 33.3%")
        .contains("end-money-bail SUPPORTS: I will not seek cash bail.")
        .contains("kids-out-of-adult-jails SUPPORTS: I will never charge a child as an adult.")
        .contains("prosecute-bad-cops NOT_MENTIONED");
    assertThat(out.lines()).hasSize(7);
  }

  @Test
  void lookupPlace_chicago_mayorThenCookCounty() throws Exception {
    String out = run(() -> LookupPlace.main(new String[] {"Chicago, IL"}));
    assertThat(out.lines().findFirst().orElseThrow())
        .isEqualTo("MAYOR: Mayor of Chicago (elected), held by Brandon Johnson");
    assertThat(out).contains("PROSECUTOR: Cook County State's Attorney (elected), held by Eileen O'Neill Burke");
  }

  @Test
  void sheriffCampaign_customCatalogAndRules() throws Exception {
    String out = run(() -> SheriffCampaign.main(new String[0]));
    assertThat(out).isEqualTo("end-287g SUPPORTS\npublish-jail-deaths OPPOSES\n");
  }

  @Test
  void fetchAndScore_localSite_fetchesIssuesPageAndScoresIt() throws Exception {
    Map<String, String> site = Map.of(
        "/", "<html><head><title>Jo for DA</title></head><body><nav><a href=\"/issues\">Issues</a>"
            + "</nav><main><h1>Jo Sample</h1><p>Welcome.</p></main></body></html>",
        "/issues", "<html><head><title>Issues</title></head><body><main><h1>On the issues</h1>"
            + "<p>I will not seek cash bail.</p><p>I will never charge a child as an adult.</p>"
            + "</main></body></html>");
    List<String> requests = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        String path = exchange.getRequestURI().getPath();
        requests.add(path + " " + exchange.getRequestHeaders().getFirst("User-Agent"));
        String html = site.get(path);
        byte[] body = (html == null ? "not found" : html).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", html == null ? "text/plain" : "text/html; charset=utf-8");
        exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
        try (OutputStream o = exchange.getResponseBody()) {
          o.write(body);
        }
      }
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      String out = run(() -> FetchAndScore.main(new String[] {"prosecutor", url,
          "--allow-private-network"}));
      assertThat(out).contains(url + "issues: alignment 33.3%")
          .contains("  end-money-bail SUPPORTS").contains("  kids-out-of-adult-jails SUPPORTS");
      assertThat(requests).anyMatch(r -> r.startsWith("/issues JusticeKit/"));
      assertThat(requests).anyMatch(r -> r.startsWith("/robots.txt "));
    } finally {
      server.stop(0);
    }
  }
}
