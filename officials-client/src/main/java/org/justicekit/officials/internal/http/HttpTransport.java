package org.justicekit.officials.internal.http;

import org.justicekit.officials.HttpSettings;
import org.justicekit.officials.OfficialsException;
import org.justicekit.officials.ProviderUnavailableException;
import org.justicekit.officials.QuotaExceededException;
import org.justicekit.officials.AuthenticationException;
import org.justicekit.officials.InvalidAddressException;
import org.justicekit.officials.MalformedResponseException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP layer the providers share: one {@link HttpClient}, timeouts, retries with
 * exponential backoff and jitter on 429, 5xx and IO failures (honouring {@code Retry-After}),
 * a token-bucket rate limit, a TTL cache of parsed answers that never holds a failure, a cap on
 * the response size, and exceptions of the {@link OfficialsException} family whose messages
 * never show the API key (URLs in messages and logs carry no query string).
 *
 * <p>Thread-safe; one instance per provider instance.
 */
public final class HttpTransport {
  private static final System.Logger LOG = System.getLogger(HttpTransport.class.getName());

  /** Names JusticeKit to the providers, as their terms ask. */
  public static final String USER_AGENT = "JusticeKit/" + version()
      + " (officials-client; +https://justicekit.org)";

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /**
   * A response with a decoded body.
   *
   * @param status the HTTP status
   * @param body the body as text (strict UTF-8 for 2xx, lenient for errors)
   * @param headers the response headers
   * @param retryAfter the wait the server asked for, if it said
   */
  public record Response(int status, String body, HttpHeaders headers, @Nullable Duration retryAfter) {}

  /** Turns a final non-2xx response into the exception to throw. */
  @FunctionalInterface
  public interface ErrorMapper {
    OfficialsException map(Response response);
  }

  /** Reads a 2xx response; throws an {@link OfficialsException} if it is not usable. */
  @FunctionalInterface
  public interface Parser<T> {
    T parse(Response response);
  }

  private final String provider;
  private final HttpConfig config;
  private final HttpClient client;
  private final @Nullable RateLimiter limiter;
  private final @Nullable ResponseCache cache;

