package org.justicekit.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one HTTP handler: routes by exact path, checks method, content type and size, reads the
 * JSON body, calls {@link ApiOperations}, and writes every answer, error or not, as JSON.
 * A failure of ours is logged and answered {@code 500 {"error": "internal error ..."}}; no
 * response ever carries a stack trace. Thread-safe.
 */
final class ApiHandler implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(ApiHandler.class.getName());
  private static final String JSON = "application/json; charset=utf-8";

  /** An endpoint: its method, and what it makes of the query parameters and the body. */
  private record Route(String method, boolean hasBody, Function<Request, JsonNode> answer) {}

  /** A parsed request: query parameters, and the JSON body for POST routes. */
  private record Request(Map<String, String> query, @Nullable JsonNode body) {
    JsonNode json() {
      if (body == null) {
        throw new IllegalStateException("route has no body");
      }
      return body;
    }
  }

  private final ObjectMapper mapper;
  private final int maxBodyBytes;
  private final byte[] openApi;
  private final Map<String, Route> routes = new LinkedHashMap<>();

  ApiHandler(ObjectMapper mapper, ApiOperations operations, int maxBodyBytes, byte[] openApi) {
    this.mapper = mapper;
    this.maxBodyBytes = maxBodyBytes;
    this.openApi = openApi.clone();
    routes.put("/healthz", new Route("GET", false, r -> operations.health()));
    routes.put("/v1/demands", new Route("GET", false, r -> operations.demands(r.query())));
    routes.put("/v1/lookup", new Route("GET", false, r -> operations.lookup(r.query())));
    routes.put("/v1/score", new Route("POST", true, r -> operations.score(r.json())));
    routes.put("/v1/score/batch", new Route("POST", true, r -> operations.batch(r.json())));
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      try {
        switch (WorkPool.verdict()) {
          case TOO_BUSY -> {
            exchange.getResponseHeaders().set("Retry-After", "1");
            throw new ApiException(429, "the server is busy; retry in a moment");
          }
          case SHUTTING_DOWN -> {
            exchange.getResponseHeaders().set("Connection", "close");
            throw new ApiException(503, "the server is shutting down");
          }
          case WORK -> answer(exchange);
        }
      } catch (ApiException e) {
        send(exchange, e.status(), error(e.getMessage()));
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, "internal error answering "
            + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath(), e);
        send(exchange, 500, error("internal error (" + e.getClass().getSimpleName()
            + "); the server's log has the details - please report it"));
      }
    } catch (IOException e) {
      // the client went away while we answered: nothing left to tell it
      LOG.log(System.Logger.Level.DEBUG, "connection lost: {0}", e.toString());
    } finally {
      exchange.close();
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String method = exchange.getRequestMethod();
    if ("/openapi.json".equals(path)) {
      requireMethod(exchange, "GET", method);
      sendBytes(exchange, 200, openApi);
      return;
    }
    Route route = routes.get(path);
    if (route == null) {
      throw new ApiException(404, "no such endpoint: " + truncate(path) + "; see /openapi.json");
    }
    requireMethod(exchange, route.method(), method);
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    JsonNode body = route.hasBody() ? body(exchange) : null;
    send(exchange, 200, route.answer().apply(new Request(query, body)));
  }

  private static void requireMethod(HttpExchange exchange, String allowed, String method) {
    if (!allowed.equals(method)) {
      exchange.getResponseHeaders().set("Allow", allowed);
      throw new ApiException(405, "method " + truncate(method) + " is not allowed here; use "
          + allowed);
    }
  }

  private JsonNode body(HttpExchange exchange) throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (!isJson(type)) {
      throw new ApiException(415, "send the body as Content-Type: application/json (UTF-8)"
          + (type == null ? "" : ", not " + truncate(type)));
    }
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      long declared;
      try {
        declared = Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("bad Content-Length: " + truncate(length));
      }
      if (declared > maxBodyBytes) {
        throw tooLarge(declared);
      }
    }
    byte[] bytes;
    try (InputStream in = exchange.getRequestBody()) {
      bytes = in.readNBytes(maxBodyBytes + 1);
    }
    if (bytes.length > maxBodyBytes) {
      throw tooLarge(-1);
    }
    if (bytes.length == 0) {
      throw ApiException.badRequest("the body is empty; send a JSON document");
    }
    try {
      JsonNode node = mapper.readTree(bytes);
      if (node == null || node.isMissingNode()) {
        throw ApiException.badRequest("the body is empty; send a JSON document");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("malformed JSON: " + oneLine(e.getOriginalMessage()));
    }
  }

  private ApiException tooLarge(long declared) {
    return new ApiException(413, String.format(Locale.ROOT, "the body%s is over the limit of "
        + "%,d bytes; split the batch or send less text",
        declared < 0 ? "" : String.format(Locale.ROOT, " (%,d bytes)", declared), maxBodyBytes));
  }

  /** {@code application/json}, with no charset or a UTF-8 one. */
  static boolean isJson(@Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";");
    if (!parts[0].strip().equalsIgnoreCase("application/json")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String[] pair = parts[i].split("=", 2);
      if (pair[0].strip().equalsIgnoreCase("charset") && (pair.length < 2
          || !pair[1].strip().replace("\"", "").equalsIgnoreCase("utf-8"))) {
        return false;
      }
    }
    return true;
  }

  /** Decodes {@code a=1&b=2}; a name given twice is a bad request. */
  static Map<String, String> query(@Nullable String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name;
      String value;
      try {
        name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("bad percent-encoding in the query: " + truncate(pair));
      }
      if (query.put(name, value) != null) {
        throw ApiException.badRequest("query parameter '" + truncate(name) + "' is given twice");
      }
    }
    return query;
  }

  private JsonNode error(@Nullable String message) {
    return mapper.createObjectNode().put("error", oneLine(message));
  }

  private void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    sendBytes(exchange, status, mapper.writeValueAsBytes(body));
  }

  private static void sendBytes(HttpExchange exchange, int status, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", JSON);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if ("HEAD".equals(exchange.getRequestMethod())) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  private static String oneLine(@Nullable String message) {
    if (message == null || message.isBlank()) {
      return "no details";
    }
    String line = message.strip().replaceAll("\\s*\\R\\s*", " ");
    return line.length() > 500 ? line.substring(0, 500) + "..." : line;
  }

  private static String truncate(String s) {
    return s.length() > 100 ? s.substring(0, 100) + "..." : s;
  }
}
