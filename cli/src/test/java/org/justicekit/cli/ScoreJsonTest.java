package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.justicekit.demands.ModelJson;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformScore;
import org.justicekit.scoring.PlatformScorer;

/** One JSON shape for a scored platform: what the CLI writes, ModelJson reads (issue 14). */
final class ScoreJsonTest {
  private static final String PLATFORM = "I will not seek cash bail. I will never charge a child "
      + "as an adult. Cash bail is complicated, and I would keep it for some cases.";

  @TempDir
  Path dir;

  @Test
  void issue14_scoreJson_roundTripsThroughModelJson() throws Exception {
    Path file = dir.resolve("p.txt");
    Files.writeString(file, PLATFORM);
    CliRun run = CliRun.of("score", "--office", "PROSECUTOR", "--format", "json", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    PlatformScore read = ModelJson.fromJson(run.out(), PlatformScore.class);
    PlatformScore scored = PlatformScorer.create().score(OfficeType.PROSECUTOR, PLATFORM);
    assertThat(read.officeType()).isEqualTo(OfficeType.PROSECUTOR);
    assertThat(read.alignment()).isEqualTo(scored.alignment());
    assertThat(read.assessments()).isEqualTo(scored.assessments());
    assertThat(ScoreJson.MAPPER.readTree(run.out()))
        .isEqualTo(ScoreJson.MAPPER.readTree(ModelJson.toJson(read)));
  }

  @Test
  void issue14_batchLine_readByModelJson() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\":\"d001\",\"office\":\"PROSECUTOR\",\"text\":\"I will not seek "
        + "cash bail.\"}\n");
    CliRun run = CliRun.of("score", "--batch", in.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String line = run.out().strip();
    assertThat(line).startsWith("{\"id\":\"d001\",\"office\":\"PROSECUTOR\",\"alignment\":");
    PlatformScore read = ModelJson.fromJson(line, PlatformScore.class);
    assertThat(read.assessment("end-money-bail").orElseThrow().bestEvidence().orElseThrow().text())
        .isEqualTo("I will not seek cash bail.");
  }
}
