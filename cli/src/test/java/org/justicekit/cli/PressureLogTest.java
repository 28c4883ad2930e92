package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PressureLogTest {
  @TempDir
  Path dir;

  private static Set<String> keys(PressureLog.Contents contents) {
    return contents.snapshots().stream().map(PressureLog.Snapshot::key).collect(Collectors.toSet());
  }

  @Test
  void append_thenRead_roundTripsEveryField() {
    PressureLog log = new PressureLog(dir.resolve("sub/log.jsonl"));
    assertThat(log.read().snapshots()).isEmpty();
    PressureLog.Snapshot s = PressureLogAppender.snapshot("a", 1);
    log.append(List.of(s));
    PressureLog.Contents read = new PressureLog(dir.resolve("sub/log.jsonl")).read();
    assertThat(read.snapshots()).containsExactly(s);
    assertThat(read.skipped()).isZero();
  }

  @Test
  void append_manyThreadsAtOnce_keepsEveryRecord() throws Exception {
    Path file = dir.resolve("log.jsonl");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      String tag = "t" + t;
      futures.add(pool.submit(() -> {
        PressureLog log = new PressureLog(file);
        for (int i = 0; i < 25; i++) {
          log.append(List.of(PressureLogAppender.snapshot(tag, i)));
        }
      }));
    }
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    PressureLog.Contents contents = new PressureLog(file).read();
    assertThat(contents.skipped()).isZero();
    assertThat(contents.snapshots()).hasSize(200);
    assertThat(keys(contents)).hasSize(200);
  }

  @Test
  void append_severalProcessesAtOnce_keepsEveryRecord() throws Exception {
    Path file = dir.resolve("log.jsonl");
    List<Process> processes = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      processes.add(javaProcess(file, 15, "p" + p));
    }
    // Threads of this process write at the same time as the other processes.
    PressureLog log = new PressureLog(file);
    for (int i = 0; i < 15; i++) {
      log.append(List.of(PressureLogAppender.snapshot("self", i)));
    }
    for (Process process : processes) {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(new String(process.getErrorStream().readAllBytes(),
          StandardCharsets.UTF_8)).isZero();
    }
    PressureLog.Contents contents = log.read();
    assertThat(contents.skipped()).isZero();
    assertThat(keys(contents)).hasSize(60);
  }

  @Test
  void append_crashBeforeRename_storeKeepsLastGoodStateAndNextWriteWorks() throws IOException {
    Path file = dir.resolve("log.jsonl");
    new PressureLog(file).append(List.of(PressureLogAppender.snapshot("good", 0)));
    byte[] before = Files.readAllBytes(file);
    PressureLog crashing = new PressureLog(file, temp -> {
      throw new IOException("simulated crash: power lost after writing " + temp.getFileName());
    });
    assertThatThrownBy(() -> crashing.append(List.of(PressureLogAppender.snapshot("lost", 0))))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("simulated crash");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(temps()).hasSize(1);
    PressureLog log = new PressureLog(file);
    assertThat(keys(log.read())).containsExactly("good-0");
    log.append(List.of(PressureLogAppender.snapshot("next", 0)));
    assertThat(keys(log.read())).containsExactlyInAnyOrder("good-0", "next-0");
    assertThat(temps()).as("stale temporary file cleaned up").isEmpty();
  }

  @Test
  void read_tornLastLineAndLeftoverTemp_reportsDamageAndOnlyRepairRewrites() throws IOException {
    Path file = dir.resolve("log.jsonl");
    PressureLog log = new PressureLog(file);
    log.append(List.of(PressureLogAppender.snapshot("a", 0), PressureLogAppender.snapshot("a", 1)));
    String full = PressureLogAppender.snapshot("torn", 0).toJsonLine();
    Files.writeString(file, full.substring(0, full.length() / 2), StandardOpenOption.APPEND);
    Files.writeString(dir.resolve("log.jsonl.123.tmp"), "{\"v\":1,\"key\":\"half");
    PressureLog.Contents read = log.read();
    assertThat(keys(read)).containsExactlyInAnyOrder("a-0", "a-1");
    assertThat(read.damagedLines()).containsExactly(4);
    byte[] damaged = Files.readAllBytes(file);
    assertThatThrownBy(() -> log.append(List.of(PressureLogAppender.snapshot("b", 0))))
        .isInstanceOf(CliException.class).hasMessageContaining("1 damaged line (line 4)")
        .hasMessageContaining("--repair");
    assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    PressureLog.Written written = log.append(List.of(PressureLogAppender.snapshot("b", 0)), true);
    assertThat(written.backup()).isEqualTo(dir.resolve("log.jsonl.bak"));
    assertThat(Files.readAllBytes(dir.resolve("log.jsonl.bak"))).isEqualTo(damaged);
    assertThat(written.dropped()).containsExactly(4);
    PressureLog.Contents repaired = log.read();
    assertThat(keys(repaired)).containsExactlyInAnyOrder("a-0", "a-1", "b-0");
    assertThat(repaired.skipped()).isZero();
    assertThat(Files.readString(file)).startsWith(PressureLog.HEADER + "\n").endsWith("\n");
    assertThat(temps()).isEmpty();
  }

  @Test
  void append_processKilledWhileWriting_storeStillReadsWhole() throws Exception {
    Path file = dir.resolve("log.jsonl");
    Process writer = javaProcess(file, 100_000, "k");
    PressureLog log = new PressureLog(file);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (log.read().snapshots().size() < 20 && System.nanoTime() < deadline && writer.isAlive()) {
      Thread.onSpinWait();
    }
    writer.destroyForcibly();
    assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    PressureLog.Contents contents = log.read();
    assertThat(contents.skipped()).isZero();
    assertThat(contents.snapshots().size()).isGreaterThanOrEqualTo(20);
    // The snapshots are the first n of the writer's sequence, none lost in between.
    for (int i = 0; i < contents.snapshots().size(); i++) {
      assertThat(contents.snapshots().get(i).key()).isEqualTo("k-" + i);
    }
    log.append(List.of(PressureLogAppender.snapshot("after", 0)));
    assertThat(log.read().skipped()).isZero();
  }

  @Test
  void read_garbageAndWrongVersionAfterHeader_listedAsDamagedNotFatal() throws IOException {
    Path file = dir.resolve("log.jsonl");
    Files.writeString(file, PressureLog.HEADER + "\n");
    Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, '\n', '{', '}', '\n'},
        StandardOpenOption.APPEND);
    Files.writeString(file, "{\"v\":99,\"key\":\"future\"}\n[1,2]\n", StandardOpenOption.APPEND);
    PressureLog.Contents read = new PressureLog(file).read();
    assertThat(read.snapshots()).isEmpty();
    assertThat(read.damagedLines()).containsExactly(2, 3, 4, 5);
  }

  private List<Path> temps() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  private static Process javaProcess(Path file, int count, String tag) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        PressureLogAppender.class.getName(), file.toString(), String.valueOf(count), tag)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }
}
