package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The pressure log never loses or damages a user's file (issues 14 and 11 part C). */
final class PressureLogSafetyTest {
  @TempDir
  Path dir;

  private CliRun track(Path store, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("track", "--offline",
        "Philadelphia, PA", "--store", store.toString(), "--date", "2026-11-01"));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  private static boolean posix(Path path) throws Exception {
    return Files.getFileStore(path).supportsFileAttributeView("posix");
  }

  @Test
  void issue14_trackOnForeignFile_exit2AndFileByteIdentical() throws Exception {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "buy milk\ncall the DA's office\nprint flyers\n");
    byte[] before = Files.readAllBytes(notes);
    CliRun run = track(notes);
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("is not a JusticeKit pressure log").contains("left as it is");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(Files.readAllBytes(notes)).isEqualTo(before);
    assertThat(track(notes, "--repair").exitCode()).as("--repair is not a licence to overwrite")
        .isEqualTo(Main.BAD_INPUT);
    assertThat(Files.readAllBytes(notes)).isEqualTo(before);
  }

  @Test
  void issue14_changesOnForeignFile_exit2() throws Exception {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "a\nb\nc\n");
    CliRun run = CliRun.of("changes", "--store", notes.toString());
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("is not a JusticeKit pressure log");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void issue14_newLog_startsWithHeader() throws Exception {
    Path store = dir.resolve("log.jsonl");
    assertThat(track(store).exitCode()).isZero();
    assertThat(Files.readAllLines(store).get(0)).isEqualTo(PressureLog.HEADER);
  }

  @Test
  void issue14_damagedLine_trackRefusesThenRepairKeepsBackup() throws Exception {
    Path store = dir.resolve("log.jsonl");
    assertThat(track(store).exitCode()).isZero();
    Files.writeString(store, "{\"v\":1,\"key\":\"torn", java.nio.file.StandardOpenOption.APPEND);
    byte[] damaged = Files.readAllBytes(store);

    CliRun changes = CliRun.of("changes", "--store", store.toString());
    assertThat(changes.exitCode()).isZero();
    assertThat(changes.out()).contains("Warning: line 4 of the log is damaged")
        .contains("--repair");

    CliRun refused = track(store);
    assertThat(refused.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(refused.err()).contains("1 damaged line (line 4)").contains("--repair");
    assertThat(Files.readAllBytes(store)).isEqualTo(damaged);

    CliRun repaired = track(store, "--repair");
    assertThat(repaired.exitCode()).as(repaired.err()).isZero();
    assertThat(repaired.out()).contains("Repaired: left out damaged line 4")
        .contains(dir.resolve("log.jsonl.bak").toString());
    assertThat(Files.readAllBytes(dir.resolve("log.jsonl.bak"))).isEqualTo(damaged);
    assertThat(new PressureLog(store).read().damagedLines()).isEmpty();
  }

  @Test
  void issue14_logOfFirstFormat_readAndGivenHeaderOnNextWrite() throws Exception {
    Path store = dir.resolve("old.jsonl");
    PressureLog.Snapshot old = PressureLogAppender.snapshot("old", 0);
    Files.writeString(store, old.toJsonLine() + "\n");
    PressureLog.Contents read = new PressureLog(store).read();
    assertThat(read.legacy()).isTrue();
    assertThat(read.snapshots()).containsExactly(old);
    CliRun run = track(store);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("it now starts with a header line");
    List<String> lines = Files.readAllLines(store);
    assertThat(lines.get(0)).isEqualTo(PressureLog.HEADER);
    assertThat(lines.get(1)).isEqualTo(old.toJsonLine());
    assertThat(new PressureLog(store).read().snapshots()).hasSize(3);
  }

  @Test
  void issue14_lockFile_isHiddenAndDocumented() throws Exception {
    Path store = dir.resolve("log.jsonl");
    assertThat(track(store).exitCode()).isZero();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("log.jsonl", ".log.jsonl.lock");
    }
    assertThat(CliRun.of("track", "--help").out()).contains(".FILE.lock");
  }

  @Test
  void issue14_fictionalSnapshots_neverComparedWithRealOnes() throws Exception {
    Path store = dir.resolve("log.jsonl");
    assertThat(track(store).exitCode()).isZero();   // the bundled FICTIONAL platforms
    Path mayor = dir.resolve("mayor.txt");
    Files.writeString(mayor, "I will ban chokeholds.");
    Path da = dir.resolve("da.txt");
    Files.writeString(da, "I will not seek cash bail.");
    CliRun real = CliRun.of("track", "--offline", "Philadelphia, PA", "--store", store.toString(),
        "--date", "2026-11-08", "--platform", "MAYOR=" + mayor, "--platform", "PROSECUTOR=" + da);
    assertThat(real.exitCode()).as(real.err()).isZero();
    CliRun changes = CliRun.of("changes", "--store", store.toString(), "--format", "json");
    JsonNode officials = ScoreJson.MAPPER.readTree(changes.out()).get("officials");
    assertThat(officials).hasSize(4);
    for (JsonNode official : officials) {
      assertThat(official.get("previousDate").isNull()).as(official.toString()).isTrue();
      assertThat(official.get("changes")).isEmpty();
    }
    assertThat(CliRun.of("changes", "--store", store.toString()).out())
        .contains("FICTIONAL example platform, compared only with other demo snapshots")
        .doesNotContain("reversal").doesNotContain("new commitment");
  }

  @Test
  void issue14_supportsToMixed_isWeakenedNotReversal() {
    PressureLog.Snapshot before = PressureLogAppender.snapshot("x", 0);
    PressureLog.Snapshot after = new PressureLog.Snapshot(before.key(), before.date().plusDays(7),
        before.takenAt(), before.place(), before.officeType(), before.office(), before.name(),
        before.source(), false, true, 30.0, Map.of("chokehold-ban", "MIXED"),
        Map.of("chokehold-ban", "I would limit chokeholds, with exceptions."));
    List<PressureChanges.Change> changes = PressureChanges.compare(before, after);
    assertThat(changes).singleElement().extracting(PressureChanges.Change::kind)
        .isEqualTo(PressureChanges.Kind.WEAKENED);
    assertThat(PressureChanges.describe(changes.get(0)))
        .isEqualTo("weakened: chokehold-ban SUPPORTS -> MIXED");
    PressureLog.Snapshot opposes = new PressureLog.Snapshot(before.key(), before.date().plusDays(7),
        before.takenAt(), before.place(), before.officeType(), before.office(), before.name(),
        before.source(), false, true, 0.0, Map.of("chokehold-ban", "OPPOSES"),
        Map.of("chokehold-ban", "I will not ban chokeholds."));
    assertThat(PressureChanges.compare(before, opposes).get(0).kind())
        .isEqualTo(PressureChanges.Kind.REVERSAL);
  }

  @Test
  void issue11_readOnlyFile_refusedAndModeKept() throws Exception {
    Path store = dir.resolve("log.jsonl");
    assumeThat(posix(dir)).isTrue();
    assertThat(track(store).exitCode()).isZero();
    Set<PosixFilePermission> readOnly = PosixFilePermissions.fromString("r--r--r--");
    Files.setPosixFilePermissions(store, readOnly);
    byte[] before = Files.readAllBytes(store);
    CliRun run = track(store);
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("permission denied").contains("read-only")
        .as("refused before the scorecard is made").doesNotContain("Looking up");
    assertThat(Files.readAllBytes(store)).isEqualTo(before);
    assertThat(Files.getPosixFilePermissions(store)).isEqualTo(readOnly);
  }

  @Test
  void issue11_writableFile_keepsItsMode() throws Exception {
    Path store = dir.resolve("log.jsonl");
    assumeThat(posix(dir)).isTrue();
    assertThat(track(store).exitCode()).isZero();
    Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
    Files.setPosixFilePermissions(store, shared);
    assertThat(track(store).exitCode()).isZero();
    assertThat(Files.getPosixFilePermissions(store)).isEqualTo(shared);
  }

  @Test
  void issue11_symbolicLink_writesTheTargetAndKeepsTheLink() throws Exception {
    Path target = dir.resolve("real/log.jsonl");
    Files.createDirectories(target.getParent());
    assertThat(track(target).exitCode()).isZero();
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), target);
    CliRun run = track(link);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(new PressureLog(target).read().snapshots()).hasSize(4);
    assertThat(dir.resolve(".link.jsonl.lock")).doesNotExist();
  }

  @Test
  void issue11_danglingSymbolicLink_refused() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), dir.resolve("gone.jsonl"));
    CliRun run = track(link);
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("symbolic link to a file that does not exist");
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void issue11_fifo_refusedWithoutHanging() throws Exception {
    Path fifo = dir.resolve("pipe.jsonl");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (java.io.IOException e) {
      assumeThat(false).as("no mkfifo here").isTrue();
      return;
    }
    assumeThat(mkfifo.waitFor()).isZero();
    CliRun run = track(fifo);
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("is not a regular file");
    CliRun changes = CliRun.of("changes", "--store", fifo.toString());
    assertThat(changes.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(changes.err()).contains("is not a regular file");
  }

  @Test
  void issue11_readOnlyDirectory_saysPermissionDenied() throws Exception {
    assumeThat(posix(dir)).isTrue();
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      CliRun run = track(locked.resolve("log.jsonl"));
      assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
      assertThat(run.err()).contains("permission denied").contains("read-only");
      try (Stream<Path> files = Files.list(locked)) {
        assertThat(files).isEmpty();
      }
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
