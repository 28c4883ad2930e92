package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: names, dates and sources of office holders in lookup, scorecard and letter. */
final class HoldersCommandsTest {
  @TempDir
  Path dir;

  private static final String MINE = """
      {"schemaVersion": 1, "name": "mine", "version": "1", "asOf": "2026-11-30",
       "holders": [{"office": "il-cook", "name": "Pat Example", "asOf": "2026-11-30",
         "sources": [{"url": "%s", "seen": "2026-11-30"}]}]}
      """;

  private Path mine(String source) throws Exception {
    return Files.writeString(dir.resolve("mine.json"), MINE.formatted(source));
  }

  @Test
  void issue16_lookupChicago_offlineNamesMayorAndStatesAttorneyWithDateAndSource() {
    CliRun run = CliRun.of("lookup", "Chicago, IL");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("holder: Brandon Johnson (as of 2026-08-05)")
        .contains("holder: Eileen O'Neill Burke (as of ")
        .contains("source: https://www.fox32chicago.com/news/oneill-burke-sworn-in (seen 2024-12-02)")
        .contains("term: 2024-12-02 to ?");
  }

  @Test
  void issue16_lookupJson_carriesStatusTermSourcesAndWarnings() throws Exception {
    CliRun run = CliRun.of("lookup", "--format", "json", "--max-age-days", "30", "Chicago, IL");
    JsonNode cook = new ObjectMapper().readTree(run.out()).get("officials").get(1);
    assertThat(cook.get("holderStatus").asText()).isEqualTo("NAMED");
    assertThat(cook.get("termStart").asText()).isEqualTo("2024-12-02");
    assertThat(cook.get("sourcesSeen").get(0).get("seen").asText()).isNotEmpty();
    assertThat(cook.get("warnings").get(0).asText()).contains("over the 30-day limit");
  }

  @Test
  void issue16_lookupUnsourcedOffice_saysSoAndNamesNobody() {
    CliRun run = CliRun.of("lookup", "Huntsville, AL");
    assertThat(run.out()).contains("holder: not named (unsourced)")
        .contains("WARNING: holder not sourced: the latest Open States record");
  }

  @Test
  void issue16_directoryFile_correctsTheHolderInLookupAndScorecard() throws Exception {
    Path file = mine("https://example.org/roster");
    CliRun lookup = CliRun.of("lookup", "--directory", file.toString(), "Chicago, IL");
    assertThat(lookup.out()).contains("holder: Pat Example (as of 2026-11-30)");
    CliRun card = CliRun.of("scorecard", "--offline", "--format", "markdown", "--directory",
        file.toString(), "Chicago, IL");
    assertThat(card.exitCode()).as(card.err()).isZero();
    assertThat(card.out()).contains("Pat Example").contains("Brandon Johnson");
    CliRun html = CliRun.of("scorecard", "--offline", "--format", "html", "Chicago, IL");
    assertThat(html.out()).contains("Eileen O&#39;Neill Burke").contains("holder as of");
  }

  @Test
  void issue16_badDirectoryFile_exit2WithFileFieldAndProblem() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), MINE.formatted("https://example.org/r")
        .replace("\"Pat Example\", \"asOf\": \"2026-11-30\"", "\"Pat Example\", \"asOf\": \"someday\""));
    for (String command : List.of("lookup", "scorecard", "track", "letter")) {
      List<String> args = new java.util.ArrayList<>(List.of(command, "--directory", bad.toString()));
      switch (command) {
        case "scorecard", "track" -> args.addAll(List.of("--offline", "Chicago, IL"));
        case "letter" -> args.addAll(List.of("--office", "PROSECUTOR", "--platform",
            write("p.txt", "I will not seek cash bail.").toString(), "--place", "Chicago, IL"));
        default -> args.add("Chicago, IL");
      }
      if (command.equals("track")) {
        args.addAll(List.of("--store", dir.resolve("log.jsonl").toString()));
      }
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(2);
      assertThat(run.err()).as(command).contains(bad.toString())
          .contains("holders[0] (office il-cook) asOf 'someday' is not a date")
          .doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void issue16_letterWithPlace_addressedToThePerson() throws Exception {
    CliRun run = CliRun.of("letter", "--office", "PROSECUTOR", "--platform",
        write("p.txt", "I will not seek cash bail.").toString(), "--place", "Chicago, IL");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Dear Eileen O'Neill Burke, Cook County State's Attorney,");
    assertThat(run.err()).contains("2 PROSECUTOR offices serve Chicago, IL");
  }

  @Test
  void issue16_directoryCheck_reportsANameThatNoLongerAppears() throws Exception {
    List<String> asked = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      asked.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("User-Agent"));
      String page = exchange.getRequestURI().getPath().equals("/robots.txt") ? ""
          : exchange.getRequestURI().getPath().equals("/old")
              ? "<html><body><h1>Our office</h1><p>State's Attorney Someone Else</p></body></html>"
              : "<html><body><h1>Our office</h1><p>State&#39;s Attorney PAT   EXAMPLE</p></body></html>";
      byte[] body = page.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      CliRun found = CliRun.of("directory", "check", "--allow-private-network", "--directory",
          mine(base + "/roster").toString());
      assertThat(found.exitCode()).as(found.err()).isZero();
      assertThat(found.out()).contains("FOUND       Cook County State's Attorney: Pat Example")
          .contains("1 holders checked: 1 found, 0 not found, 0 unreachable");

      CliRun missing = CliRun.of("directory", "check", "--allow-private-network", "--format",
          "json", "--directory", mine(base + "/old").toString());
      assertThat(missing.exitCode()).isEqualTo(1);
      JsonNode result = new ObjectMapper().readTree(missing.out()).get(0);
      assertThat(result.get("outcome").asText()).isEqualTo("NOT_FOUND");
      assertThat(result.get("name").asText()).isEqualTo("Pat Example");
      assertThat(asked).anyMatch(a -> a.startsWith("/old JusticeKit/"));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void issue16_directoryCheck_unreachableSources_exit3() throws Exception {
    CliRun run = CliRun.of("directory", "check", "--allow-private-network", "--directory",
        mine("http://127.0.0.1:9/gone").toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
    assertThat(run.out()).contains("UNREACHABLE");
  }

  @Test
  void issue16_lookupProviderWikidata_newerAnswerWinsAgainstALocalServer() throws Exception {
    String results = """
        {"head": {"vars": ["kind", "code", "holder", "holderLabel", "start"]},
         "results": {"bindings": [{
           "kind": {"type": "literal", "value": "mayor"},
           "code": {"type": "literal", "value": "1714000"},
           "holder": {"type": "uri", "value": "http://www.wikidata.org/entity/Q90000005"},
           "holderLabel": {"xml:lang": "en", "type": "literal", "value": "Jo Newcomer"},
           "start": {"datatype": "http://www.w3.org/2001/XMLSchema#dateTime", "type": "literal",
                     "value": "2026-11-01T00:00:00Z"}}]}}""";
    List<String> asked = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      asked.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("Accept"));
      byte[] body = results.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      CliRun run = CliRun.of("lookup", "--provider", "wikidata", "--endpoint",
          "http://127.0.0.1:" + server.getAddress().getPort() + "/", "Chicago, IL");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("holder: Jo Newcomer (as of ")
          .contains("source: https://www.wikidata.org/wiki/Q90000005")
          .contains("holder: Eileen O'Neill Burke").contains("provider: embedded, wikidata");
      assertThat(asked).containsExactly("/sparql application/sparql-results+json");
    } finally {
      server.stop(0);
    }
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }
}
