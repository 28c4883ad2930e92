package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.justicekit.cli.serve.ApiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code justicekit serve} as a real process: start, answer, SIGTERM, stop. */
final class ServeCommandTest {
  @TempDir Path dir;

  private Process start(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve"));
    command.addAll(List.of(args));
    // stderr to a file: Process.destroy() closes the process's pipes
    return new ProcessBuilder(command).redirectError(dir.resolve("err.txt").toFile()).start();
  }

  @Test
  void serve_portZero_printsRealAddress_answers_stopsOnSigterm() throws Exception {
    Process process = start("--port", "0");
    try {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertThat(line).matches("justicekit serve: listening on http://127\\.0\\.0\\.1:[1-9][0-9]*/");
      URI base = URI.create(line.substring(line.indexOf("http://")));
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(base.resolve("/healthz")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"status\":\"ok\"");

      process.destroy(); // SIGTERM
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
      String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
      assertThat(err).contains("justicekit serve: stopped").doesNotContain("\tat ");
    } finally {
      process.destroyForcibly();
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--bind example.org                           | --bind takes an IP address",
      "--bind 10.0.0.256                            | --bind takes an IP address",
      "--bind 192.0.2.1 --port 0                    | cannot listen on 192.0.2.1",
      "--allow-private-network                      | only with --allow-fetch",
      "--port 70000                                 | port must be 0 to 65535",
      "--queue 0                                    | queue must be at least 1"})
  void serve_badOptions_exit2OneLine(String args, String message) {
    CliRun run = CliRun.of(("serve " + args.strip()).split(" "));
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains(message.strip()).doesNotContain("\tat ");
  }

  /** A made-up place and office, in the directory file format. */
  private static final String OWN_DIRECTORY = """
      {"schemaVersion": 1, "name": "ours", "version": "1", "asOf": "2026-11-01",
       "states": [{"state": "KS", "name": "Kansas", "prosecutor": {"title": "County Attorney",
         "unit": "COUNTY", "selection": "ELECTED", "note": "our note"}}],
       "offices": [{"id": "ks-testcounty", "title": "Testcounty County Attorney",
         "jurisdiction": {"name": "Testcounty", "ocdId": "ocd-division/country:us/state:ks/county:testcounty"},
         "elected": true, "website": null,
         "holder": {"name": "Pat Example", "asOf": "2026-10-30", "sources": ["https://example.org/ours"]}}],
       "places": [{"name": "Testville", "state": "KS",
         "ocdId": "ocd-division/country:us/state:ks/place:testville",
         "mayor": {"title": "Mayor of Testville", "website": null},
         "prosecutors": [{"office": "ks-testcounty"}]}]}""";

  @Test
  void officials_ownDirectory_ownPlaceNamedAndEmbeddedStillAnswers() throws Exception {
    Path file = Files.writeString(dir.resolve("ours.json"), OWN_DIRECTORY, StandardCharsets.UTF_8);
    try (ApiServer server = ApiServer.builder().port(0)
        .officials(ServeCommand.officials(file)).start()) {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> own = http.send(HttpRequest.newBuilder(
          server.uri().resolve("/v1/lookup?place=Testville%2C%20KS")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(own.statusCode()).isEqualTo(200);
      var answer = new com.fasterxml.jackson.databind.ObjectMapper().readTree(own.body());
      assertThat(answer.get("officials")).hasSize(2);
      assertThat(answer.get("officials").get(1).get("name").asText()).isEqualTo("Pat Example");
      assertThat(answer.get("officials").get(1).get("asOf").asText()).isEqualTo("2026-10-30");
      HttpResponse<String> embedded = http.send(HttpRequest.newBuilder(
          server.uri().resolve("/v1/lookup?place=Chicago%2C%20IL")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(embedded.statusCode()).isEqualTo(200);
      assertThat(embedded.body()).contains("Cook County State's Attorney");
    }
  }

  @Test
  void serve_badDirectoryFile_exit2NamingTheFile() throws Exception {
    Path file = dir.resolve("mine.json");
    Files.writeString(file, "{not json", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("serve", "--port", "0", "--directory", file.toString());
    assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("mine.json").doesNotContain("\tat ");
  }
}
