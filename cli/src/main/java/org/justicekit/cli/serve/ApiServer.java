package org.justicekit.cli.serve;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.justicekit.officials.OfficialsClient;
import org.justicekit.officials.platform.PlatformFetcher;
import org.justicekit.scoring.PlatformScorer;

/**
 * The scorer and the officials directory as a local HTTP JSON service, on the JDK's built-in
 * {@code com.sun.net.httpserver} server.
 *
 * <pre>{@code
 * try (ApiServer server = ApiServer.builder().port(0).build().start()) {
 *   URI base = server.uri();      // http://127.0.0.1:<port>/
 *   ...
 * }
 * }</pre>
 *
 * <p>Endpoints ({@code GET /openapi.json} describes them): {@code GET /v1/demands},
 * {@code POST /v1/score}, {@code POST /v1/score/batch}, {@code GET /v1/lookup},
 * {@code GET /healthz}. Answers use the CLI's JSON shapes. Errors are {@code {"error": "..."}}
 * with 400 (bad JSON, unknown office, bad parameters), 404, 405, 413 (body or batch over the
 * limit), 415 (not {@code application/json}), 429 (work queue full), 502 (a fetch or provider
 * failed) or 503 (shutting down).
 *
 * <p>Bounded: {@link Builder#threads(int) threads} workers behind a queue of
 * {@link Builder#queue(int) queue} requests; beyond that a request is answered 429 at once.
 * Bodies over {@link Builder#maxBodyBytes(int) maxBodyBytes} are refused unread. No page is
 * fetched unless a {@link Builder#fetcher(PlatformFetcher) fetcher} is set, whose SSRF guard
 * then applies. Binds the loopback address unless told otherwise.
 *
 * <p>Thread-safe. {@link #close()} answers new requests 503, lets the accepted ones finish (up
 * to the drain timeout) and then releases the port.
 */
public final class ApiServer implements AutoCloseable {
  /** The default port. */
  public static final int DEFAULT_PORT = 8080;
  /** The default limit on a request body: 8 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 8 << 20;
  /** The default limit on the items of one batch. */
  public static final int DEFAULT_MAX_BATCH_ITEMS = 1_000;
  /** The default number of requests waiting for a worker before 429. */
  public static final int DEFAULT_QUEUE = 64;

  static {
    // Settings of the JDK server, read once when it is first used; a value the user set wins.
    // Its headers and body go out in two segments: with Nagle's algorithm on, the body waits
    // for the client's delayed ACK (about 40 ms a response).
    setIfAbsent("sun.net.httpserver.nodelay", "true");
    // a client that takes longer than this to send its request loses the connection
    setIfAbsent("sun.net.httpserver.maxReqTime", "60");
    setIfAbsent("sun.net.httpserver.maxReqHeaders", "100");
  }

  private final HttpServer http;
  private final WorkPool pool;
  private final Duration drain;
  private final InetSocketAddress address;
  private boolean closed;

  private ApiServer(HttpServer http, WorkPool pool, Duration drain) {
    this.http = http;
    this.pool = pool;
    this.drain = drain;
    this.address = http.getAddress();
  }

