package org.justicekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code lookup --provider census} against a local server speaking the Census geocoder's format. */
final class LookupProvidersTest {
  private static final String CHICAGO = """
      {"result": {"input": {"address": {"address": "121 N LaSalle St, Chicago, IL"}},
        "addressMatches": [{"matchedAddress": "121 N LASALLE ST, CHICAGO, IL, 60602",
          "coordinates": {"x": -87.63, "y": 41.88},
          "geographies": {
            "Incorporated Places": [{"GEOID": "1714000", "STATE": "17", "PLACE": "14000",
              "BASENAME": "Chicago", "NAME": "Chicago city", "LSADC": "25"}],
            "Counties": [{"GEOID": "17031", "STATE": "17", "COUNTY": "031",
              "BASENAME": "Cook", "NAME": "Cook County"}]}}]}}
      """;

  private HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private volatile int status = 200;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.add(exchange.getRequestURI().toString());
      byte[] body = (status == 200 ? CHICAGO : "<html>busy</html>").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type",
          status == 200 ? "application/json" : "text/html");
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
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
  void lookup_census_placeThenDirectory() throws Exception {
    CliRun run = CliRun.of("lookup", "--format", "json", "--provider", "census", "--endpoint",
        endpoint(), "--address", "121 N LaSalle St, Chicago, IL");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    List<String> titles = root.get("officials").findValuesAsText("title");
    assertThat(titles).contains("Cook County State's Attorney");
    assertThat(requests).singleElement().asString()
        .startsWith("/geocoder/geographies/onelineaddress?")
        .contains("address=121").contains("format=json");
  }

  @Test
  void lookup_censusUnavailable_exit3OneLine() {
    status = 503;
    CliRun run = CliRun.of("lookup", "--provider", "census", "--endpoint", endpoint(),
        "--address", "121 N LaSalle St, Chicago, IL");
    assertThat(run.exitCode()).isEqualTo(Main.PROVIDER_FAILURE);
    assertThat(run.err().lines()).singleElement().asString().startsWith("justicekit: ");
    assertThat(run.err()).doesNotContain("\tat ");
    assertThat(requests).hasSizeGreaterThan(1); // retried before giving up
  }
}
