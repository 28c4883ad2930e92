package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TrackChangesCommandTest {
  @TempDir
  Path dir;

  private Path file(String name, String text) throws Exception {
    Path path = dir.resolve(name);
    Files.writeString(path, text);
    return path;
  }

  private CliRun track(String date, Path mayor, Path prosecutor) {
    return CliRun.of("track", "--review-threshold", "0", "--offline", "Philadelphia, PA", "--store",
        dir.resolve("log.jsonl").toString(), "--date", date, "--platform", "mayor=" + mayor,
        "--platform", "prosecutor=" + prosecutor);
  }

  @Test
  void trackTwice_changesReportsCommitmentsReversalsAndDisappearedPages() throws Exception {
    Path mayor1 = file("m1.txt", "Chokeholds are a valuable tool and I will not ban them. "
        + "Every officer will wear a body camera.");
    Path mayor2 = file("m2.txt", "I will ban chokeholds and neck restraints.");
    Path da1 = file("d1.txt", "I will not seek cash bail.");
    CliRun first = track("2026-10-01", mayor1, da1);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("Tracked 2 officials of Philadelphia, PA on 2026-10-01");
    CliRun once = CliRun.of("changes", "--store", dir.resolve("log.jsonl").toString());
    assertThat(once.out()).contains("first snapshot on 2026-10-01");

    Files.delete(da1);
    CliRun second = track("2026-11-01", mayor2, da1);
    assertThat(second.exitCode()).as("a missing platform file is bad input").isEqualTo(Main.BAD_INPUT);

    Path da2 = file("d2.txt", "Cash bail keeps us safe and I will keep asking for it.");
    assertThat(track("2026-11-01", mayor2, da2).exitCode()).isZero();
    CliRun changes = CliRun.of("changes", "--store", dir.resolve("log.jsonl").toString());
    assertThat(changes.exitCode()).as(changes.err()).isZero();
    assertThat(changes.out()).contains("2 officials tracked, 2 with changes.")
        .contains("Mayor of Philadelphia (Philadelphia, PA)")
        .contains("2026-10-01 -> 2026-11-01")
        .contains("new commitment: chokehold-ban (was OPPOSES)")
        .contains("\u201cI will ban chokeholds and neck restraints.\u201d")
        .contains("dropped from the platform: body-cameras (was SUPPORTS)")
        .contains("reversal: end-money-bail SUPPORTS -> OPPOSES");

    CliRun json = CliRun.of("changes", "--store", dir.resolve("log.jsonl").toString(),
        "--format", "json");
    JsonNode root = ScoreJson.MAPPER.readTree(json.out());
    JsonNode mayorChanges = root.get("officials").get(0).get("changes");
    assertThat(mayorChanges.get(0).get("kind").asText()).isEqualTo("NEW_COMMITMENT");
    assertThat(mayorChanges.get(0).get("demand").asText()).isEqualTo("chokehold-ban");
  }

  @Test
  void pageDisappeared_isReported() {
    PressureLog.Snapshot before = PressureLogAppender.snapshot("x", 0);
    PressureLog.Snapshot after = new PressureLog.Snapshot(before.key(), before.date().plusDays(7),
        before.takenAt(), before.place(), before.officeType(), before.office(), before.name(),
        before.source(), false, false, null, java.util.Map.of(), java.util.Map.of());
    var changes = PressureChanges.compare(before, after);
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).kind()).isEqualTo(PressureChanges.Kind.PAGE_DISAPPEARED);
    assertThat(PressureChanges.describe(changes.get(0)))
        .isEqualTo("platform page disappeared: https://example.org/x");
    assertThat(PressureChanges.compare(after, before).get(0).kind())
        .isEqualTo(PressureChanges.Kind.PAGE_RETURNED);
  }

  @Test
  void changes_noStore_exit2() {
    CliRun run = CliRun.of("changes", "--store", dir.resolve("none.jsonl").toString());
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("no pressure log at").contains("justicekit track");
  }

  @Test
  void track_badDate_exit2() {
    CliRun run = CliRun.of("track", "--offline", "Chicago, IL", "--date", "yesterday",
        "--store", dir.resolve("l.jsonl").toString());
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("--date yesterday is not a date");
    assertThat(dir.resolve("l.jsonl")).doesNotExist();
  }
}
