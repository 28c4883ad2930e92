package org.justicekit.officials.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on 127.0.0.1:0 that replays queued responses in order and records every
 * request. The last queued response repeats once the queue is down to one.
 */
public final class LocalServer implements AutoCloseable {
  public record Recorded(String method, String path, Map<String, String> query,
      Map<String, List<String>> headers, String body) {
    public String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  public record Reply(int status, Map<String, String> headers, byte[] body, long delayMillis) {
    public static Reply json(int status, String body) {
      return new Reply(status, Map.of("Content-Type", "application/json"),
          body.getBytes(StandardCharsets.UTF_8), 0);
    }

    public Reply withHeader(String name, String value) {
      Map<String, String> h = new LinkedHashMap<>(headers);
      h.put(name, value);
      return new Reply(status, h, body, delayMillis);
    }

    public Reply delayed(long millis) {
      return new Reply(status, headers, body, millis);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "local-server");
    t.setDaemon(true);
    return t;
  });
  private final Deque<Reply> replies = new ArrayDeque<>();
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch closing = new CountDownLatch(1);

  public LocalServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:PORT/}. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  public LocalServer enqueue(Reply reply) {
    synchronized (replies) {
      replies.add(reply);
    }
    return this;
  }

  public LocalServer enqueueJson(int status, String body) {
    return enqueue(Reply.json(status, body));
  }

  public List<Recorded> requests() {
    return List.copyOf(requests);
  }

  public Recorded lastRequest() {
    return requests.get(requests.size() - 1);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex; InputStream in = ex.getRequestBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      URI uri = ex.getRequestURI();
      requests.add(new Recorded(ex.getRequestMethod(), uri.getPath(), query(uri.getRawQuery()),
          Map.copyOf(ex.getRequestHeaders()), body));
      Reply reply;
      synchronized (replies) {
        reply = replies.size() > 1 ? replies.poll() : replies.peek();
      }
      if (reply == null) {
        reply = Reply.json(500, "{\"error\":\"nothing queued\"}");
      }
      if (reply.delayMillis() > 0) {
        try {
          closing.await(reply.delayMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      boolean chunked = reply.headers().containsKey("Transfer-Encoding");
      reply.headers().forEach((k, v) -> {
        if (!k.equals("Transfer-Encoding")) {
          ex.getResponseHeaders().add(k, v);
        }
      });
      ex.sendResponseHeaders(reply.status(),
          chunked ? 0 : reply.body().length == 0 ? -1 : reply.body().length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(reply.body());
      } catch (IOException ignored) {
        // the client gave up (timeout or size cap); nothing to do
      }
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return out;
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
