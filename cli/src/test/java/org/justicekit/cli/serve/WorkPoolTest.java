package org.justicekit.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The bounded work queue (429 when full) and the graceful drain (503 for new requests while
 * accepted ones finish), through a real server and raw sockets: a client that sends half its
 * body keeps a worker busy for as long as the test likes.
 */
final class WorkPoolTest {
  private static final String BODY = "{\"office\":\"MAYOR\",\"text\":\"Every officer will wear a body camera.\"}";

  /** A request whose body is held back after its first byte; the server closes it once answered. */
  private static final class SlowRequest implements AutoCloseable {
    private final Socket socket;
    private final byte[] body = BODY.getBytes(StandardCharsets.UTF_8);

    SlowRequest(InetSocketAddress address) throws IOException {
      socket = new Socket(address.getAddress(), address.getPort());
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /v1/score HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, 1);
      out.flush();
    }

    /** Sends the rest of the body and reads the answer. */
    ApiClient.Answer finish() throws IOException {
      OutputStream out = socket.getOutputStream();
      out.write(body, 1, body.length - 1);
      out.flush();
      return read(new BufferedInputStream(socket.getInputStream()));
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  private static ApiClient.Answer read(InputStream in) throws IOException {
    String status = line(in);
    int code = Integer.parseInt(status.split(" ")[1]);
    int length = 0;
    String retryAfter = null;
    String type = "";
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      String name = header.substring(0, header.indexOf(':')).strip().toLowerCase(Locale.ROOT);
      String value = header.substring(header.indexOf(':') + 1).strip();
      switch (name) {
        case "content-length" -> length = Integer.parseInt(value);
        case "retry-after" -> retryAfter = value;
        case "content-type" -> type = value;
        default -> { }
      }
    }
    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
    return ApiClient.answer(code, body, null, retryAfter, type);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed mid-answer");
      }
      if (c != '\r') {
        b.write(c);
      }
    }
    return b.toString(StandardCharsets.US_ASCII);
  }

  private static void settle() throws InterruptedException {
    Thread.sleep(300);
  }

  /** Waits until the server's pool holds this many exchanges (running or queued). */
  private static void awaitInFlight(ApiServer server, int count) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (server.pool().inFlight() != count) {
      assertThat(System.nanoTime()).as("pool never held %d exchanges", count).isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  @Test
  void execute_queueFull_429AndQueuedRequestsStillAnswered() throws Exception {
    try (ApiServer server = ApiServer.builder().port(0).threads(1).queue(1).start()) {
      ApiClient client = new ApiClient(server.uri());
      awaitInFlight(server, 0);
      try (SlowRequest running = new SlowRequest(server.address())) {
        awaitInFlight(server, 1);
        try (SlowRequest queued = new SlowRequest(server.address())) {
          awaitInFlight(server, 2);
          ApiClient.Answer refused = client.post("/v1/score", BODY);
          assertThat(refused.status()).isEqualTo(429);
          assertThat(refused.retryAfter()).isEqualTo("1");
          assertThat(refused.error()).contains("busy");

          assertThat(running.finish().status()).isEqualTo(200);
          assertThat(queued.finish().status()).isEqualTo(200);
        }
      }
      // Connection: close, so the server closes both itself and no idle read follows
      awaitInFlight(server, 0);
      assertThat(client.post("/v1/score", BODY).status()).as("free again").isEqualTo(200);
    }
  }

  @Test
  void close_acceptedRequestFinishes_newOnes503_thenPortClosed() throws Exception {
    ApiServer server = ApiServer.builder().port(0).threads(2).drain(Duration.ofSeconds(20)).start();
    ApiClient client = new ApiClient(server.uri());
    awaitInFlight(server, 0);
    Thread closer;
    try (SlowRequest accepted = new SlowRequest(server.address())) {
      awaitInFlight(server, 1);
      closer = new Thread(server::close);
      closer.start();
      settle();
      assertThat(closer.isAlive()).as("close waits for the accepted request").isTrue();
      ApiClient.Answer late = client.get("/healthz");
      assertThat(late.status()).isEqualTo(503);
      assertThat(late.error()).contains("shutting down");

      ApiClient.Answer answer = accepted.finish();
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body().get("assessments")).hasSize(3);
    }
    closer.join(10_000);
    assertThat(closer.isAlive()).as("close returns once the accepted request is answered").isFalse();
    assertThatThrownBy(() -> new Socket(server.address().getAddress(), server.address().getPort())
        .close()).isInstanceOf(ConnectException.class);
  }

  @Test
  void close_idle_returnsAtOnce() {
    ApiServer server = ApiServer.builder().port(0).drain(Duration.ofSeconds(30)).start();
    long start = System.nanoTime();
    server.close();
    server.close();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }
}
