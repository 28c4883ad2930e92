package org.justicekit.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.justicekit.cli.CliJson;
import org.justicekit.cli.Main;
import org.justicekit.demands.DemandCatalog;
import org.justicekit.demands.OfficeType;
import org.justicekit.officials.OfficialsClient;
import org.justicekit.scoring.PlatformScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load test against 127.0.0.1: N requests (default 1,000; {@code
 * -Djusticekit.serve.load.requests=10000} for the full run) over 16 connections, mixing valid
 * score, batch, lookup and demands requests with invalid ones (bad JSON, unknown office, wrong
 * content type, unknown path, wrong method, batch over the limit). Every answer is checked
 * against the library's own result; the test fails on any wrong or lost answer. It prints
 * throughput and p50/p99 latency, next to the CLI's {@code score --batch} on the same texts
 * in the same run, and writes them to {@code cli/target/serve-load.txt}.
 *
 * <p>The full run: {@code ./mvnw -B -ntp -pl cli -am verify -Dtest=ServeLoadTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Djusticekit.serve.load.requests=10000}
 */
final class ServeLoadTest {
  private static final int BATCH_LIMIT = 8;
  private static final PlatformScorer SCORER = PlatformScorer.create();

  @TempDir Path dir;

  /** One kind of request, with the answer the library gives to it. */
  private record Case(String kind, String method, String path, @Nullable String body,
      @Nullable String contentType, int status, @Nullable JsonNode expected) {}

