package org.justicekit.adjudicator.openai;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.Stance;
import org.justicekit.scoring.AdjudicationException;
import org.justicekit.scoring.AdjudicationRequest;
import org.justicekit.scoring.Opinion;
import org.justicekit.scoring.StanceAdjudicator;

/**
 * A {@link StanceAdjudicator} that asks an OpenAI-compatible Chat Completions endpoint: a hosted
 * API, or a local Ollama, llama.cpp or vLLM server.
 *
 * <pre>{@code
 * StanceAdjudicator second = ChatCompletionsAdjudicator.builder()
 *     .baseUrl(URI.create("http://127.0.0.1:11434/v1"))   // POSTs to {baseUrl}/chat/completions
 *     .model("llama3.1:8b")
 *     .apiKey(System.getenv("JUSTICEKIT_ADJUDICATOR_KEY")) // none needed for a local server
 *     .build();
 * PlatformScorer scorer = PlatformScorer.builder().adjudicator(second).build();
 * }</pre>
 *
 * <p>What it sends: the labelling rules and three worked examples written for JusticeKit, then
 * the demand and only the sentences around its topic (never the whole page). What it expects
 * back: message content holding {@code {"stance": "...", "evidence": "<one verbatim sentence>"}}
 * (a Markdown code fence around it is tolerated). The scorer checks that the evidence is a
 * sentence of the input and rejects the answer otherwise.
 *
 * <p>Requests time out (60 s by default), are retried on 429, 5xx and timeouts with exponential
 * backoff, honouring {@code Retry-After} up to a cap, and count against a per-instance request
 * budget; answers are cached by a hash of the messages, the model and the prompt version, so a
 * repeated page costs nothing. Every failure is an {@link AdjudicationException}, which the
 * scorer turns into "no second opinion". The API key is sent as a bearer token and never
 * appears in messages, logs or {@link #toString()}.
 *
 * <p>Immutable configuration, thread-safe: build once per run and share. The budget and cache
 * belong to the instance.
 */
public final class ChatCompletionsAdjudicator implements StanceAdjudicator {
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final int MAX_BODY_CHARS = 1 << 20;

  private final URI endpoint;
  private final String model;
  private final @Nullable String apiKey;
  private final Duration timeout;
  private final int maxRetries;
  private final Duration maxRetryAfter;
  private final Duration backoff;
  private final int requestBudget;
  private final boolean jsonMode;
  private final HttpClient http;
  private final Sleeper sleeper;
  private final AtomicInteger requests = new AtomicInteger();
  private final Map<String, Opinion> cache;

