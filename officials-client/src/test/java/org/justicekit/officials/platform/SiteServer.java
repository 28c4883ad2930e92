package org.justicekit.officials.platform;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A real HTTP server on 127.0.0.1:0 serving a small site and recording the requests. */
final class SiteServer implements AutoCloseable {
  /** A request as received: method, target (path and query), headers. */
  record Request(String method, String target, Headers headers) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  /** Slow handlers wait on this; closing the server releases them. */
  final CountDownLatch release = new CountDownLatch(1);

  private SiteServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", exchange -> {
      try (exchange) {
        URI uri = exchange.getRequestURI();
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        requests.add(new Request(exchange.getRequestMethod(), target, exchange.getRequestHeaders()));
        HttpHandler handler = routes.get(target);
        if (handler == null) {
          send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        } else {
          handler.handle(exchange);
        }
      } catch (IOException e) {
        // the client went away (size limit, timeout): nothing to do
      }
    });
    server.start();
  }

  static SiteServer start() throws IOException {
    return new SiteServer();
  }

  SiteServer html(String path, String html) {
    return bytes(path, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  SiteServer bytes(String path, int status, String contentType, byte[] body) {
    routes.put(path, exchange -> send(exchange, status, contentType, body));
    return this;
  }

  SiteServer redirect(String path, String location) {
    routes.put(path, exchange -> {
      exchange.getResponseHeaders().add("Location", location);
      exchange.sendResponseHeaders(302, -1);
    });
    return this;
  }

  SiteServer route(String path, HttpHandler handler) {
    routes.put(path, handler);
    return this;
  }

  static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port() + path);
  }

  int port() {
    return server.getAddress().getPort();
  }

  InetSocketAddress address() {
    return server.getAddress();
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  List<String> targets() {
    return requests.stream().map(Request::target).toList();
  }

  /** Waits on {@link #release} for at most ten seconds (a slow server). */
  void stall() {
    try {
      release.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
