package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ScoreCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void score_json_everyDemandWithEvidence() throws Exception {
    Path file = write("p.txt", "I will not seek cash bail. We will never charge a child as an adult.");
    CliRun run = CliRun.of("score", "--office", "prosecutor", "--format", "json", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("office").asText()).isEqualTo("PROSECUTOR");
    assertThat(root.get("assessments")).hasSize(6);
    JsonNode bail = root.get("assessments").get(0);
    assertThat(bail.get("demand").asText()).isEqualTo("end-money-bail");
    assertThat(bail.get("stance").asText()).isEqualTo("SUPPORTS");
    JsonNode evidence = bail.get("evidence").get(0);
    assertThat(evidence.get("text").asText()).isEqualTo("I will not seek cash bail.");
    assertThat(evidence.get("start").asInt()).isZero();
    assertThat(evidence.get("end").asInt()).isEqualTo(26);
    assertThat(evidence.get("cue").asText()).isEqualTo("not seek");
    assertThat(root.get("alignment").asDouble()).isBetween(30.0, 40.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "html"})
  void score_humanFormats_lineOrRowPerDemand(String format) throws Exception {
    Path file = write("p.txt", "Every officer will wear a body camera on every shift.");
    CliRun run = CliRun.of("score", "--office", "MAYOR", "--format", format, file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("SUPPORTS").contains("NOT_MENTIONED")
        .contains("Every officer will wear a body camera on every shift.");
  }

  @Test
  void score_batch_oneLinePerLine_badLinesReportedAndExit2() throws Exception {
    Path in = write("in.jsonl", String.join("\n",
        "{\"id\":\"a\",\"office\":\"PROSECUTOR\",\"text\":\"I will not seek cash bail.\",\"labels\":{}}",
        "{\"id\":\"b\",\"office\":\"MAYOR\",\"text\":\"\"}",
        "{not json",
        "{\"id\":\"d\",\"office\":\"SHERIFF\",\"text\":\"x\"}",
        "{\"id\":\"e\",\"office\":\"MAYOR\"}"));
    CliRun run = CliRun.of("score", "--batch", in.toString());
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(JSON.readTree(lines.get(0)).get("id").asText()).isEqualTo("a");
    assertThat(JSON.readTree(lines.get(0)).get("assessments")).hasSize(6);
    assertThat(JSON.readTree(lines.get(1)).get("assessments")).hasSize(3);
    assertThat(JSON.readTree(lines.get(2)).get("error").asText()).contains("malformed JSON");
    assertThat(JSON.readTree(lines.get(3)).get("error").asText()).contains("no demands of office SHERIFF");
    assertThat(JSON.readTree(lines.get(4)).get("error").asText()).contains("missing string field \"text\"");
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("3 line(s)").doesNotContain("\tat ");
  }

  @Test
  void score_url_fetchedFromLocalServer() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = ("<html><body><nav>Menu</nav><p>I banned chokeholds and every other neck "
          + "restraint in our police department.</p></body></html>").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/issues";
      CliRun refused = CliRun.of("score", "--office", "MAYOR", url);
      assertThat(refused.exitCode()).isEqualTo(Main.BAD_INPUT);
      assertThat(refused.err().lines()).singleElement().asString().contains("127.0.0.1");
      CliRun run = CliRun.of("score", "--office", "MAYOR", "--allow-private-network", url);
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("SUPPORTS").contains("chokehold-ban");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void score_badInput_exit2OneLine() throws Exception {
    Path binary = dir.resolve("b.bin");
    Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xff, 0});
    for (String[] args : List.of(
        new String[] {"score", "--office", "MAYOR", binary.toString()},
        new String[] {"score", "--office", "MAYOR", dir.resolve("missing.txt").toString()},
        new String[] {"score", "--office", "MAYOR", dir.toString()},
        new String[] {"score", "--office", "MAYOR"},
        new String[] {"score", dir.resolve("x").toString()},
        new String[] {"score", "--office", "MAYOR", "ftp://example.org/x"})) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode()).as(String.join(" ", args) + " -> " + run.err()).isEqualTo(Main.BAD_INPUT);
      assertThat(run.err().lines()).as(run.err()).hasSizeLessThanOrEqualTo(2);
      assertThat(run.err()).doesNotContain("\tat ");
    }
  }

  @Test
  void eval_reportsMetrics_andEnforcesTheBar() throws Exception {
    Path data = write("dev.jsonl", String.join("\n",
        "{\"id\":\"1\",\"office\":\"PROSECUTOR\",\"text\":\"I will not seek cash bail.\","
            + "\"labels\":{\"end-money-bail\":\"SUPPORTS\"}}",
        "{\"id\":\"2\",\"office\":\"MAYOR\",\"text\":\"I will not sign a chokehold ban.\","
            + "\"labels\":{\"chokehold-ban\":\"OPPOSES\"}}",
        "{\"id\":\"3\",\"office\":\"MAYOR\",\"text\":\"Parks matter.\",\"labels\":{}}"));
    CliRun pass = CliRun.of("eval", "--dataset", data.toString(), "--min-macro-f1", "0.9");
    assertThat(pass.exitCode()).as(pass.out() + pass.err()).isZero();
    assertThat(pass.out()).contains("macro-F1 1.000").contains("SUPPORTS<->OPPOSES flips 0")
        .contains("end-money-bail").contains("precision");

    Path wrong = write("wrong.jsonl",
        "{\"id\":\"1\",\"office\":\"PROSECUTOR\",\"text\":\"I will not seek cash bail.\","
            + "\"labels\":{\"end-money-bail\":\"OPPOSES\"}}");
    CliRun fail = CliRun.of("eval", "--dataset", wrong.toString(), "--min-macro-f1", "0.85");
    assertThat(fail.exitCode()).isEqualTo(Main.CHECK_FAILED);
    assertThat(fail.out()).contains("SUPPORTS<->OPPOSES flips 1");
    assertThat(fail.err()).contains("below the bar of 0.850");
  }

  @Test
  void eval_badDataset_exit2NamingTheLine() throws Exception {
    Path data = write("bad.jsonl", "{\"id\":\"1\",\"office\":\"MAYOR\",\"text\":\"x\",\"labels\":{\"chokehold-ban\":\"MAYBE\"}}");
    CliRun run = CliRun.of("eval", "--dataset", data.toString());
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("line 1").contains("unknown stance 'MAYBE'");
  }
}
