package org.justicekit.beam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.justicekit.cli.Main;

/**
 * The pipeline's jar entry point against {@code justicekit score --batch}, both run in-process on
 * the same file: the scored lines must be the same bytes (as a multiset: the pipeline's order is
 * the runner's), and the CLI's error lines must be the dead letters' {@code id, line, error}.
 * (The same check on the whole dev set, with the two jars, is in {@code .ci/run}.)
 */
final class CliParityTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void run_sameFileAsScoreBatch_identicalRecordsAndErrors() throws IOException {
    List<String> lines = new ArrayList<>(TestData.OWN);
    lines.add("{\"id\":\"bad\",\"office\":\"MAYOR\",\"text\":42}");
    lines.add("not json at all");
    Path input = TestData.write(dir.resolve("in.jsonl"), lines);

    StringWriter cliOut = new StringWriter();
    int cliCode = Main.run(new PrintWriter(cliOut, true), new PrintWriter(new StringWriter(), true),
        "score", "--batch", input.toString());
    assertThat(cliCode).as("the CLI exits 2 when some lines failed").isEqualTo(Main.BAD_INPUT);
    List<String> cliScored = new ArrayList<>();
    List<String> cliErrors = new ArrayList<>();
    for (String line : cliOut.toString().lines().toList()) {
      (JSON.readTree(line).has("error") ? cliErrors : cliScored).add(line);
    }

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path prefix = dir.resolve("beam");
    int code = ScorePipeline.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        "--input=" + input, "--output=" + prefix, "--targetParallelism=2");
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(
        "scored " + cliScored.size() + ", refused 2: records in " + prefix + "-*.jsonl");

    assertThat(TestData.outputLines(prefix, false)).hasSize(cliScored.size())
        .containsExactlyInAnyOrderElementsOf(cliScored);
    List<String> deadAsCli = new ArrayList<>();
    for (String line : TestData.outputLines(prefix, true)) {
      ObjectNode node = (ObjectNode) JSON.readTree(line);
      node.remove(List.of("source", "input"));
      deadAsCli.add(node.toString());
    }
    assertThat(deadAsCli).containsExactlyInAnyOrderElementsOf(cliErrors);
  }
}
