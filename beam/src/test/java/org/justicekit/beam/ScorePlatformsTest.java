package org.justicekit.beam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.Evidence;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformScore;
import org.justicekit.demands.Stance;
import org.justicekit.scoring.PlatformScorer;

/** The pipeline on Beam's DirectRunner with real files in and out. */
final class ScorePlatformsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private PipelineResult run(Path input, Path output) {
    ScoreOptions options = PipelineOptionsFactory.fromArgs("--input=" + input,
        "--output=" + output, "--targetParallelism=2").as(ScoreOptions.class);
    PipelineResult result = ScorePipeline.create(options).run();
    assertThat(result.waitUntilFinish()).isEqualTo(PipelineResult.State.DONE);
    return result;
  }

  @Test
  void expand_platforms_everyRecordMatchesScorerCalledDirectly() throws IOException {
    Path input = TestData.devSetOrOwn(dir);
    Map<String, JsonNode> inputs = new HashMap<>();
    long number = 0;
    for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
      number++;
      if (!line.isBlank()) {
        JsonNode node = JSON.readTree(line);
        inputs.put(node.hasNonNull("id") ? node.get("id").asText() : "line-" + number, node);
      }
    }

    PipelineResult result = run(input, dir.resolve("scored"));

    List<String> out = TestData.outputLines(dir.resolve("scored"), false);
    assertThat(TestData.outputLines(dir.resolve("scored"), true)).isEmpty();
    assertThat(out).hasSize(inputs.size());
    PlatformScorer scorer = PlatformScorer.create();
    Map<Stance, Long> stances = new EnumMap<>(Stance.class);
    Map<String, Long> demandStances = new HashMap<>();
    for (String line : out) {
      JsonNode record = JSON.readTree(line);
      JsonNode in = inputs.remove(record.get("id").asText());
      assertThat(in).as("an input for %s, seen once", record.get("id")).isNotNull();
      PlatformScore expected = scorer.score(OfficeType.of(in.get("office").asText()),
          in.get("text").asText());
      assertThat(record.get("office").asText()).isEqualTo(expected.officeType().name());
      assertThat(record.get("alignment").asDouble()).isEqualTo(expected.alignment());
      JsonNode assessments = record.get("assessments");
      assertThat(assessments).hasSize(expected.assessments().size());
      for (int i = 0; i < expected.assessments().size(); i++) {
        Assessment a = expected.assessments().get(i);
        JsonNode actual = assessments.get(i);
        assertThat(actual.get("demand").asText()).isEqualTo(a.demand().id());
        assertThat(actual.get("stance").asText()).isEqualTo(a.stance().name());
        assertThat(actual.get("strength").asDouble()).isEqualTo(a.strength());
        assertThat(actual.get("confidence").asDouble()).isEqualTo(a.confidence());
        assertThat(actual.get("needsReview").asBoolean()).isEqualTo(a.needsReview());
        assertThat(actual.has("reviewReasons")).isEqualTo(!a.reviewReasons().isEmpty());
        for (int r = 0; r < a.reviewReasons().size(); r++) {
          assertThat(actual.get("reviewReasons").get(r).asText())
              .isEqualTo(a.reviewReasons().get(r).name());
        }
        assertThat(actual.get("evidence")).hasSize(a.evidence().size());
        for (int e = 0; e < a.evidence().size(); e++) {
          Evidence ev = a.evidence().get(e);
          JsonNode got = actual.get("evidence").get(e);
          assertThat(got.get("text").asText()).isEqualTo(ev.text());
          assertThat(got.get("start").asInt()).isEqualTo(ev.start());
          assertThat(got.get("end").asInt()).isEqualTo(ev.end());
          assertThat(got.get("cue").asText()).isEqualTo(ev.cue());
          assertThat(got.get("stance").asText()).isEqualTo(ev.stance().name());
        }
        stances.merge(a.stance(), 1L, Long::sum);
        demandStances.merge(a.demand().id() + "." + a.stance().name(), 1L, Long::sum);
      }
    }
    assertThat(inputs).as("inputs without a record").isEmpty();

    assertThat(ScorePipeline.counter(result, ScorePlatforms.SCORED)).isEqualTo(out.size());
    assertThat(ScorePipeline.counter(result, ScorePlatforms.REFUSED)).isZero();
    for (Stance stance : Stance.values()) {
      assertThat(ScorePipeline.counter(result, ScorePlatforms.stanceCounter(stance)))
          .as("counter %s", stance).isEqualTo(stances.getOrDefault(stance, 0L));
    }
    demandStances.forEach((name, count) ->
        assertThat(ScorePipeline.counter(result, name)).as("counter %s", name).isEqualTo(count));
    assertThat(stances.get(Stance.SUPPORTS)).isPositive();
  }

  @Test
  void expand_badLinesInGzipFile_deadLettersWithLineAndReasonAndJobSucceeds() throws IOException {
    Path input = dir.resolve("mixed.jsonl.gz");
    byte[] notUtf8 = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xFF, '"', '}'};
    String good = TestData.OWN.get(0);
    String lines = String.join("\n",
        good,                                                              // 1 scored
        "{not json",                                                       // 2
        "[1, 2]",                                                          // 3
        "{\"id\":\"m\",\"office\":\"MAYOR\"}",                             // 4
        "{\"id\":\"s\",\"office\":\"SHERIFF\",\"text\":\"x\"}",            // 5
        "{\"id\":\"b\",\"office\":\"MAYOR!\",\"text\":\"x\"}",             // 6
        "{\"id\":\"z\",\"office\":\"MAYOR\",\"text\":\"nul \\u0000 here\"}", // 7
        "") + "\n";
    byte[] all = (lines).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[all.length + notUtf8.length + 1];
    System.arraycopy(all, 0, bytes, 0, all.length);
    System.arraycopy(notUtf8, 0, bytes, all.length, notUtf8.length);       // 9 (8 is blank)
    bytes[bytes.length - 1] = '\n';
    try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(input))) {
      gzip.write(bytes);
    }

    PipelineResult result = run(input, dir.resolve("out"));

    assertThat(TestData.outputLines(dir.resolve("out"), false)).singleElement()
        .satisfies(line -> assertThat(JSON.readTree(line).get("id").asText()).isEqualTo("o1"));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("out-dead-"))).isNotEmpty();
    }
    Map<Long, JsonNode> dead = new HashMap<>();
    for (String line : TestData.outputLines(dir.resolve("out"), true)) {
      JsonNode node = JSON.readTree(line);
      dead.put(node.get("line").asLong(), node);
      assertThat(node.get("source").asText()).endsWith("mixed.jsonl.gz");
    }
    assertThat(dead).containsOnlyKeys(2L, 3L, 4L, 5L, 6L, 7L, 9L);
    assertThat(dead.get(2L).get("error").asText()).startsWith("malformed JSON");
    assertThat(dead.get(2L).get("input").asText()).isEqualTo("{not json");
    assertThat(dead.get(2L).get("id").asText()).isEqualTo("line-2");
    assertThat(dead.get(3L).get("error").asText()).isEqualTo("not a JSON object");
    assertThat(dead.get(4L).get("error").asText()).isEqualTo("missing string field \"text\"");
    assertThat(dead.get(4L).get("id").asText()).isEqualTo("m");
    assertThat(dead.get(5L).get("error").asText()).contains("no demands of office SHERIFF");
    assertThat(dead.get(6L).get("error").asText()).contains("office type 'MAYOR!' is not valid");
    assertThat(dead.get(7L).get("error").asText()).containsIgnoringCase("binary");
    assertThat(dead.get(9L).get("error").asText()).isEqualTo("line is not valid UTF-8");
    assertThat(dead.get(9L).get("input").asText()).isEqualTo("{\"id\":\"\uFFFD\"}");

    assertThat(ScorePipeline.counter(result, ScorePlatforms.SCORED)).isEqualTo(1);
    assertThat(ScorePipeline.counter(result, ScorePlatforms.REFUSED)).isEqualTo(7);
  }
}