  /** Waits between retries; a seam for tests. */
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private ChatCompletionsAdjudicator(Builder b) {
    if (b.baseUrl == null || b.model == null) {
      throw new IllegalStateException("a ChatCompletionsAdjudicator needs baseUrl and model");
    }
    String base = b.baseUrl.toString();
    this.endpoint = URI.create(base.endsWith("/") ? base + "chat/completions"
        : base + "/chat/completions");
    this.model = b.model;
    this.apiKey = b.apiKey;
    this.timeout = b.timeout;
    this.maxRetries = b.maxRetries;
    this.maxRetryAfter = b.maxRetryAfter;
    this.backoff = b.backoff;
    this.requestBudget = b.requestBudget;
    this.jsonMode = b.jsonMode;
    this.sleeper = b.sleeper;
    this.http = HttpClient.newBuilder().connectTimeout(b.connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER).build();
    int size = b.cacheSize;
    this.cache = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Opinion> eldest) {
        return size() > size;
      }
    };
  }

  /** A builder; {@link Builder#baseUrl} and {@link Builder#model} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String model() {
    return model;
  }

  /** The prompt version, part of every cache key and recorded in the CHANGELOG when it changes. */
  public static String promptVersion() {
    return Prompt.VERSION;
  }

  /** How many HTTP requests this instance has sent, retries included. */
  public int requestsSent() {
    return requests.get();
  }

  @Override
  public Opinion adjudicate(AdjudicationRequest request) {
    Objects.requireNonNull(request, "request");
    String user = Prompt.user(request);
    String key = cacheKey(user);
    synchronized (cache) {
      Opinion cached = cache.get(key);
      if (cached != null) {
        return cached;
      }
    }
    String body = requestBody(user);
    String content = send(body);
    Opinion opinion = parseContent(content);
    synchronized (cache) {
      cache.put(key, opinion);
    }
    return opinion;
  }

  private String send(String body) {
    AdjudicationException last = null;
    for (int attempt = 0; attempt <= maxRetries; attempt++) {
      if (requests.get() >= requestBudget) {
        throw new AdjudicationException("the request budget of " + requestBudget
            + " requests to " + endpoint.getHost() + " is used up", false);
      }
      requests.incrementAndGet();
      HttpRequest.Builder rb = HttpRequest.newBuilder(endpoint).timeout(timeout)
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .header("User-Agent", "JusticeKit-adjudicator/" + Prompt.VERSION)
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      if (apiKey != null && !apiKey.isEmpty()) {
        rb.header("Authorization", "Bearer " + apiKey);
      }
      Duration wait;
      try {
        HttpResponse<String> response =
            http.send(rb.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        if (status == 200) {
          return messageContent(response.body());
        }
        boolean retryable = status == 429 || status >= 500;
        last = new AdjudicationException(endpoint.getHost() + " answered HTTP " + status
            + describe(status), retryable);
        if (!retryable) {
          throw last;
        }
        wait = retryAfter(response).orElse(backoff(attempt));
        if (wait.compareTo(maxRetryAfter) > 0) {
          throw new AdjudicationException(endpoint.getHost() + " asked to retry after "
              + wait.toSeconds() + " s, longer than the " + maxRetryAfter.toSeconds()
              + " s this adjudicator waits", true);
        }
      } catch (HttpTimeoutException e) {
        last = new AdjudicationException(endpoint.getHost() + " did not answer within "
            + timeout.toMillis() + " ms", true, e);
        wait = backoff(attempt);
      } catch (IOException e) {
        last = new AdjudicationException("cannot reach " + endpoint.getHost() + ": "
            + e.getClass().getSimpleName(), true, e);
        wait = backoff(attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AdjudicationException("interrupted while asking " + endpoint.getHost(), false, e);
      }
      if (attempt < maxRetries) {
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AdjudicationException("interrupted while waiting to retry", false, e);
        }
      }
    }
    throw Objects.requireNonNull(last);
  }

  private static String describe(int status) {
    return switch (status) {
      case 401, 403 -> " (check the key in JUSTICEKIT_ADJUDICATOR_KEY)";
      case 404 -> " (check the base URL: it should end before /chat/completions, e.g. .../v1)";
      case 429 -> " (rate limited)";
      default -> "";
    };
  }

  private Duration backoff(int attempt) {
    return backoff.multipliedBy(1L << Math.min(attempt, 10));
  }

  /** {@code Retry-After} as seconds or an HTTP date. */
  static java.util.Optional<Duration> retryAfter(HttpResponse<?> response) {
    return response.headers().firstValue("Retry-After").flatMap(v -> parseRetryAfter(v,
        Instant.now()));
  }

  static java.util.Optional<Duration> parseRetryAfter(String value, Instant now) {
    String v = value.trim();
    try {
      long seconds = Long.parseLong(v);
      return java.util.Optional.of(Duration.ofSeconds(Math.max(0, seconds)));
    } catch (NumberFormatException e) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(now, at);
        return java.util.Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException e2) {
        return java.util.Optional.empty();
      }
    }
  }

  private String requestBody(String user) {
    List<ChatMessage> messages = new ArrayList<>();
    messages.add(new ChatMessage("system", Prompt.SYSTEM));
    for (String[] example : Prompt.EXAMPLES) {
      messages.add(new ChatMessage("user", example[0]));
      messages.add(new ChatMessage("assistant", example[1]));
    }
    messages.add(new ChatMessage("user", user));
    ChatRequest request = new ChatRequest(model, messages, 0.0,
        jsonMode ? new ResponseFormat("json_object") : null);
    try {
      return JSON.writeValueAsString(request);
    } catch (JsonProcessingException e) {
      throw new AdjudicationException("cannot write the request: " + e.getOriginalMessage(),
          false, e);
    }
  }

  private String messageContent(String body) {
    if (body.length() > MAX_BODY_CHARS) {
      throw new AdjudicationException("the answer of " + endpoint.getHost() + " is over "
          + MAX_BODY_CHARS + " characters", false);
    }
    ChatResponse response;
    try {
      response = JSON.readValue(body, ChatResponse.class);
    } catch (JsonProcessingException e) {
      throw new AdjudicationException("the answer of " + endpoint.getHost()
          + " is not Chat Completions JSON: " + e.getOriginalMessage(), false, e);
    }
    if (response == null || response.choices() == null || response.choices().isEmpty()
        || response.choices().get(0).message() == null
        || response.choices().get(0).message().content() == null) {
      throw new AdjudicationException("the answer of " + endpoint.getHost()
          + " has no choices[0].message.content", false);
    }
    return response.choices().get(0).message().content();
  }

  /** Reads {@code {"stance": ..., "evidence": ...}} from message content. */
  static Opinion parseContent(String content) {
    String c = content.strip();
    if (c.startsWith("```")) {
      int firstLine = c.indexOf('\n');
      int fence = c.lastIndexOf("```");
      if (firstLine > 0 && fence > firstLine) {
        c = c.substring(firstLine + 1, fence).strip();
      }
    }
    Verdict verdict;
    try {
      verdict = JSON.readValue(c, Verdict.class);
    } catch (JsonProcessingException e) {
      throw new AdjudicationException("the model's answer is not the JSON object asked for: "
          + e.getOriginalMessage(), false, e);
    }
    if (verdict == null || verdict.stance() == null) {
      throw new AdjudicationException("the model's answer has no \"stance\"", false);
    }
    Stance stance;
    try {
      stance = Stance.valueOf(verdict.stance().strip().toUpperCase(Locale.ROOT)
          .replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      throw new AdjudicationException("the model answered an unknown stance '"
          + verdict.stance() + "'", false, e);
    }
    String evidence = verdict.evidence() == null ? "" : verdict.evidence();
    if (evidence.isBlank() && stance != Stance.NOT_MENTIONED) {
      throw new AdjudicationException("the model's " + stance + " answer quotes no evidence",
          false);
    }
    return new Opinion(stance, evidence);
  }

  private String cacheKey(String user) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(Prompt.VERSION.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(model.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(user.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /** The endpoint and model; never the key. */
  @Override
  public String toString() {
    return "ChatCompletionsAdjudicator{endpoint=" + endpoint + ", model=" + model
        + ", key=" + (apiKey == null || apiKey.isEmpty() ? "none" : "set") + "}";
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ChatRequest(String model, List<ChatMessage> messages, double temperature,
      @JsonProperty("response_format") @Nullable ResponseFormat responseFormat) {}

  record ChatMessage(String role, String content) {}

  record ResponseFormat(String type) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ChatResponse(@Nullable List<Choice> choices) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Choice(@Nullable ReplyMessage message) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ReplyMessage(@Nullable String content) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Verdict(@Nullable String stance, @Nullable String evidence) {}

  /** Configures a {@link ChatCompletionsAdjudicator}. Not thread-safe. */
  public static final class Builder {
    private @Nullable URI baseUrl;
    private @Nullable String model;
    private @Nullable String apiKey;
    private Duration timeout = Duration.ofSeconds(60);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private int maxRetries = 2;
    private Duration maxRetryAfter = Duration.ofSeconds(30);
    private Duration backoff = Duration.ofMillis(500);
    private int requestBudget = 1_000;
    private int cacheSize = 1_000;
    private boolean jsonMode = true;
    private Sleeper sleeper = d -> Thread.sleep(d.toMillis());

    private Builder() {}

    /**
     * The API's base URL, up to and including the version path: {@code
     * https://api.example.com/v1}, {@code http://127.0.0.1:11434/v1}. Only http and https.
     */
    public Builder baseUrl(URI baseUrl) {
      String scheme = baseUrl.getScheme();
      if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || baseUrl.getHost() == null) {
        throw new IllegalArgumentException("the adjudicator URL must be an http(s) URL with a "
            + "host, was " + baseUrl);
      }
      if (baseUrl.getUserInfo() != null) {
        throw new IllegalArgumentException("put the key in apiKey, not in the URL");
      }
      this.baseUrl = baseUrl;
      return this;
    }

    /** The model name the endpoint knows, e.g. {@code gpt-4o-mini} or {@code llama3.1:8b}. */
    public Builder model(String model) {
      if (model.isBlank()) {
        throw new IllegalArgumentException("the model name is empty");
      }
      this.model = model;
      return this;
    }

    /** The bearer key; null or empty for a local server that needs none. */
    public Builder apiKey(@Nullable String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /** The time one request may take, answer included (default 60 s). */
    public Builder timeout(Duration timeout) {
      this.timeout = positive(timeout, "timeout");
      return this;
    }

    /** The time to open a connection (default 10 s). */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /** Retries after a 429, a 5xx or a timeout (default 2). */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative");
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** The longest {@code Retry-After} honoured; a longer one fails the request (default 30 s). */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /** The first backoff, doubled on each retry (default 500 ms). */
    public Builder backoff(Duration backoff) {
      this.backoff = Objects.requireNonNull(backoff, "backoff");
      return this;
    }

    /** The most HTTP requests this instance sends, retries included (default 1,000). */
    public Builder requestBudget(int requestBudget) {
      if (requestBudget < 1) {
        throw new IllegalArgumentException("requestBudget must be positive");
      }
      this.requestBudget = requestBudget;
      return this;
    }

    /** How many answers to keep in memory (default 1,000). */
    public Builder cacheSize(int cacheSize) {
      if (cacheSize < 0) {
        throw new IllegalArgumentException("cacheSize must not be negative");
      }
      this.cacheSize = cacheSize;
      return this;
    }

    /**
     * Whether to ask for {@code response_format: json_object} (default true); turn off for a
     * server that rejects the field.
     */
    public Builder jsonMode(boolean jsonMode) {
      this.jsonMode = jsonMode;
      return this;
    }

    Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    /**
     * Builds the adjudicator.
     *
     * @throws IllegalStateException if the base URL or the model is missing
     */
    public ChatCompletionsAdjudicator build() {
      return new ChatCompletionsAdjudicator(this);
    }

    private static Duration positive(Duration d, String name) {
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }
  }
}
