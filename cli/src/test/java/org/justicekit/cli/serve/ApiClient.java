package org.justicekit.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sends real HTTP requests to a running {@link ApiServer} and checks every answer against the
 * server's own OpenAPI document: the status is one the document lists for the path and method,
 * the body conforms to its schema, and an error is a bare {@code {"error"}} with no stack trace.
 */
final class ApiClient {
  static final ObjectMapper JSON = new ObjectMapper();

  /** One answer: status, body as JSON, and the headers that matter. */
  record Answer(int status, JsonNode body, @Nullable String allow, @Nullable String retryAfter,
      String contentType) {
    String error() {
      return body.path("error").asText();
    }
  }

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;
  private final SchemaValidator validator;

  ApiClient(URI base) {
    this.base = base;
    Answer doc = send("GET", "/openapi.json", null, null, false);
    this.validator = new SchemaValidator(doc.body());
  }

  SchemaValidator validator() {
    return validator;
  }

  Answer get(String pathAndQuery) {
    return send("GET", pathAndQuery, null, null, true);
  }

  Answer post(String path, String json) {
    return send("POST", path, json, "application/json", true);
  }

  Answer send(String method, String pathAndQuery, @Nullable String body,
      @Nullable String contentType, boolean check) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery))
        .timeout(Duration.ofSeconds(60))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    HttpResponse<String> response;
    try {
      response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Answer answer = answer(response.statusCode(), response.body(),
        response.headers().firstValue("Allow").orElse(null),
        response.headers().firstValue("Retry-After").orElse(null),
        response.headers().firstValue("Content-Type").orElse(""));
    if (check) {
      conforms(answer, URI.create(pathAndQuery).getPath(), method);
    }
    return answer;
  }

  static Answer answer(int status, String body, @Nullable String allow,
      @Nullable String retryAfter, String contentType) {
    assertThat(body).as("no stack trace in a response").doesNotContain("\tat ")
        .doesNotContain("Exception:");
    try {
      return new Answer(status, JSON.readTree(body), allow, retryAfter, contentType);
    } catch (IOException e) {
      throw new AssertionError("not JSON (" + status + "): " + body, e);
    }
  }

  /** The answer is one the document describes for this path and method. */
  void conforms(Answer answer, String path, String method) {
    assertThat(answer.contentType()).isEqualTo("application/json; charset=utf-8");
    JsonNode schema = switch (answer.status()) {
      case 404 -> validator.componentResponseSchema("NotFound");
      case 405 -> validator.componentResponseSchema("MethodNotAllowed");
      default -> validator.responseSchema(path, method.toLowerCase(java.util.Locale.ROOT),
          answer.status());
    };
    List<String> problems = validator.validate(answer.body(), schema);
    assertThat(problems).as("%s %s -> %d %s", method, path, answer.status(), answer.body())
        .isEmpty();
  }
}
