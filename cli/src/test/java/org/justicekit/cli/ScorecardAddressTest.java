package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scorecard --address} through the Census geocoder, served by a local server. */
final class ScorecardAddressTest {
  private static final String MATCH = """
      {"result": {"input": {"address": {"address": "121 N LaSalle St, Chicago, IL"}},
        "addressMatches": [{"matchedAddress": "121 N LASALLE ST, CHICAGO, IL, 60602",
          "coordinates": {"x": -87.63, "y": 41.88},
          "geographies": {
            "Incorporated Places": [{"GEOID": "1714000", "STATE": "17", "PLACE": "14000",
              "BASENAME": "Chicago", "NAME": "Chicago city", "LSADC": "25"}],
            "Counties": [{"GEOID": "17031", "STATE": "17", "COUNTY": "031",
              "BASENAME": "Cook", "NAME": "Cook County"}]}}]}}
      """;

  @TempDir
  Path dir;

  private HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private volatile int status = 200;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        requests.add(exchange.getRequestURI().toString());
        byte[] body = (status == 200 ? MATCH : "busy").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/geocoder/";
  }

  @Test
  void scorecard_address_geocodedThenDirectoryThenScored() throws Exception {
    Path da = dir.resolve("da.txt");
    Files.writeString(da, "I will not seek cash bail.");
    Path mayor = dir.resolve("mayor.txt");
    Files.writeString(mayor, "I will ban chokeholds.");
    CliRun run = CliRun.of("scorecard", "--address", "121 N LaSalle St, Chicago, IL",
        "--endpoint", endpoint(), "--platform", "prosecutor=" + da, "--platform", "mayor=" + mayor);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("JusticeKit scorecard: 121 N LaSalle St, Chicago, IL")
        .contains("Mayor of Chicago").contains("Cook County State's Attorney")
        .doesNotContain("FICTIONAL");
    assertThat(requests).singleElement().asString()
        .startsWith("/geocoder/geographies/onelineaddress?").contains("address=121");
  }

  @Test
  void scorecard_geocoderDown_exit3() {
    status = 503;
    CliRun run = CliRun.of("scorecard", "--address", "121 N LaSalle St, Chicago, IL",
        "--endpoint", endpoint());
    assertThat(run.exitCode()).isEqualTo(Main.PROVIDER_FAILURE);
    assertThat(run.err().lines().filter(l -> l.startsWith("justicekit: "))).hasSize(1);
    assertThat(run.out()).isEmpty();
  }
}
