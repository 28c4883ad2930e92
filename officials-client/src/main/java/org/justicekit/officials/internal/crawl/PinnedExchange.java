package org.justicekit.officials.internal.crawl;

import org.justicekit.officials.TimeSource;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP/1.1 GET sent to an address the caller has already checked, never to a fresh
 * resolution of the host name: the fix for the DNS-rebinding window of issue 15. The JDK's
 * {@code HttpClient} resolves the name again when it connects (it has no hook like OkHttp's
 * {@code Dns}), so a name that answered a public address to the check could answer a private one
 * to the connection. Here the socket is opened to the checked {@link InetAddress} itself, while
 * the request keeps the URL's host in {@code Host} and, for https, in TLS SNI and certificate
 * verification (endpoint identification {@code HTTPS}), so virtual hosts and certificates work
 * as before.
 *
 * <p>The body goes through the caller's {@link HttpResponse.BodyHandler} (the module's capped
 * body subscriber), so size limits, truncation and skipping behave as with the JDK client. The
 * whole exchange, connect included, ends by the deadline. One request per connection
 * ({@code Connection: close}). Thread-safe; holds no connection between calls.
 */
public final class PinnedExchange {
  private static final int MAX_HEADER_BYTES = 64 * 1024;
  private static final int MAX_HEADERS = 200;

  /** Opens a TCP connection to one address; a seam for tests, which must not leave 127.0.0.1. */
  @FunctionalInterface
  public interface Connector {
    /** A connected socket to exactly this address and port. */
    Socket connect(InetAddress address, int port, int timeoutMillis) throws IOException;

    /** A plain {@link Socket} to the address. */
    Connector DIRECT = (address, port, timeoutMillis) -> {
      Socket socket = new Socket();
      try {
        socket.connect(new InetSocketAddress(address, port), timeoutMillis);
      } catch (IOException e) {
        socket.close();
        throw e;
      }
      return socket;
    };
  }

  /**
   * A response read to the end of its body.
   *
   * @param uri the URL asked for
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param body the body as the handler's subscriber collected it
   */
  public record Response(URI uri, int statusCode, HttpHeaders headers, byte[] body) {}

  private final Connector connector;
  private final Duration connectTimeout;
  private final TimeSource time;
  private final @Nullable SSLContext tls;

  /**
   * An exchange.
   *
   * @param tls the TLS context (trust store) for https, or null for the JDK's default
   */
  public PinnedExchange(Connector connector, Duration connectTimeout, TimeSource time,
      @Nullable SSLContext tls) {
    this.connector = connector;
    this.connectTimeout = connectTimeout;
    this.time = time;
    this.tls = tls;
  }

  /**
   * Sends a GET for {@code uri} to the first of {@code addresses} that accepts a connection.
   *
   * @param addresses the checked addresses of the URL's host, in the order to try
   * @param headers request headers besides {@code Host} and {@code Connection}
   * @param timeout the time the whole exchange may take
   * @throws HttpConnectTimeoutException if no address accepted a connection in time
   * @throws HttpTimeoutException if the response did not end in time
   * @throws IOException on any other network or protocol failure, or what the body handler threw
   */
  public Response get(URI uri, List<InetAddress> addresses, Map<String, String> headers,
      Duration timeout, HttpResponse.BodyHandler<byte[]> handler) throws IOException {
    long deadline = time.nanoTime() + timeout.toNanos();
    boolean https = uri.getScheme().equalsIgnoreCase("https");
    int port = uri.getPort() != -1 ? uri.getPort() : AddressPolicy.defaultPort(https ? "https" : "http");
    try (Socket socket = open(uri, addresses, port, https, deadline)) {
      StringBuilder request = new StringBuilder("GET ").append(PageDownloader.pathAndQuery(uri))
          .append(" HTTP/1.1\r\nHost: ").append(uri.getRawAuthority()).append("\r\n");
      headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
      request.append("Connection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = new BufferedInputStream(new DeadlineStream(socket, deadline));
      int status;
      HttpHeaders responseHeaders;
      do {
        status = statusLine(readLine(in));
        responseHeaders = headers(in);
      } while (status >= 100 && status < 200);
      byte[] body = body(in, status, responseHeaders, handler);
      return new Response(uri, status, responseHeaders, body);
    } catch (SocketTimeoutException e) {
      throw timedOut(uri, timeout);
    }
  }

  private Socket open(URI uri, List<InetAddress> addresses, int port, boolean https,
      long deadline) throws IOException {
    IOException last = null;
    for (InetAddress address : addresses) {
      int millis = (int) Math.max(1, Math.min(connectTimeout.toMillis(),
          (deadline - time.nanoTime()) / 1_000_000));
      Socket socket;
      try {
        socket = connector.connect(address, port, millis);
      } catch (SocketTimeoutException e) {
        last = new HttpConnectTimeoutException("connect to " + address.getHostAddress()
            + " timed out");
        continue;
      } catch (IOException e) {
        last = e;
        continue;
      }
      return https ? tls(socket, uri.getHost(), port, deadline) : socket;
    }
    throw last != null ? last : new IOException("no address to connect to");
  }

  private SSLSocket tls(Socket plain, String host, int port, long deadline) throws IOException {
    SSLSocket ssl;
    try {
      ssl = (SSLSocket) (tls != null ? tls : SSLContext.getDefault()).getSocketFactory()
          .createSocket(plain, host, port, true);
    } catch (java.security.NoSuchAlgorithmException e) {
      plain.close();
      throw new IOException("no TLS implementation available", e);
    }
    SSLParameters params = ssl.getSSLParameters();
    params.setEndpointIdentificationAlgorithm("HTTPS");
    if (!AddressPolicy.isIpLiteral(host)) {
      params.setServerNames(List.of(new SNIHostName(host)));
    }
    ssl.setSSLParameters(params);
    ssl.setSoTimeout((int) Math.max(1, (deadline - time.nanoTime()) / 1_000_000));
    try {
      ssl.startHandshake();
    } catch (IOException e) {
      ssl.close();
      throw e;
    }
    return ssl;
  }

  private static int statusLine(String line) throws IOException {
    String[] parts = line.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("\\d{3}")) {
      throw new IOException("not an HTTP/1.x status line: '" + AddressPolicy.shorten(line) + "'");
    }
    return Integer.parseInt(parts[1]);
  }

