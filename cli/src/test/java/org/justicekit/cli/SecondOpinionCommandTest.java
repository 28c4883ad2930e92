package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.DemandCatalog;
import org.justicekit.demands.Evidence;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformScore;
import org.justicekit.demands.ReviewReason;
import org.justicekit.demands.Stance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 13 in the CLI: review marks, the second-opinion options, eval's trust report. */
final class SecondOpinionCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PLATFORM = "Cash bail is one tool among many, and I will look at "
      + "each case on its own facts. I will publish our charging data every quarter.";

  @TempDir Path dir;
  private HttpServer server;
  private final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
  private volatile String content = "{\"stance\": \"OPPOSES\", \"evidence\": \"Cash bail is one "
      + "tool among many, and I will look at each case on its own facts.\"}";

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/chat/completions", ex -> {
      bodies.add(JSON.readTree(ex.getRequestBody().readAllBytes()));
      var root = JSON.createObjectNode();
      root.put("object", "chat.completion");
      var message = root.putArray("choices").addObject().putObject("message");
      message.put("role", "assistant");
      message.put("content", content);
      byte[] out = root.toString().getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "application/json");
      ex.sendResponseHeaders(200, out.length);
      try (OutputStream os = ex.getResponseBody()) {
        os.write(out);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  private Path platform() throws Exception {
    Path file = dir.resolve("p.txt");
    Files.writeString(file, PLATFORM, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void score_json_carriesConfidenceAndReview() throws Exception {
    CliRun run = CliRun.of("score", "--office", "PROSECUTOR", "--format", "json",
        platform().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode bail = JSON.readTree(run.out()).get("assessments").get(0);
    assertThat(bail.get("confidence").asDouble()).isBetween(0.0, 1.0);
    assertThat(bail.has("needsReview")).isTrue();
    List<String> names = new java.util.ArrayList<>();
    bail.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsSubsequence("demand", "stance", "strength", "confidence",
        "needsReview", "evidence");
  }

  @Test
  void score_withAdjudicator_revisesAndRecordsTheModel() throws Exception {
    CliRun run = CliRun.of("score", "--office", "PROSECUTOR", "--format", "json",
        "--adjudicator-url", url(), "--adjudicator-model", "local-test", "--adjudicate", "all",
        platform().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode bail = JSON.readTree(run.out()).get("assessments").get(0);
    assertThat(bail.get("stance").asText()).isEqualTo("OPPOSES");
    assertThat(bail.at("/secondOpinion/model").asText()).isEqualTo("local-test");
    assertThat(bail.at("/secondOpinion/outcome").asText()).isEqualTo("REVISED");
    assertThat(bail.at("/secondOpinion/ruleStance").asText()).isEqualTo("MIXED");
    assertThat(bodies).isNotEmpty();
    assertThat(bodies.get(0).get("model").asText()).isEqualTo("local-test");
  }

  @Test
  void score_adjudicatorAnswerNotInText_ruleStands() throws Exception {
    content = "{\"stance\": \"SUPPORTS\", \"evidence\": \"I will end cash bail.\"}";
    CliRun run = CliRun.of("score", "--office", "PROSECUTOR", "--format", "json",
        "--adjudicator-url", url(), "--adjudicator-model", "m", platform().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode bail = JSON.readTree(run.out()).get("assessments").get(0);
    assertThat(bail.get("stance").asText()).isEqualTo("MIXED");
    assertThat(bail.at("/secondOpinion/outcome").asText()).isEqualTo("REJECTED");
  }

  @Test
  void score_unreachableAdjudicator_stillScores() throws Exception {
    server.stop(0);
    CliRun run = CliRun.of("score", "--office", "PROSECUTOR", "--format", "json",
        "--adjudicator-url", url(), "--adjudicator-model", "m", platform().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(JSON.readTree(run.out()).get("assessments").get(0)
        .at("/secondOpinion/outcome").asText()).isEqualTo("FAILED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--adjudicator-url", "--adjudicator-model"})
  void score_halfTheAdjudicatorOptions_exit2(String given) throws Exception {
    CliRun run = CliRun.of("score", "--office", "PROSECUTOR", given,
        given.endsWith("url") ? url() : "m", platform().toString());
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("--adjudicator-");
  }

  @Test
  void score_badAdjudicateWord_exit2() throws Exception {
    CliRun run = CliRun.of("score", "--office", "PROSECUTOR", "--adjudicator-url", url(),
        "--adjudicator-model", "m", "--adjudicate", "some", platform().toString());
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("uncertain or all");
  }

  @Test
  void eval_withAdjudicator_reportsBothAndRiskCoverage() throws Exception {
    Path data = dir.resolve("set.jsonl");
    Files.writeString(data, "{\"id\":\"a1\",\"office\":\"PROSECUTOR\",\"text\":"
        + JSON.writeValueAsString(PLATFORM)
        + ",\"labels\":{\"end-money-bail\":\"OPPOSES\",\"prosecution-transparency\":\"SUPPORTS\"}}\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("eval", "--dataset", data.toString(), "--adjudicator-url", url(),
        "--adjudicator-model", "m", "--adjudicate", "all");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("expected calibration error", "risk-coverage",
        "not flagged for review", "second opinion (m)", "rules only", "with second opinion");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "html"})
  void scoreReports_markFlaggedReadings(String format) {
    PlatformScore score = flaggedScore();
    var out = new java.io.StringWriter();
    var pw = new java.io.PrintWriter(out);
    switch (format) {
      case "text" -> ScoreReport.text(pw, "t", score);
      case "markdown" -> ScoreReport.markdown(pw, "t", score);
      default -> ScoreReport.html(pw, "t", score);
    }
    pw.flush();
    assertThat(out.toString()).contains("needs review: the reading is uncertain");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "html", "json"})
  void scorecard_everyFormat_marksReviewCells(String format) {
    CliRun run = CliRun.of("scorecard", "--offline", "Chicago, IL", "--review-threshold", "1",
        "--format", format);
    assertThat(run.exitCode()).as(run.err()).isZero();
    switch (format) {
      case "json" -> assertThat(run.out()).contains("\"needsReview\" : true");
      case "html" -> assertThat(run.out()).contains("data-needs-review=\"true\"",
          "<span class=\"flag\">?</span>", "needs review: the reading is uncertain");
      default -> assertThat(run.out()).contains("?", "needs review: the reading is uncertain");
    }
  }

  @Test
  void letter_flaggedReading_neverQuoted() {
    Map<String, Object> model = LetterCommand.model(flaggedScore(), "Jo", "Us", null,
        LocalDate.of(2026, 12, 2));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> demands = (List<Map<String, Object>>) model.get("demands");
    Map<String, Object> bail = demands.stream()
        .filter(d -> d.get("id").equals("end-money-bail")).findFirst().orElseThrow();
    assertThat(bail.get("unclear")).isEqualTo(true);
    assertThat(bail.get("opposes")).isEqualTo(false);
    assertThat((List<?>) bail.get("quotes")).isEmpty();
  }

  @Test
  void changes_throughAFlaggedReading_isToCheckNotReversal() {
    PressureLog.Snapshot before = snapshot(Map.of("end-money-bail", "SUPPORTS"), Set.of(), 0);
    PressureLog.Snapshot flagged = snapshot(Map.of("end-money-bail", "OPPOSES"),
        Set.of("end-money-bail"), 7);
    PressureLog.Snapshot sure = snapshot(Map.of("end-money-bail", "OPPOSES"), Set.of(), 7);
    assertThat(PressureChanges.compare(before, sure).get(0).kind())
        .isEqualTo(PressureChanges.Kind.REVERSAL);
    var change = PressureChanges.compare(before, flagged).get(0);
    assertThat(change.kind()).isEqualTo(PressureChanges.Kind.TO_CHECK);
    assertThat(PressureChanges.describe(change)).startsWith("to check");
    PressureLog.Snapshot back = PressureLog.Snapshot.fromJson(
        ScoreJson.MAPPER.valueToTree(readTree(flagged.toJsonLine())));
    assertThat(back.review()).containsExactly("end-money-bail");
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static PressureLog.Snapshot snapshot(Map<String, String> stances, Set<String> review,
      int day) {
    return new PressureLog.Snapshot("PROSECUTOR ocd-division/country:us/state:il/county:cook",
        LocalDate.of(2026, 11, 1).plusDays(day), Instant.parse("2026-11-01T00:00:00Z"),
        "Chicago, IL", "PROSECUTOR", "State's Attorney", null, "https://example.org/p", false,
        true, 50.0, stances, Map.of(), review);
  }

  private static PlatformScore flaggedScore() {
    var catalog = DemandCatalog.standard();
    String text = "Cash bail should stay for some cases.";
    List<Assessment> list = new java.util.ArrayList<>();
    for (var d : catalog.demands(OfficeType.PROSECUTOR)) {
      if (d.id().equals("end-money-bail")) {
        list.add(new Assessment(d, Stance.OPPOSES, 0.6,
            List.of(new Evidence(text, 0, text.length(), "stay", Stance.OPPOSES)))
            .withConfidence(0.4, List.of(ReviewReason.LOW_CONFIDENCE)));
      } else {
        list.add(Assessment.notMentioned(d));
      }
    }
    return PlatformScore.of(OfficeType.PROSECUTOR, list, text);
  }
}