  private static void setIfAbsent(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /** A builder: loopback, port {@value #DEFAULT_PORT}, the standard scorer and directory. */
  public static Builder builder() {
    return new Builder();
  }

  /** The address the server listens on, with the real port when port 0 was asked for. */
  public InetSocketAddress address() {
    return address;
  }

  /** The executor, for tests that wait for it to hold a given number of exchanges. */
  WorkPool pool() {
    return pool;
  }

  /** The base URI, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String host = address.getAddress().getHostAddress();
    if (host.indexOf(':') >= 0) {
      host = "[" + host.replaceFirst("%.*", "") + "]";
    }
    return URI.create("http://" + host + ":" + address.getPort() + "/");
  }

  /**
   * Stops gracefully: new requests are answered 503 at once while the requests already
   * accepted, running or queued, finish (for up to the drain timeout); then the port and all
   * connections are closed. Idempotent.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    boolean interrupted = false;
    try {
      // from here new requests are answered 503; the accepted ones (running or queued) finish
      pool.drain(drain.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      interrupted = true;
    }
    // close the port and every connection; waits for nothing (the drain did the waiting). Not
    // HttpServer.stop(n) alone: on JDK 17 it counts only started exchanges, not queued ones,
    // and it waits the full n seconds when nothing is in flight.
    http.stop(0);
    pool.shutdownNow();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Configures an {@link ApiServer}. Not thread-safe; the server it starts is. */
  public static final class Builder {
    private InetAddress bind = InetAddress.getLoopbackAddress();
    private int port = DEFAULT_PORT;
    private int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    private int queue = DEFAULT_QUEUE;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int maxBatchItems = DEFAULT_MAX_BATCH_ITEMS;
    private Duration drain = Duration.ofSeconds(10);
    private PlatformScorer scorer = PlatformScorer.create();
    private @Nullable OfficialsClient officials;
    private @Nullable PlatformFetcher fetcher;
    private String version = "unknown";

    private Builder() {}

    /** The address to listen on; default the loopback address. */
    public Builder bind(InetAddress bind) {
      this.bind = Objects.requireNonNull(bind, "bind");
      return this;
    }

    /** The port, 0 for any free port; default {@value ApiServer#DEFAULT_PORT}. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** Worker threads; default the number of processors, at least 2. */
    public Builder threads(int threads) {
      this.threads = positive("threads", threads);
      return this;
    }

    /** Requests that may wait for a worker before new ones get 429; default 64. */
    public Builder queue(int queue) {
      this.queue = positive("queue", queue);
      return this;
    }

    /** The largest request body in bytes; default 8 MiB. */
    public Builder maxBodyBytes(int maxBodyBytes) {
      this.maxBodyBytes = positive("maxBodyBytes", maxBodyBytes);
      return this;
    }

    /** The most items in one batch; default 1,000. */
    public Builder maxBatchItems(int maxBatchItems) {
      this.maxBatchItems = positive("maxBatchItems", maxBatchItems);
      return this;
    }

    /** How long {@link ApiServer#close()} lets accepted requests finish; default 10 s. */
    public Builder drain(Duration drain) {
      if (drain.isNegative()) {
        throw new IllegalArgumentException("drain must not be negative, was " + drain);
      }
      this.drain = drain;
      return this;
    }

    /** The scorer; default {@link PlatformScorer#create()}. */
    public Builder scorer(PlatformScorer scorer) {
      this.scorer = Objects.requireNonNull(scorer, "scorer");
      return this;
    }

    /** The client for lookups; default {@link OfficialsClient#create()} (offline). */
    public Builder officials(OfficialsClient officials) {
      this.officials = Objects.requireNonNull(officials, "officials");
      return this;
    }

    /**
     * The fetcher for score requests that give a {@code "url"}; default none, and such requests
     * are refused. Its own guard decides which addresses may be fetched.
     */
    public Builder fetcher(@Nullable PlatformFetcher fetcher) {
      this.fetcher = fetcher;
      return this;
    }

    /** The version {@code /healthz} reports. */
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Binds the port and starts serving.
     *
     * @throws UncheckedIOException if the address cannot be bound (e.g. the port is taken)
     */
    public ApiServer start() {
      ObjectMapper mapper = new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      OfficialsClient client = officials == null ? OfficialsClient.create() : officials;
      ApiOperations operations =
          new ApiOperations(mapper, scorer, client, fetcher, maxBatchItems, version);
      ApiHandler handler = new ApiHandler(mapper, operations, maxBodyBytes, openApi());
      WorkPool pool = new WorkPool(threads, queue);
      HttpServer http;
      try {
        http = HttpServer.create(new InetSocketAddress(bind, port), 128);
      } catch (IOException e) {
        pool.shutdownNow();
        throw new UncheckedIOException("cannot listen on " + bind.getHostAddress() + ":" + port
            + ": " + e.getMessage(), e);
      }
      http.createContext("/", handler);
      http.setExecutor(pool);
      http.start();
      return new ApiServer(http, pool, drain);
    }

    private static byte[] openApi() {
      try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
        if (in == null) {
          throw new IllegalStateException("openapi.json is missing from the jar (a packaging bug)");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static int positive(String name, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, was " + value);
      }
      return value;
    }
  }
}
