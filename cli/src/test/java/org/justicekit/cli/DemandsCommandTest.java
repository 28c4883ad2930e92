package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class DemandsCommandTest {
  @Test
  void demands_json_printsNineFixedIds() throws Exception {
    CliRun run = CliRun.of("demands", "--format", "json");
    assertThat(run.exitCode()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    List<String> ids = new ArrayList<>();
    root.get("demands").forEach(d -> ids.add(d.get("id").asText()));
    assertThat(ids).containsExactly("body-cameras", "good-officer-certification", "chokehold-ban",
        "end-money-bail", "kids-out-of-adult-jails", "stop-unnecessary-prosecutions",
        "prosecute-bad-cops", "prosecution-transparency", "stop-anti-immigrant-prosecutions");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void demands_officeFilter_text() {
    CliRun run = CliRun.of("demands", "--office", "mayor");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("3 demands").contains("chokehold-ban").doesNotContain("end-money-bail");
  }

  @Test
  void demands_customCatalogWithSheriff(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sheriff.json");
    Files.writeString(file, """
        {"schemaVersion": 1, "name": "sheriffs", "version": "1", "officeTypes": ["SHERIFF"],
         "demands": [{"id": "end-287g", "officeType": "SHERIFF", "title": "End 287(g)",
           "summary": "S", "rationale": "R"}]}""");
    CliRun run = CliRun.of("demands", "--catalog", file.toString(), "--office", "sheriff");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("end-287g");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "demands --format yaml|Invalid value for option '--format'",
      "demands --office 9x|office type '9x' is not valid",
      "demands --office sheriff|has no demands of office SHERIFF",
      "demands --catalog /nonexistent/c.json|invalid demand catalog /nonexistent/c.json: file not found",
      "frobnicate|unknown command 'frobnicate'"})
  void badUsage_exit2_oneLineNoStackTrace(String args, String message) {
    CliRun run = CliRun.of(args.split(" "));
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains(message).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(run.err().lines().findFirst().orElseThrow()).contains(message);
  }

  @Test
  void version_printsProjectVersion() {
    CliRun run = CliRun.of("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("justicekit 0.1.0");
  }
}
