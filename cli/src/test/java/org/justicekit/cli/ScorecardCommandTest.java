package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ScorecardCommandTest {
  @TempDir
  Path dir;

  @Test
  void scorecard_offlineChicago_fullTextReportAndProgressOnStderr() {
    CliRun run = CliRun.of("scorecard", "--offline", "Chicago, IL");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("JusticeKit scorecard: Chicago, IL (")
        .contains("FICTIONAL").contains("Mayor of Chicago").contains("Cook County State's Attorney")
        .contains("\u2714").contains("\u25d0").contains("\u2718").contains("\u00b7")
        .contains("https://www.cookcountystatesattorney.org")
        .doesNotContain("Looking up");
    assertThat(run.err()).contains("Looking up Chicago, IL (offline)").contains("[1/");
  }

  @Test
  void scorecard_offlineOcdId_jsonMatchesTheCityQuery() throws Exception {
    CliRun run = CliRun.of("scorecard", "--offline", "--format", "json", "--ocd-id",
        "ocd-division/country:us/state:il/place:chicago");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = ScoreJson.MAPPER.readTree(run.out());
    assertThat(root.get("offline").asBoolean()).isTrue();
    assertThat(root.get("officials").get(0).get("title").asText()).isEqualTo("Mayor of Chicago");
    assertThat(root.get("officials").get(0).get("assessments")).hasSize(3);
    assertThat(root.get("officials").get(1).get("jurisdiction").get("ocdId").asText())
        .isEqualTo("ocd-division/country:us/state:il/county:cook");
  }

  @Test
  void scorecard_platformFileAndHtmlOut(@TempDir Path tmp) throws Exception {
    Path mayor = tmp.resolve("mayor.html");
    Files.writeString(mayor, "<html><body><p>I will ban chokeholds and neck restraints.</p></body></html>");
    Path out = tmp.resolve("card.html");
    CliRun run = CliRun.of("scorecard", "--review-threshold", "0", "--offline",
        "Philadelphia, PA", "--platform", "mayor=" + mayor, "--format", "html", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Wrote " + out);
    String html = Files.readString(out);
    assertThat(html).contains("<td class=\"cell SUPPORTS\" data-demand=\"chokehold-ban\"")
        .contains("<td class=\"cell NOT_MENTIONED\" data-demand=\"body-cameras\"")
        .contains(mayor.toString()).contains("FICTIONAL");
  }

  @Test
  void scorecard_platformUrl_fetchedFromLocalServer() throws Exception {
    List<String> requested = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        requested.add(exchange.getRequestURI().getPath());
        byte[] body = (exchange.getRequestURI().getPath().equals("/robots.txt") ? "" :
            "<html><body><p>I will not seek cash bail.</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream o = exchange.getResponseBody()) {
          o.write(body);
        }
      }
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/issues";
      Path mayor = dir.resolve("m.txt");
      Files.writeString(mayor, "Every officer will wear a body camera.");
      CliRun run = CliRun.of("scorecard", "Houston, TX", "--platform", "prosecutor=" + url,
          "--platform", "MAYOR=" + mayor, "--allow-private-network", "--format", "markdown");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("| **Sean Teare**<br>Harris County District Attorney |")
          .contains("\u2714 Supports").contains(url).doesNotContain("FICTIONAL");
      assertThat(requested).contains("/issues");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void scorecard_platformUrlUnreachable_exit3() throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    CliRun run = CliRun.of("scorecard", "Houston, TX", "--platform",
        "prosecutor=http://127.0.0.1:" + port + "/issues", "--allow-private-network");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.PROVIDER_FAILURE);
    assertThat(run.err()).contains("justicekit: ").doesNotContain("\tat ");
  }

  @Test
  void letter_platformUrl_fetchedFromLocalServer() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        byte[] body = "<html><body><p>Chokeholds are a valuable tool and I will not ban them.</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream o = exchange.getResponseBody()) {
          o.write(body);
        }
      }
    });
    server.start();
    try {
      CliRun run = CliRun.of("letter", "--review-threshold", "0", "--office", "mayor", "--platform",
          "http://127.0.0.1:" + server.getAddress().getPort() + "/issues", "--allow-private-network");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("> Chokeholds are a valuable tool and I will not ban them.");
    } finally {
      server.stop(0);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "scorecard|missing the place",
      "scorecard --offline Chicago,IL --ocd-id ocd-division/country:us|give only one of",
      "scorecard --offline --address 1_Main_St_Springfield|an address needs a geocoder, which needs the network",
      "scorecard --offline Chicago,_IL --provider census|--provider census, which needs the network",
      "scorecard Chicago,_IL --provider nosuch|nosuch",
      "scorecard --offline Chicago,_IL --platform mayor|expected OFFICE=FILE|URL",
      "scorecard --offline Chicago,_IL --platform mayor=https://x.example|a URL needs the network",
      "scorecard --offline Chicago,_IL --platform mayor=/no/such/file|no such file",
      "scorecard --offline Chicago,_IL --platform 9x=a|office type '9x' is not valid",
      "scorecard --offline Chicago,_IL --format pdf|Invalid value for option '--format'",
      "scorecard Chicago,_IL --platform mayor=http://169.254.169.254/latest|unless --allow-private-network is given",
      "scorecard --offline Atlantis,_ZZ|no offices found"})
  void scorecard_badInput_exit2OneLine(String args, String message) {
    String[] parts = args.split(" ");
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].replace('_', ' ');
    }
    CliRun run = CliRun.of(parts);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains(message).doesNotContain("\tat ");
  }
}
