package org.justicekit.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.justicekit.cli.CliJson;
import org.justicekit.demands.DemandCatalog;
import org.justicekit.demands.OfficeType;
import org.justicekit.officials.OfficialsClient;
import org.justicekit.officials.platform.PlatformFetcher;
import org.justicekit.scoring.InputFormat;
import org.justicekit.scoring.PlatformScorer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The endpoints and their errors, against a running server on 127.0.0.1:0. */
final class ApiServerTest {
  private static final String BAIL = "I will not seek cash bail. We will never charge a child as an adult.";
  private static final PlatformScorer SCORER = PlatformScorer.create();

  private static ApiServer server;
  private static ApiClient client;

  @BeforeAll
  static void start() {
    server = ApiServer.builder().port(0).maxBodyBytes(16 * 1024).maxBatchItems(5)
        .scorer(SCORER.toBuilder().maxInputChars(5_000).build()).start();
    client = new ApiClient(server.uri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String json(Object value) {
    try {
      return ApiClient.JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode request(String office, String text) {
    return ApiClient.JSON.createObjectNode().put("office", office).put("text", text);
  }

  @Test
  void start_portZero_listensOnLoopbackWithRealPort() {
    assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
    assertThat(server.address().getPort()).isPositive();
    assertThat(server.uri().toString()).isEqualTo("http://127.0.0.1:" + server.address().getPort() + "/");
  }

  @Test
  void healthz_up_statusOk() {
    ApiClient.Answer a = client.get("/healthz");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body().get("status").asText()).isEqualTo("ok");
    assertThat(a.body().get("fetch").asBoolean()).isFalse();
  }

  @Test
  void demands_all_sameAsCatalogJson() throws Exception {
    ApiClient.Answer a = client.get("/v1/demands");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body()).isEqualTo(ApiClient.JSON.readTree(DemandCatalog.standard().toJson()));
    assertThat(a.body().get("demands")).hasSize(9);
  }

  @Test
  void demands_office_onlyThatOffice() {
    ApiClient.Answer a = client.get("/v1/demands?office=mayor");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body().get("demands")).hasSize(3)
        .allSatisfy(d -> assertThat(d.get("officeType").asText()).isEqualTo("MAYOR"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v1/demands?office=SHERIFF", "/v1/demands?office=", "/v1/demands?kind=x"})
  void demands_badQuery_400(String path) {
    ApiClient.Answer a = client.get(path);
    assertThat(a.status()).as(a.body().toString()).isEqualTo(400);
  }

  @Test
  void score_text_sameAsLibraryAndCli() {
    ApiClient.Answer a = client.post("/v1/score", json(request("prosecutor", BAIL)));
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body()).isEqualTo(CliJson.score(null, SCORER.score(OfficeType.PROSECUTOR, BAIL)));
    assertThat(a.body().get("assessments").get(0).get("stance").asText()).isEqualTo("SUPPORTS");
  }

  @Test
  void score_idAndHtmlFormat_echoedAndExtracted() {
    String html = "<html><body><nav>Home</nav><p>Every officer will wear a body camera on every "
        + "shift.</p></body></html>";
    ObjectNode body = request("MAYOR", html).put("id", "m-1").put("format", "html");
    ApiClient.Answer a = client.post("/v1/score", json(body));
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body()).isEqualTo(
        CliJson.score("m-1", SCORER.score(OfficeType.MAYOR, html, InputFormat.HTML)));
    assertThat(a.body().get("assessments").get(0).get("stance").asText()).isEqualTo("SUPPORTS");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{not json                                              | malformed JSON",
      "{\"office\":\"MAYOR\",\"text\":\"x\"} trailing          | malformed JSON",
      "{\"office\":\"MAYOR\",\"office\":\"MAYOR\",\"text\":\"\"} | malformed JSON",
      "[]                                                     | JSON object",
      "{\"office\":\"SHERIFF\",\"text\":\"x\"}                 | no demands of office SHERIFF",
      "{\"office\":\"\",\"text\":\"x\"}                        | office",
      "{\"office\":\"MAYOR\"}                                  | missing string field \"text\"",
      "{\"office\":\"MAYOR\",\"text\":7}                       | \"text\" must be a string",
      "{\"text\":\"x\"}                                        | missing string field \"office\"",
      "{\"office\":\"MAYOR\",\"text\":\"x\",\"format\":\"pdf\"} | \"format\" must be",
      "{\"office\":\"MAYOR\",\"url\":\"https://example.org/\"} | --allow-fetch",
      "{\"office\":\"MAYOR\",\"text\":\"a\\u0000b\"}            | binary"})
  void score_badRequest_400WithMessage(String body, String message) {
    ApiClient.Answer a = client.post("/v1/score", body.strip());
    assertThat(a.status()).as(a.body().toString()).isEqualTo(400);
    assertThat(a.error()).contains(message);
  }

  @Test
  void score_emptyBody_400() {
    ApiClient.Answer a = client.post("/v1/score", "");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.error()).contains("empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded",
      "application/json; charset=latin1"})
  void score_wrongContentType_415(String type) {
    ApiClient.Answer a = client.send("POST", "/v1/score", json(request("MAYOR", "x")), type, true);
    assertThat(a.status()).isEqualTo(415);
    assertThat(a.error()).contains("application/json");
  }

  @Test
  void score_noContentType_415() {
    ApiClient.Answer a = client.send("POST", "/v1/score", json(request("MAYOR", "x")), null, true);
    assertThat(a.status()).isEqualTo(415);
  }

  @Test
  void score_utf8CharsetParameter_accepted() {
    ApiClient.Answer a = client.send("POST", "/v1/score", json(request("MAYOR", "x")),
        "Application/JSON; charset=\"UTF-8\"", true);
    assertThat(a.status()).isEqualTo(200);
  }

  @Test
  void score_bodyOverLimit_413() {
    ApiClient.Answer a = client.post("/v1/score", json(request("MAYOR", "a ".repeat(20_000))));
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.error()).contains("16,384 bytes");
  }

