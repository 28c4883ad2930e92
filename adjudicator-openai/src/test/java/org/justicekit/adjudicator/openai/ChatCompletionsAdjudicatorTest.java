package org.justicekit.adjudicator.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.DemandCatalog;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformScore;
import org.justicekit.demands.SecondOpinion;
import org.justicekit.demands.Stance;
import org.justicekit.scoring.AdjudicationException;
import org.justicekit.scoring.AdjudicationMode;
import org.justicekit.scoring.AdjudicationRequest;
import org.justicekit.scoring.Opinion;
import org.justicekit.scoring.PlatformScorer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adjudicator against a real local server speaking the Chat Completions format (the
 * {@code choices[0].message.content} shape of OpenAI's API, which Ollama, llama.cpp's server
 * and vLLM also answer).
 */
final class ChatCompletionsAdjudicatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PLATFORM = "Bail is complicated and I have mixed feelings. "
      + "I will not seek cash bail for any misdemeanor. Our office will publish plea data.";

  private HttpServer server;
  private final Deque<Reply> replies = new ArrayDeque<>();
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final List<Duration> sleeps = new ArrayList<>();

  record Reply(int status, String body, String retryAfter, long delayMillis) {}

  record Recorded(String method, String path, String authorization, String contentType,
      JsonNode body) {}

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    byte[] in = ex.getRequestBody().readAllBytes();
    requests.add(new Recorded(ex.getRequestMethod(), ex.getRequestURI().getPath(),
        ex.getRequestHeaders().getFirst("Authorization"),
        ex.getRequestHeaders().getFirst("Content-Type"),
        JSON.readTree(new String(in, StandardCharsets.UTF_8))));
    Reply r;
    synchronized (replies) {
      r = replies.isEmpty() ? new Reply(500, "{\"error\":\"no reply queued\"}", null, 0)
          : replies.poll();
    }
    if (r.delayMillis() > 0) {
      try {
        Thread.sleep(r.delayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] out = r.body().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    if (r.retryAfter() != null) {
      ex.getResponseHeaders().set("Retry-After", r.retryAfter());
    }
    try {
      ex.sendResponseHeaders(r.status(), out.length);
      try (OutputStream os = ex.getResponseBody()) {
        os.write(out);
      }
    } catch (IOException e) {
      // the client gave up (timeout test)
    }
  }

  private void reply(int status, String body) {
    replies.add(new Reply(status, body, null, 0));
  }

  /** A Chat Completions answer whose message content is the given text. */
  private static String completion(String content) {
    var root = JSON.createObjectNode();
    root.put("id", "chatcmpl-test1");
    root.put("object", "chat.completion");
    root.put("created", 1764633600);
    root.put("model", "test-model");
    var choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    var message = choice.putObject("message");
    message.put("role", "assistant");
    message.put("content", content);
    choice.put("finish_reason", "stop");
    var usage = root.putObject("usage");
    usage.put("prompt_tokens", 412);
    usage.put("completion_tokens", 31);
    usage.put("total_tokens", 443);
    return root.toString();
  }

  private ChatCompletionsAdjudicator.Builder builder() {
    return ChatCompletionsAdjudicator.builder()
        .baseUrl(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1"))
        .model("test-model")
        .apiKey("sk-test-secret-123")
        .sleeper(sleeps::add);
  }

  private static AdjudicationRequest request(String... sentences) {
    var demand = DemandCatalog.standard().demand("end-money-bail");
    return new AdjudicationRequest(OfficeType.PROSECUTOR, demand, Stance.MIXED, 0.4, List.of(),
        List.of(sentences));
  }

  @Test
  void adjudicate_validAnswer_parsedAndRequestIsChatCompletions() {
    reply(200, completion("{\"stance\": \"SUPPORTS\", \"evidence\": "
        + "\"I will not seek cash bail for any misdemeanor.\"}"));
    Opinion o = builder().build().adjudicate(
        request("I will not seek cash bail for any misdemeanor."));
    assertThat(o).isEqualTo(new Opinion(Stance.SUPPORTS,
        "I will not seek cash bail for any misdemeanor."));
    Recorded r = requests.get(0);
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/v1/chat/completions");
    assertThat(r.authorization()).isEqualTo("Bearer sk-test-secret-123");
    assertThat(r.contentType()).isEqualTo("application/json");
    assertThat(r.body().get("model").asText()).isEqualTo("test-model");
    assertThat(r.body().get("temperature").asDouble()).isZero();
    assertThat(r.body().at("/response_format/type").asText()).isEqualTo("json_object");
    JsonNode messages = r.body().get("messages");
    assertThat(messages.get(0).get("role").asText()).isEqualTo("system");
    JsonNode last = messages.get(messages.size() - 1);
    assertThat(last.get("role").asText()).isEqualTo("user");
    assertThat(last.get("content").asText())
        .contains("end-money-bail", "1. I will not seek cash bail for any misdemeanor.");
  }

  @Test
  void adjudicate_fencedContent_parsed() {
    reply(200, completion("```json\n{\"stance\": \"mixed\", \"evidence\": \"Bail is hard.\"}\n```"));
    assertThat(builder().build().adjudicate(request("Bail is hard.")).stance())
        .isEqualTo(Stance.MIXED);
  }

  @Test
  void adjudicate_noKey_sendsNoAuthorization() {
    reply(200, completion("{\"stance\": \"NOT_MENTIONED\", \"evidence\": \"\"}"));
    builder().apiKey(null).build().adjudicate(request("The weather is fine."));
    assertThat(requests.get(0).authorization()).isNull();
  }

  @Test
  void adjudicate_429WithRetryAfter_waitsAndRetries() {
    replies.add(new Reply(429, "{\"error\":{\"message\":\"slow down\"}}", "2", 0));
    reply(200, completion("{\"stance\": \"OPPOSES\", \"evidence\": \"Keep bail.\"}"));
    Opinion o = builder().build().adjudicate(request("Keep bail."));
    assertThat(o.stance()).isEqualTo(Stance.OPPOSES);
    assertThat(requests).hasSize(2);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void adjudicate_retryAfterBeyondCap_failsRetryable() {
    replies.add(new Reply(429, "{}", "3600", 0));
    assertThatThrownBy(() -> builder().build().adjudicate(request("Keep bail.")))
        .isInstanceOf(AdjudicationException.class)
        .hasMessageContaining("retry after 3600 s")
        .satisfies(e -> assertThat(((AdjudicationException) e).retryable()).isTrue());
    assertThat(requests).hasSize(1);
  }

  @Test
  void adjudicate_500ThenSuccess_backsOffAndRetries() {
    reply(500, "{\"error\":\"upstream\"}");
    reply(200, completion("{\"stance\": \"SUPPORTS\", \"evidence\": \"End bail.\"}"));
    assertThat(builder().build().adjudicate(request("End bail.")).stance())
        .isEqualTo(Stance.SUPPORTS);
    assertThat(sleeps).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void adjudicate_persistent500_failsAfterRetries() {
    for (int i = 0; i < 3; i++) {
      reply(503, "{}");
    }
    assertThatThrownBy(() -> builder().build().adjudicate(request("End bail.")))
        .isInstanceOf(AdjudicationException.class).hasMessageContaining("HTTP 503");
    assertThat(requests).hasSize(3);
    assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void adjudicate_401_notRetriedAndNamesTheKeyVariable() {
    reply(401, "{\"error\":\"bad key\"}");
    assertThatThrownBy(() -> builder().build().adjudicate(request("End bail.")))
        .isInstanceOf(AdjudicationException.class)
        .hasMessageContaining("JUSTICEKIT_ADJUDICATOR_KEY")
        .hasMessageNotContaining("sk-test-secret-123");
    assertThat(requests).hasSize(1);
  }

  @Test
  void adjudicate_slowServer_timesOut() {
    replies.add(new Reply(200, completion("{\"stance\":\"SUPPORTS\",\"evidence\":\"x\"}"), null,
        3_000));
    assertThatThrownBy(() -> builder().timeout(Duration.ofMillis(300)).maxRetries(0).build()
        .adjudicate(request("End bail.")))
        .isInstanceOf(AdjudicationException.class).hasMessageContaining("did not answer within");
  }

  @Test
  void adjudicate_malformedContent_fails() {
    reply(200, completion("I think they support it."));
    assertThatThrownBy(() -> builder().build().adjudicate(request("End bail.")))
        .isInstanceOf(AdjudicationException.class).hasMessageContaining("not the JSON object");
    reply(200, completion("{\"stance\": \"LOVES_IT\", \"evidence\": \"End bail.\"}"));
    assertThatThrownBy(() -> builder().build().adjudicate(request("End bail.")))
        .isInstanceOf(AdjudicationException.class).hasMessageContaining("unknown stance");
    reply(200, "{\"object\": \"error\"}");
    assertThatThrownBy(() -> builder().build().adjudicate(request("End bail.")))
        .isInstanceOf(AdjudicationException.class).hasMessageContaining("choices[0]");
  }

  @Test
  void adjudicate_sameRequestTwice_answeredFromCache() {
    reply(200, completion("{\"stance\": \"SUPPORTS\", \"evidence\": \"End bail.\"}"));
    ChatCompletionsAdjudicator a = builder().build();
    a.adjudicate(request("End bail."));
    a.adjudicate(request("End bail."));
    assertThat(requests).hasSize(1);
    assertThat(a.requestsSent()).isEqualTo(1);
  }

  @Test
  void adjudicate_budgetUsedUp_failsWithoutSending() {
    reply(200, completion("{\"stance\": \"SUPPORTS\", \"evidence\": \"End bail.\"}"));
    ChatCompletionsAdjudicator a = builder().requestBudget(1).build();
    a.adjudicate(request("End bail."));
    assertThatThrownBy(() -> a.adjudicate(request("Another sentence.")))
        .isInstanceOf(AdjudicationException.class).hasMessageContaining("budget");
    assertThat(requests).hasSize(1);
  }

  @Test
  void toString_neverShowsTheKey() {
    assertThat(builder().build().toString()).doesNotContain("sk-test-secret-123")
        .contains("key=set");
  }

  @Test
  void parseRetryAfter_secondsAndHttpDate() {
    Instant now = Instant.parse("2026-12-02T12:00:00Z");
    assertThat(ChatCompletionsAdjudicator.parseRetryAfter("7", now)).contains(Duration.ofSeconds(7));
    assertThat(ChatCompletionsAdjudicator.parseRetryAfter("Wed, 02 Dec 2026 12:00:05 GMT", now))
        .contains(Duration.ofSeconds(5));
    assertThat(ChatCompletionsAdjudicator.parseRetryAfter("soon", now)).isEmpty();
  }

  // --- through the scorer: the answers are checked and a failure never fails scoring ---

  private static Assessment bail(PlatformScore score) {
    return score.assessment("end-money-bail").orElseThrow();
  }

  @Test
  void scorer_revisionQuotingAnInputSentence_revisesWithEvidence() {
    reply(200, completion("{\"stance\": \"SUPPORTS\", \"evidence\": "
        + "\"I will not seek cash bail for any misdemeanor.\"}"));
    PlatformScorer scorer = PlatformScorer.builder().adjudicator(builder().build())
        .adjudicationMode(AdjudicationMode.ALL).build();
    Assessment a = bail(scorer.score(OfficeType.PROSECUTOR,
        "Cash bail is complicated, I admit. I will not seek cash bail for any misdemeanor."));
    assertThat(a.secondOpinion()).isNotNull();
    assertThat(a.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(a.bestEvidence().orElseThrow().text())
        .isEqualTo("I will not seek cash bail for any misdemeanor.");
    assertThat(a.needsReview()).isFalse();
  }

  @Test
  void scorer_evidenceNotInText_rejectedAndRuleResultStands() {
    reply(200, completion("{\"stance\": \"OPPOSES\", \"evidence\": "
        + "\"Cash bail keeps our streets safe.\"}"));
    PlatformScorer scorer = PlatformScorer.builder().adjudicator(builder().build())
        .adjudicationMode(AdjudicationMode.ALL).build();
    Assessment rules = bail(PlatformScorer.create().score(OfficeType.PROSECUTOR, PLATFORM));
    Assessment a = bail(scorer.score(OfficeType.PROSECUTOR, PLATFORM));
    assertThat(a.stance()).isEqualTo(rules.stance());
    assertThat(a.evidence()).isEqualTo(rules.evidence());
    assertThat(a.secondOpinion().outcome()).isEqualTo(SecondOpinion.Outcome.REJECTED);
    assertThat(a.secondOpinion().proposedStance()).isEqualTo(Stance.OPPOSES);
    assertThat(a.needsReview()).isTrue();
  }

  @Test
  void scorer_failingEndpoint_neverFailsScoring() {
    for (int i = 0; i < 10; i++) {
      reply(500, "{}");
    }
    PlatformScorer scorer = PlatformScorer.builder()
        .adjudicator(builder().maxRetries(0).build())
        .adjudicationMode(AdjudicationMode.ALL).build();
    PlatformScore score = scorer.score(OfficeType.PROSECUTOR, PLATFORM);
    Assessment rules = bail(PlatformScorer.create().score(OfficeType.PROSECUTOR, PLATFORM));
    Assessment a = bail(score);
    assertThat(a.stance()).isEqualTo(rules.stance());
    assertThat(a.secondOpinion().outcome()).isEqualTo(SecondOpinion.Outcome.FAILED);
    assertThat(a.secondOpinion().model()).isEqualTo("test-model");
    assertThat(a.secondOpinion().detail()).contains("HTTP 500");
  }

  @Test
  void scorer_deadServer_neverFailsScoring() {
    server.stop(0);
    PlatformScorer scorer = PlatformScorer.builder()
        .adjudicator(builder().maxRetries(0).connectTimeout(Duration.ofSeconds(2)).build())
        .adjudicationMode(AdjudicationMode.ALL).build();
    Assessment a = bail(scorer.score(OfficeType.PROSECUTOR, PLATFORM));
    assertThat(a.secondOpinion().outcome()).isEqualTo(SecondOpinion.Outcome.FAILED);
    assertThat(a.secondOpinion().detail()).contains("cannot reach");
  }
}