  public HttpTransport(String provider, HttpConfig config) {
    this.provider = provider;
    this.config = config;
    HttpSettings s = config.settings();
    this.client = s.httpClient().orElseGet(() -> HttpClient.newBuilder()
        .connectTimeout(s.connectTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build());
    this.limiter = config.requestsPerSecond() > 0
        ? new RateLimiter(config.requestsPerSecond(), config.burst(), config.time()) : null;
    this.cache = s.cacheSize() > 0
        ? new ResponseCache(s.cacheSize(), s.cacheTtl(), config.time()) : null;
  }

  String provider() {
    return provider;
  }

  public HttpConfig config() {
    return config;
  }

  /** The number of answers in the cache, for tests. */
  public int cachedAnswers() {
    return cache == null ? 0 : cache.size();
  }

  /**
   * A URL under the base URL with the given query parameters, in order, form-encoded.
   *
   * @param path relative to the base URL, without a leading slash
   */
  public URI resolve(String path, Map<String, String> query) {
    StringBuilder sb = new StringBuilder(config.baseUrl().toString()).append(path);
    char sep = '?';
    for (Map.Entry<String, String> e : query.entrySet()) {
      sb.append(sep).append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      sep = '&';
    }
    return URI.create(sb.toString());
  }

  /** Sends a GET. */
  public <T> T get(URI uri, Map<String, String> headers, ErrorMapper errors, Parser<T> parser) {
    return execute("GET", uri, headers, null, errors, parser);
  }

  /** Sends a POST with a JSON body. */
  public <T> T postJson(URI uri, Map<String, String> headers, String body, ErrorMapper errors,
      Parser<T> parser) {
    return execute("POST", uri, headers, body, errors, parser);
  }

  private <T> T execute(String method, URI uri, Map<String, String> headers,
      @Nullable String body, ErrorMapper errors, Parser<T> parser) {
    String cacheKey = method + ' ' + uri + '\n' + headers + '\n' + (body == null ? "" : body);
    if (cache != null) {
      Object hit = cache.get(cacheKey);
      if (hit != null) {
        LOG.log(Level.DEBUG, () -> provider + ": " + method + ' ' + describe(uri) + " from cache");
        return cast(hit);
      }
    }
    HttpRequest request = request(method, uri, headers, body);
    int attempts = config.maxRetries() + 1;
    for (int attempt = 1; ; attempt++) {
      acquirePermit();
      long start = config.time().nanoTime();
      HttpResponse<byte[]> raw;
      try {
        raw = send(request);
      } catch (IOException e) {
        String what = e instanceof HttpTimeoutException ? "timed out" : "failed";
        if (attempt < attempts) {
          Duration wait = backoff(attempt);
          logRetry(method, uri, what, attempt, wait);
          pause(wait);
          continue;
        }
        throw unavailable(0, method + ' ' + describe(uri) + ' ' + what + " after " + attempts
            + (attempts == 1 ? " attempt" : " attempts") + ": " + safeMessage(e)
            + ". Check the network and the provider's status, or raise the timeout.", e);
      }
      int status = raw.statusCode();
      long millis = (config.time().nanoTime() - start) / 1_000_000;
      final int attemptNo = attempt;
      LOG.log(Level.DEBUG, () -> provider + ": " + method + ' ' + describe(uri) + " -> " + status
          + " in " + millis + " ms (attempt " + attemptNo + ")");
      Duration retryAfter = retryAfter(raw.headers());
      if (status >= 200 && status < 300) {
        Response response = new Response(status, strictUtf8(raw.body(), uri), raw.headers(), null);
        T value = parser.parse(response);
        if (cache != null) {
          cache.put(cacheKey, value);
        }
        return value;
      }
      Response response = new Response(status, BodyDecoding.lenientUtf8(raw.body()), raw.headers(), retryAfter);
      boolean retryable = status == 429 || status >= 500;
      if (retryable && attempt < attempts) {
        if (retryAfter != null && retryAfter.compareTo(config.maxRetryAfter()) > 0) {
          throw errors.map(response);
        }
        Duration wait = retryAfter != null ? retryAfter : backoff(attempt);
        logRetry(method, uri, "answered " + status, attempt, wait);
        pause(wait);
        continue;
      }
      throw errors.map(response);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }

  private HttpRequest request(String method, URI uri, Map<String, String> headers,
      @Nullable String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri)
        .timeout(config.requestTimeout())
        .header("User-Agent", config.userAgent())
        .header("Accept", "application/json");
    headers.forEach(b::setHeader);
    if (body == null) {
      b.GET();
    } else {
      b.header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    return b.build();
  }

  private HttpResponse<byte[]> send(HttpRequest request) throws IOException {
    long max = config.maxResponseBytes();
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(request, info -> CappedBodySubscriber.failing(max,
            info.headers().firstValueAsLong("Content-Length").orElse(-1),
            BodyTooLargeException::new));
    try {
      // The request timeout covers the headers; this bounds the body as well.
      return future.get(config.requestTimeout().toNanos() + 50_000_000L, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new HttpTimeoutException("request timed out after " + config.requestTimeout().toMillis()
          + " ms");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw unavailable(0, "interrupted while waiting for " + describe(request.uri()), null);
    } catch (ExecutionException e) {
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof BodyTooLargeException) {
          throw malformed(0, describe(request.uri()) + " sent a response larger than " + max
              + " bytes; refused. Raise maxResponseBytes if this is expected.", null);
        }
      }
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException(cause == null ? "request failed" : safeMessage(cause), cause);
    }
  }

  private void acquirePermit() {
    if (limiter == null) {
      return;
    }
    try {
      limiter.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(0, "interrupted while waiting for the rate limit", null);
    }
  }

  private void pause(Duration wait) {
    try {
      config.time().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(0, "interrupted while waiting to retry", null);
    }
  }

  private void logRetry(String method, URI uri, String what, int attempt, Duration wait) {
    LOG.log(Level.INFO, () -> String.format(Locale.ROOT, "%s: %s %s %s (attempt %d); retrying in %d ms",
        provider, method, describe(uri), what, attempt, wait.toMillis()));
  }

  /** Exponential backoff with equal jitter: half the step fixed, half random. */
  public Duration backoff(int attempt) {
    long initial = config.settings().initialBackoff().toNanos();
    long max = config.settings().maxBackoff().toNanos();
    long step = initial;
    for (int i = 1; i < attempt && step < max; i++) {
      step *= 2;
    }
    step = Math.min(step, max);
    long half = step / 2;
    return Duration.ofNanos(half + (half > 0 ? config.settings().random().nextLong(half + 1) : 0));
  }

  /** Reads {@code Retry-After} as seconds or as an HTTP date; null if absent or unreadable. */
  @Nullable Duration retryAfter(HttpHeaders headers) {
    String value = headers.firstValue("Retry-After").map(String::strip).orElse(null);
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value.matches("\\d{1,10}")) {
      return Duration.ofSeconds(Long.parseLong(value));
    }
    try {
      ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration d = Duration.between(config.time().now(), when.toInstant());
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private String strictUtf8(byte[] bytes, URI uri) {
    return BodyDecoding.strictUtf8(bytes).orElseThrow(() -> malformed(200, describe(uri)
        + " answered a body that is not valid UTF-8", null));
  }

  /**
   * Parses a response body as a JSON object.
   *
   * @throws MalformedResponseException if the body is empty, HTML, not JSON, truncated, or not
   *     an object
   */
  public JsonNode json(Response response) {
    String body = response.body();
    String trimmed = body.strip();
    if (trimmed.isEmpty()) {
      throw malformed(response.status(), "the response body was empty; expected JSON", null);
    }
    if (trimmed.startsWith("<")) {
      throw malformed(response.status(), "the response was an HTML or XML page, not JSON ("
          + snippet(trimmed) + "); check the endpoint URL", null);
    }
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw malformed(response.status(), "the response is not valid JSON (truncated or corrupt): "
          + e.getOriginalMessage(), null);
    }
    if (node == null || !node.isObject()) {
      throw malformed(response.status(), "the response is JSON but not an object", null);
    }
    return node;
  }

  /** A short, single-line excerpt of a body for messages, with the key removed. */
  public String snippet(String body) {
    String one = body.strip().replaceAll("\\s+", " ");
    return redact(one.length() > 120 ? one.substring(0, 120) + "..." : one);
  }

  /** The exception for a non-2xx status that no provider envelope explained. */
  public OfficialsException byStatus(Response r, String detail) {
    int s = r.status();
    String msg = "HTTP " + s + (detail.isEmpty() ? "" : ": " + detail);
    if (s == 401 || s == 403) {
      return auth(s, msg + ". Check the API key and that the API is enabled for it.");
    }
    if (s == 429) {
      return quota(s, r.retryAfter(), msg + ". The rate limit or quota is used up; try again later"
          + (r.retryAfter() == null ? "." : " (the provider asked to wait " + r.retryAfter().toSeconds()
          + " s)."));
    }
    if (s >= 500) {
      return unavailable(s, msg + " after " + (config.maxRetries() + 1)
          + " attempts. The provider is failing; try again later.", null);
    }
    return new OfficialsException(provider, s, false, redact(provider + ": " + msg), null);
  }

  public AuthenticationException auth(int status, String message) {
    return new AuthenticationException(provider, status, redact(provider + ": " + message), null);
  }

  public QuotaExceededException quota(int status, @Nullable Duration retryAfter, String message) {
    return new QuotaExceededException(provider, status, retryAfter, redact(provider + ": " + message),
        null);
  }

  public InvalidAddressException invalidAddress(int status, String message) {
    return new InvalidAddressException(provider, status, redact(provider + ": " + message), null);
  }

  public ProviderUnavailableException unavailable(int status, String message, @Nullable Throwable cause) {
    return new ProviderUnavailableException(provider, status, redact(provider + ": " + message),
        safeCause(cause));
  }

  public MalformedResponseException malformed(int status, String message, @Nullable Throwable cause) {
    return new MalformedResponseException(provider, status, redact(provider + ": " + message),
        safeCause(cause));
  }

  public OfficialsException other(int status, String message) {
    return new OfficialsException(provider, status, false, redact(provider + ": " + message), null);
  }

  /** Removes the API key, raw or URL-encoded, from a text. */
  public String redact(String text) {
    String key = config.apiKey();
    if (key == null || key.isEmpty()) {
      return text;
    }
    String out = text.replace(key, "***");
    String encoded = URLEncoder.encode(key, StandardCharsets.UTF_8);
    return encoded.equals(key) ? out : out.replace(encoded, "***");
  }

  private String safeMessage(Throwable t) {
    String m = t.getMessage();
    return redact(m == null ? t.getClass().getSimpleName() : m);
  }

  /** A cause whose text shows the key is replaced by a plain one without it. */
  private @Nullable Throwable safeCause(@Nullable Throwable cause) {
    if (cause == null) {
      return null;
    }
    String key = config.apiKey();
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (key != null && !key.isEmpty() && String.valueOf(t).contains(key)) {
        return new IOException(cause.getClass().getSimpleName() + ": " + safeMessage(cause));
      }
    }
    return cause;
  }

  /** A URL for messages and logs: scheme, host, port and path; never the query (keys live there). */
  public static String describe(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
  }

  private static String version() {
    String v = HttpTransport.class.getPackage().getImplementationVersion();
    return v == null ? "0.1" : v;
  }

  /** Thrown inside the body subscriber when the body passes the cap. */
  private static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException() {
      super("response body too large");
    }
  }
}