  @Test
  void score_textOverScorerLimit_413() {
    ApiClient.Answer a = client.post("/v1/score", json(request("MAYOR", "a ".repeat(3_000))));
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.error()).contains("5,000");
  }

  @Test
  void batch_mixed_sameOrderWithErrorsInPlace() {
    ArrayNode items = ApiClient.JSON.createArrayNode();
    items.add(request("PROSECUTOR", BAIL).put("id", "a"));
    items.add(request("SHERIFF", "x").put("id", "b"));
    items.add(request("MAYOR", "Every officer will wear a body camera.").put("id", 3));
    items.add("not an object");
    items.add(ApiClient.JSON.createObjectNode().put("office", "MAYOR"));
    ApiClient.Answer a = client.post("/v1/score/batch", json(items));
    assertThat(a.status()).isEqualTo(200);
    JsonNode out = a.body();
    assertThat(out).hasSize(5);
    assertThat(out.get(0)).isEqualTo(CliJson.score("a", SCORER.score(OfficeType.PROSECUTOR, BAIL)));
    assertThat(out.get(1).get("id").asText()).isEqualTo("b");
    assertThat(out.get(1).get("error").asText()).contains("no demands of office SHERIFF");
    assertThat(out.get(2).get("id").asText()).isEqualTo("3");
    assertThat(out.get(2).get("assessments")).hasSize(3);
    assertThat(out.get(3).get("error").asText()).contains("item 3 is not a JSON object");
    assertThat(out.get(4).has("id")).isFalse();
    assertThat(out.get(4).get("error").asText()).contains("\"text\"");
  }

  @Test
  void batch_emptyArray_emptyArray() {
    ApiClient.Answer a = client.post("/v1/score/batch", "[]");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body()).isEmpty();
  }

  @Test
  void batch_notArray_400() {
    ApiClient.Answer a = client.post("/v1/score/batch", json(request("MAYOR", "x")));
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.error()).contains("JSON array");
  }

  @Test
  void batch_overItemLimit_413() {
    ArrayNode items = ApiClient.JSON.createArrayNode();
    for (int i = 0; i < 6; i++) {
      items.add(request("MAYOR", "x"));
    }
    ApiClient.Answer a = client.post("/v1/score/batch", json(items));
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.error()).contains("6 items").contains("limit of 5");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "place=Chicago%2C%20IL                                      | Chicago, IL",
      "zip=60601                                                  | 60601",
      "ocdId=ocd-division%2Fcountry%3Aus%2Fstate%3Ail%2Fcounty%3Acook | ocd-division/country:us/state:il/county:cook"})
  void lookup_eachKind_sameAsLibrary(String query, String text) throws Exception {
    ApiClient.Answer a = client.get("/v1/lookup?" + query.strip());
    assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
    assertThat(a.body()).isEqualTo(
        ApiClient.JSON.readTree(CliJson.lookup(OfficialsClient.create().lookup(text.strip()))));
  }

  @Test
  void lookup_chicago_namesCookCounty() {
    ApiClient.Answer a = client.get("/v1/lookup?place=" + URLEncoder.encode("Chicago, IL",
        StandardCharsets.UTF_8));
    assertThat(a.body().get("officials")).anySatisfy(o ->
        assertThat(o.get("title").asText()).isEqualTo("Cook County State's Attorney"));
  }

  @Test
  void lookup_uncoveredPlace_answerWithNote() {
    ApiClient.Answer a = client.get("/v1/lookup?place=Nowhere%2C%20WY");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body().get("officials")).isEmpty();
    assertThat(a.body().get("notes")).isNotEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/v1/lookup                                | say which place",
      "/v1/lookup?place=Chicago%2C%20IL&zip=60601 | only one",
      "/v1/lookup?city=Chicago                   | unknown query parameter 'city'",
      "/v1/lookup?zip=6060                       | ZIP",
      "/v1/lookup?ocdId=not-an-id                | ocd",
      "/v1/lookup?place=1600%20Main%20Street%20Springfield | directory",
      "/v1/lookup?zip=1&zip=2                    | twice"})
  void lookup_badQuery_400(String path, String message) {
    ApiClient.Answer a = client.get(path.strip());
    assertThat(a.status()).as(a.body().toString()).isEqualTo(400);
    assertThat(a.error()).containsIgnoringCase(message.strip());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/v1", "/v1/score/", "/v2/score", "/healthz/x", "/openapi.yaml"})
  void unknownPath_404(String path) {
    ApiClient.Answer a = client.get(path);
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.error()).contains("no such endpoint");
  }

  @ParameterizedTest
  @CsvSource({"GET, /v1/score, POST", "PUT, /v1/score/batch, POST", "POST, /healthz, GET",
      "DELETE, /v1/lookup, GET", "POST, /openapi.json, GET", "HEAD, /v1/demands, GET"})
  void wrongMethod_405WithAllow(String method, String path, String allowed) {
    ApiClient.Answer a = method.equals("HEAD")
        ? headAnswer(path)
        : client.send(method, path, method.equals("GET") ? null : "{}", "application/json", true);
    assertThat(a.status()).isEqualTo(405);
    assertThat(a.allow()).isEqualTo(allowed);
  }

  private static ApiClient.Answer headAnswer(String path) {
    // a HEAD answer has no body to read; the status and Allow header are what count
    try {
      var response = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(server.uri().resolve(path))
              .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
          java.net.http.HttpResponse.BodyHandlers.discarding());
      return new ApiClient.Answer(response.statusCode(), ApiClient.JSON.createObjectNode(),
          response.headers().firstValue("Allow").orElse(null), null, "");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void openApi_everyPathServedAndEveryRouteDocumented() throws Exception {
    JsonNode doc = client.get("/openapi.json").body();
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    Set<String> documented = new TreeSet<>();
    for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext(); ) {
      documented.add(it.next());
    }
    assertThat(documented).containsExactly("/healthz", "/openapi.json", "/v1/demands",
        "/v1/lookup", "/v1/score", "/v1/score/batch");
    for (String path : documented) {
      JsonNode item = doc.get("paths").get(path);
      String method = item.fieldNames().next();
      ApiClient.Answer a = method.equals("get") ? client.get(path + (path.equals("/v1/lookup")
          ? "?zip=60601" : "")) : client.post(path, path.endsWith("batch") ? "[]"
          : json(request("MAYOR", "x")));
      assertThat(a.status()).as(path).isEqualTo(200);
    }
  }

  @Test
  void fetch_withoutAllowFetch_refused() {
    ObjectNode body = ApiClient.JSON.createObjectNode().put("office", "MAYOR")
        .put("url", "http://127.0.0.1:1/");
    ApiClient.Answer a = client.post("/v1/score", json(body));
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.error()).contains("does not fetch");
  }

  @Test
  void fetch_allowFetch_loopbackRefusedBySsrfGuard() throws Exception {
    HttpServer page = pageServer();
    try (ApiServer fetching = ApiServer.builder().port(0)
        .fetcher(PlatformFetcher.builder().build()).start()) {
      ApiClient c = new ApiClient(fetching.uri());
      assertThat(c.get("/healthz").body().get("fetch").asBoolean()).isTrue();
      ObjectNode body = ApiClient.JSON.createObjectNode().put("office", "MAYOR")
          .put("url", "http://127.0.0.1:" + page.getAddress().getPort() + "/platform");
      ApiClient.Answer a = c.post("/v1/score", json(body));
      assertThat(a.status()).isEqualTo(400);
      assertThat(a.error()).contains("refused");
      assertThat(pageHits).as("no request reached the private address").isZero();
    } finally {
      page.stop(0);
    }
  }

  @Test
  void fetch_allowFetchAndPrivateNetwork_scoresThePage() throws Exception {
    HttpServer page = pageServer();
    try (ApiServer fetching = ApiServer.builder().port(0)
        .fetcher(PlatformFetcher.builder().allowPrivateNetwork(true).build()).start()) {
      ApiClient c = new ApiClient(fetching.uri());
      ObjectNode body = ApiClient.JSON.createObjectNode().put("office", "MAYOR")
          .put("url", "http://127.0.0.1:" + page.getAddress().getPort() + "/platform");
      ApiClient.Answer a = c.post("/v1/score", json(body));
      assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
      assertThat(a.body().get("assessments").get(0).get("stance").asText()).isEqualTo("SUPPORTS");
      ApiClient.Answer both = c.post("/v1/score", json(body.put("text", "x")));
      assertThat(both.status()).isEqualTo(400);
      assertThat(both.error()).contains("not both");
    } finally {
      page.stop(0);
    }
  }

  private static volatile int pageHits;

  private static HttpServer pageServer() throws Exception {
    pageHits = 0;
    HttpServer page = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    page.createContext("/", exchange -> {
      pageHits++;
      byte[] body = exchange.getRequestURI().getPath().equals("/robots.txt")
          ? "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8)
          : ("<html><head><title>Platform</title></head><body><main><p>Every officer will wear "
              + "a body camera on every shift.</p></main></body></html>")
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type",
          exchange.getRequestURI().getPath().equals("/robots.txt") ? "text/plain" : "text/html");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    page.start();
    return page;
  }
}
