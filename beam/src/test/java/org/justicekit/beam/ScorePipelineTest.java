package org.justicekit.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's entry point on bad usage: one line and exit 2, never a stack trace. */
final class ScorePipelineTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ScorePipeline.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void run_missingInput_exit2WithUsage() {
    Run run = run("--output=" + dir.resolve("x"));
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--input").contains("usage:").doesNotContain("\tat ");
  }

  @Test
  void run_noFileMatches_exit2NamesTheGlob() {
    String glob = dir.resolve("nothing-*.jsonl").toString();
    Run run = run("--input=" + glob, "--output=" + dir.resolve("x"));
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("justicekit-beam: no file matches --input=" + glob);
  }

  @Test
  void run_runnerNotInJar_exit2NamesTheRunner() {
    Run run = run("--input=" + dir, "--output=" + dir.resolve("x"), "--runner=NoSuchRunner");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("NoSuchRunner").doesNotContain("\tat ");
  }

  @Test
  void withDirectRunnerDefaults_directRunner_checksOffUnlessGiven() {
    assertThat(ScorePipeline.withDirectRunnerDefaults(new String[] {"--input=a"}))
        .containsExactly("--input=a", "--enforceImmutability=false", "--enforceEncodability=false");
    assertThat(ScorePipeline.withDirectRunnerDefaults(
        new String[] {"--runner=DirectRunner", "--enforceImmutability=true"}))
        .containsExactly("--runner=DirectRunner", "--enforceImmutability=true",
            "--enforceEncodability=false");
    assertThat(ScorePipeline.withDirectRunnerDefaults(new String[] {"--runner=FlinkRunner"}))
        .containsExactly("--runner=FlinkRunner");
  }

  @Test
  void run_unknownOption_exit2() {
    Run run = run("--input=" + dir, "--output=" + dir.resolve("x"), "--colour=blue");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("colour");
  }
}