  private static HttpHeaders headers(InputStream in) throws IOException {
    Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    int count = 0;
    for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
      int colon = line.indexOf(':');
      if (colon <= 0 || ++count > MAX_HEADERS) {
        throw new IOException("malformed or too many response headers");
      }
      map.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
          .add(line.substring(colon + 1).strip());
    }
    return HttpHeaders.of(map, (k, v) -> true);
  }

  private static byte[] body(InputStream in, int status, HttpHeaders headers,
      HttpResponse.BodyHandler<byte[]> handler) throws IOException {
    HttpResponse.BodySubscriber<byte[]> subscriber = handler.apply(new Info(status, headers));
    boolean[] cancelled = new boolean[1];
    subscriber.onSubscribe(new Flow.Subscription() {
      @Override
      public void request(long n) {}

      @Override
      public void cancel() {
        cancelled[0] = true;
      }
    });
    boolean none = status == 204 || status == 304;
    boolean chunked = headers.firstValue("transfer-encoding")
        .map(v -> v.toLowerCase(Locale.ROOT).contains("chunked")).orElse(false);
    long length = headers.firstValueAsLong("content-length").orElse(-1);
    try {
      if (!none && chunked) {
        while (!cancelled[0]) {
          long size = chunkSize(readLine(in));
          if (size == 0) {
            break; // trailers, if any, are not read: the connection closes
          }
          copy(in, size, subscriber, cancelled, true);
          if (!cancelled[0] && !readLine(in).isEmpty()) {
            throw new IOException("malformed chunked body");
          }
        }
      } else if (!none) {
        copy(in, length, subscriber, cancelled, length >= 0);
      }
    } catch (IOException e) {
      subscriber.onError(e);
      throw e;
    }
    if (!cancelled[0]) {
      subscriber.onComplete();
    }
    CompletableFuture<byte[]> result = subscriber.getBody().toCompletableFuture();
    try {
      return result.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw cause instanceof IOException io ? io : new IOException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Copies {@code length} bytes (or to the end when not exact) into the subscriber. */
  private static void copy(InputStream in, long length, HttpResponse.BodySubscriber<byte[]> sub,
      boolean[] cancelled, boolean exact) throws IOException {
    byte[] buffer = new byte[8192];
    long left = exact ? length : Long.MAX_VALUE;
    while (left > 0 && !cancelled[0]) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        if (exact) {
          throw new EOFException("the connection closed before the body ended");
        }
        return;
      }
      left -= n;
      sub.onNext(List.of(ByteBuffer.wrap(buffer.clone(), 0, n)));
    }
  }

  private static long chunkSize(String line) throws IOException {
    int semi = line.indexOf(';');
    String hex = (semi >= 0 ? line.substring(0, semi) : line).strip();
    if (hex.isEmpty() || hex.length() > 15 || !hex.matches("[0-9a-fA-F]+")) {
      throw new IOException("malformed chunk size '" + AddressPolicy.shorten(line) + "'");
    }
    return Long.parseLong(hex, 16);
  }

  /** A CRLF- or LF-ended line of at most {@link #MAX_HEADER_BYTES}, in ISO-8859-1. */
  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException("the connection closed in the middle of the response head");
      }
      if (line.size() >= MAX_HEADER_BYTES) {
        throw new IOException("a response header line is longer than " + MAX_HEADER_BYTES
            + " bytes");
      }
      line.write(b);
    }
    String s = line.toString(StandardCharsets.ISO_8859_1);
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  private static HttpTimeoutException timedOut(URI uri, Duration timeout) {
    return new HttpTimeoutException("no complete response from " + uri.getRawAuthority()
        + " within " + timeout.toMillis() + " ms");
  }

  /** Reads a socket, each read bounded by what is left of the deadline. */
  private final class DeadlineStream extends InputStream {
    private final Socket socket;
    private final InputStream in;
    private final long deadline;

    DeadlineStream(Socket socket, long deadline) throws IOException {
      this.socket = socket;
      this.in = socket.getInputStream();
      this.deadline = deadline;
    }

    private void arm() throws IOException {
      long left = (deadline - time.nanoTime()) / 1_000_000;
      if (left <= 0) {
        throw new SocketTimeoutException("deadline passed");
      }
      socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
    }

    @Override
    public int read() throws IOException {
      arm();
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      arm();
      return in.read(b, off, len);
    }
  }

  private record Info(int statusCode, HttpHeaders headers) implements HttpResponse.ResponseInfo {
    @Override
    public HttpClient.Version version() {
      return HttpClient.Version.HTTP_1_1;
    }
  }
}