  /** The platforms: the bundled examples, and the shared dev set when it is beside the checkout. */
  private static List<ObjectNode> platforms() throws IOException {
    List<ObjectNode> list = new ArrayList<>();
    list.add(platform("example-mayor", "MAYOR", resource("mayor-platform.txt")));
    list.add(platform("example-prosecutor", "PROSECUTOR", resource("prosecutor-platform.txt")));
    String shared = System.getProperty("justicekit.shared.dir");
    Path dev = shared == null ? null : Path.of(shared, "eval", "stance-dev.jsonl");
    if (dev != null && Files.isRegularFile(dev)) {
      for (String line : Files.readAllLines(dev, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode n = ApiClient.JSON.readTree(line);
          list.add(platform(n.get("id").asText(), n.get("office").asText(), n.get("text").asText()));
        }
      }
    }
    return list;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Main.class.getResourceAsStream("examples/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static ObjectNode platform(String id, String office, String text) {
    return ApiClient.JSON.createObjectNode().put("id", id).put("office", office).put("text", text);
  }

  private static JsonNode expectedScore(JsonNode p) {
    return CliJson.score(p.get("id").asText(),
        SCORER.score(OfficeType.of(p.get("office").asText()), p.get("text").asText()));
  }

  private static List<Case> cases(List<ObjectNode> platforms) throws IOException {
    List<Case> cases = new ArrayList<>();
    for (ObjectNode p : platforms) {
      cases.add(new Case("score", "POST", "/v1/score", p.toString(), "application/json", 200,
          expectedScore(p)));
    }
    for (int i = 0; i + 4 <= platforms.size(); i += 4) {
      ArrayNode batch = ApiClient.JSON.createArrayNode();
      ArrayNode expected = ApiClient.JSON.createArrayNode();
      for (ObjectNode p : platforms.subList(i, i + 4)) {
        batch.add(p);
        expected.add(expectedScore(p));
      }
      cases.add(new Case("batch", "POST", "/v1/score/batch", batch.toString(), "application/json",
          200, expected));
    }
    OfficialsClient officials = OfficialsClient.create();
    for (String place : List.of("Chicago, IL", "Brooklyn, NY", "Philadelphia, PA", "Nowhere, WY")) {
      cases.add(new Case("lookup", "GET", "/v1/lookup?place="
          + java.net.URLEncoder.encode(place, StandardCharsets.UTF_8), null, null, 200,
          ApiClient.JSON.readTree(CliJson.lookup(officials.lookup(place)))));
    }
    cases.add(new Case("demands", "GET", "/v1/demands", null, null, 200,
        ApiClient.JSON.readTree(DemandCatalog.standard().toJson())));
    String first = platforms.get(0).toString();
    cases.add(new Case("bad-json", "POST", "/v1/score", first.substring(0, first.length() / 2),
        "application/json", 400, null));
    cases.add(new Case("unknown-office", "POST", "/v1/score",
        "{\"office\":\"SHERIFF\",\"text\":\"x\"}", "application/json", 400, null));
    cases.add(new Case("content-type", "POST", "/v1/score", first, "text/plain", 415, null));
    cases.add(new Case("not-found", "GET", "/v1/scores", null, null, 404, null));
    cases.add(new Case("method", "GET", "/v1/score", null, null, 405, null));
    ArrayNode tooMany = ApiClient.JSON.createArrayNode();
    for (int i = 0; i <= BATCH_LIMIT; i++) {
      tooMany.add(platform("t" + i, "MAYOR", "x"));
    }
    cases.add(new Case("batch-limit", "POST", "/v1/score/batch", tooMany.toString(),
        "application/json", 413, null));
    return cases;
  }

  /** Request i's case: valid requests about 3 in 4, in a fixed shuffled order. */
  private static List<Case> plan(List<Case> cases, int requests) {
    List<Case> valid = cases.stream().filter(c -> c.status() == 200).toList();
    List<Case> invalid = cases.stream().filter(c -> c.status() != 200).toList();
    List<Case> plan = new ArrayList<>(requests);
    Random random = new Random(18);
    for (int i = 0; i < requests; i++) {
      plan.add(i % 4 == 3 ? invalid.get(random.nextInt(invalid.size()))
          : valid.get(random.nextInt(valid.size())));
    }
    Collections.shuffle(plan, random);
    return plan;
  }

  @Test
  void serve_mixedLoadOver16Connections_everyAnswerRight() throws Exception {
    int requests = Integer.getInteger("justicekit.serve.load.requests", 1_000);
    int connections = Integer.getInteger("justicekit.serve.load.connections", 16);
    List<ObjectNode> platforms = platforms();
    List<Case> plan = plan(cases(platforms), requests);

    long[] latencies = new long[requests];
    ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
    AtomicInteger lost = new AtomicInteger();
    long elapsed;
    double healthPerSecond;
    double healthCpuMs;
    long cpu;
    long serverCpu;
    try (ApiServer server = ApiServer.builder().port(0).maxBatchItems(BATCH_LIMIT).start()) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build();
      // warm-up (JIT, connections), checked but not timed
      List<Case> warmUp = plan.subList(0, Math.min(plan.size(), 200));
      drive(server.uri(), http, warmUp, connections, new long[warmUp.size()], wrong, lost);
      long start = System.nanoTime();
      long cpuStart = cpuNanos();
      long serverCpuStart = serverCpuNanos();
      drive(server.uri(), http, plan, connections, latencies, wrong, lost);
      elapsed = System.nanoTime() - start;
      cpu = cpuNanos() - cpuStart;
      serverCpu = serverCpuNanos() - serverCpuStart;
      // the HTTP layer alone, for scale: GET /healthz over the same connections
      List<Case> health = Collections.nCopies(Math.min(requests, 2_000), new Case("healthz", "GET",
          "/healthz", null, null, 200, ApiClient.JSON.valueToTree(
              Map.of("status", "ok", "version", "unknown", "catalog",
                  SCORER.catalog().name() + " " + SCORER.catalog().version(), "fetch", false))));
      long healthStart = System.nanoTime();
      long healthCpuStart = serverCpuNanos();
      drive(server.uri(), http, health, connections, new long[health.size()], wrong, lost);
      healthPerSecond = health.size() / ((System.nanoTime() - healthStart) / 1e9);
      healthCpuMs = (serverCpuNanos() - healthCpuStart) / 1e6 / health.size();
    }

    long cliCpuStart = cpuNanos();
    double[] cli = cliBatch(platforms);
    double cliPerSecond = cli[0];
    double cliCpuMs = (cpuNanos() - cliCpuStart) / 1e6 / cli[1];
    long scored = plan.stream().mapToLong(c -> c.kind().equals("score") ? 1
        : c.kind().equals("batch") ? 4 : 0).sum();
    String report = report(plan, latencies, elapsed, connections, scored, cliPerSecond,
        healthPerSecond, wrong.size(), lost.get())
        + String.format(Locale.ROOT, "  CPU time: the whole process (server, client, JIT, GC) "
            + "%.2f ms a request; the server's threads %.2f ms a request, %.2f ms a request for "
            + "/healthz; CLI --batch (whole process) %.2f ms a platform%n",
            cpu / 1e6 / plan.size(), serverCpu / 1e6 / plan.size(), healthCpuMs, cliCpuMs);
    System.out.println(report);
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("serve-load.txt"), report, StandardCharsets.UTF_8);
    }
    assertThat(wrong).as("wrong or lost answers").isEmpty();
    assertThat(lost.get()).isZero();
  }

  private static void drive(URI base, HttpClient http, List<Case> plan, int connections,
      long[] latencies, ConcurrentLinkedQueue<String> wrong, AtomicInteger lost)
      throws InterruptedException {
    int requests = plan.size();
    AtomicInteger next = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(connections);
    for (int t = 0; t < connections; t++) {
      clients.execute(() -> {
        for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
          Case c = plan.get(i);
          HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(c.path()))
              .timeout(Duration.ofSeconds(60)).method(c.method(), c.body() == null
                  ? HttpRequest.BodyPublishers.noBody()
                  : HttpRequest.BodyPublishers.ofString(c.body()));
          if (c.contentType() != null) {
            b.header("Content-Type", c.contentType());
          }
          long sent = System.nanoTime();
          try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            latencies[i] = System.nanoTime() - sent;
            String problem = check(c, r);
            if (problem != null) {
              wrong.add(i + " " + c.kind() + ": " + problem);
            }
          } catch (IOException e) {
            latencies[i] = System.nanoTime() - sent;
            lost.incrementAndGet();
            wrong.add(i + " " + c.kind() + ": lost: " + e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      });
    }
    clients.shutdown();
    assertThat(clients.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
  }

  private static @Nullable String check(Case c, HttpResponse<String> r) throws IOException {
    if (r.statusCode() != c.status()) {
      return "status " + r.statusCode() + ", expected " + c.status() + ": " + r.body();
    }
    JsonNode body = ApiClient.JSON.readTree(r.body());
    if (c.expected() != null) {
      return body.equals(c.expected()) ? null : "answer differs from the library's";
    }
    return body.size() == 1 && body.path("error").isTextual() ? null : "not an error JSON: " + body;
  }

  /** CPU time of the server's threads (its dispatcher and workers), in nanoseconds. */
  private static long serverCpuNanos() {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("justicekit-serve-") || t.getName().equals("HTTP-Dispatcher")) {
        sum += Math.max(0, threads.getThreadCpuTime(t.getId()));
      }
    }
    return sum;
  }

  /** CPU time of this process (server and client threads alike), in nanoseconds. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /**
   * The CLI's {@code score --batch}, in-process, on the same texts: platforms per second and
   * the number of platforms scored.
   */
  private double[] cliBatch(List<ObjectNode> platforms) throws IOException {
    int rounds = Math.max(1, 2_000 / platforms.size());
    StringBuilder lines = new StringBuilder();
    for (int r = 0; r < rounds; r++) {
      platforms.forEach(p -> lines.append(p).append('\n'));
    }
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, lines, StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    long start = System.nanoTime();
    int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
        "score", "--batch", in.toString());
    long elapsed = System.nanoTime() - start;
    assertThat(code).isZero();
    assertThat(out.toString().lines().count()).isEqualTo((long) rounds * platforms.size());
    return new double[] {rounds * platforms.size() / (elapsed / 1e9), rounds * platforms.size()};
  }

  private static String report(List<Case> plan, long[] latencies, long elapsed, int connections,
      long scored, double cliPerSecond, double healthPerSecond, int wrong, int lost) {
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    double seconds = elapsed / 1e9;
    long valid = plan.stream().filter(c -> c.status() == 200).count();
    return String.format(Locale.ROOT, "serve load test: %,d requests (%,d valid, %,d invalid) over "
        + "%d connections to 127.0.0.1 in %.2f s%n"
        + "  throughput %,.0f requests/s; latency p50 %.2f ms, p99 %.2f ms, max %.2f ms%n"
        + "  platforms scored through the API: %,d = %,.0f platforms/s%n"
        + "  CLI score --batch (in-process, same texts, one thread): %,.0f platforms/s%n"
        + "  the HTTP layer alone (GET /healthz, same connections): %,.0f requests/s%n"
        + "  processors %d; wrong answers %d, lost %d%n",
        plan.size(), valid, plan.size() - valid, connections, seconds, plan.size() / seconds,
        percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6,
        scored, scored / seconds, cliPerSecond, healthPerSecond, Runtime.getRuntime().availableProcessors(),
        wrong, lost);
  }

  private static double percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }
}
