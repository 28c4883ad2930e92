package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzz test of the pressure-log reader (issue 11): any file content reads as good snapshots
 * plus a count of skipped lines, or is refused with a one-line {@link CliException} (exit 2);
 * never any other exception.
 *
 * <p>{@code ./mvnw verify} replays the seeds in {@code PressureLogFuzzTestInputs/<method>/}
 * (regression mode); {@code JAZZER_FUZZ=1} fuzzes it (README: Fuzzing).
 */
final class PressureLogFuzzTest {
  private static Path dir;

  @BeforeAll
  static void createDirectory() throws IOException {
    dir = Files.createTempDirectory("pressure-log-fuzz");
  }

  @AfterAll
  static void deleteDirectory() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(dir);
  }

  @FuzzTest
  void read_anyContent_snapshotsOrCliException(byte[] content) throws IOException {
    Path store = dir.resolve("pressure.jsonl");
    Files.write(store, content);
    long lines = new String(content, StandardCharsets.UTF_8).lines()
        .filter(line -> !line.isBlank()).count();

    PressureLog.Contents contents;
    try {
      contents = new PressureLog(store).read();
    } catch (CliException documented) {
      assertThat(documented.exitCode()).isEqualTo(Main.BAD_INPUT);
      assertThat(documented.getMessage()).isNotBlank().doesNotContain("\n");
      return;
    }
    assertThat((long) contents.snapshots().size() + contents.skipped()).isLessThanOrEqualTo(lines);
    for (PressureLog.Snapshot snapshot : contents.snapshots()) {
      assertThat(snapshot.toJsonLine()).doesNotContain("\n");
    }
  }
}
