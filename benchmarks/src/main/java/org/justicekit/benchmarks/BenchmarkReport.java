package org.justicekit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a JMH JSON result file into the ratio table of the README and checks the targets.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.justicekit.benchmarks.BenchmarkReport \
 *     benchmarks/results/full-20261202T080000Z.json
 * }</pre>
 *
 * <p>Prints a Markdown table to standard output and writes, beside the input, a
 * {@code .summary.json} with the throughputs in MB/s (millions of characters per second), the
 * ratios, the targets and the environment (JDK, OS, processors, CPU model).
 */
public final class BenchmarkReport {
  private static final String PACKAGE = "org.justicekit.benchmarks.";
  private static final List<String> SIZES = List.of("2KB", "20KB", "200KB", "2MB");

  /** Throughput in MB/s by benchmark method (class.method) and size. */
  private final Map<String, Map<String, Double>> mbPerSecond = new TreeMap<>();
  /** Bytes allocated per operation, by benchmark method and size. */
  private final Map<String, Map<String, Double>> allocPerOp = new TreeMap<>();
  private final JsonNode first;

  private BenchmarkReport(JsonNode results) {
    if (!results.isArray() || results.isEmpty()) {
      throw new IllegalArgumentException("not a JMH JSON result file (expected a non-empty array)");
    }
    first = results.get(0);
    for (JsonNode r : results) {
      String name = r.path("benchmark").asText().replace(PACKAGE, "");
      String size = r.path("params").path("size").asText("");
      if (size.isEmpty()) {
        continue;
      }
      double opsPerSecond = r.path("primaryMetric").path("score").asDouble();
      mbPerSecond.computeIfAbsent(name, k -> new TreeMap<>())
          .put(size, opsPerSecond * PlatformCorpus.parseSize(size) / 1e6);
      JsonNode norm = r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
      if (norm.isNumber()) {
        allocPerOp.computeIfAbsent(name, k -> new TreeMap<>()).put(size, norm.asDouble());
      }
    }
  }

  /**
   * Prints the report of the JMH result file given as the only argument.
   *
   * @param args the path of a file written by {@code -rf json -rff FILE}
   * @throws IOException if the file cannot be read or the summary written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: BenchmarkReport JMH-RESULT.json");
      System.exit(2);
    }
    Path input = Path.of(args[0]);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    BenchmarkReport report = new BenchmarkReport(mapper.readTree(input.toFile()));
    ObjectNode summary = report.summary(mapper);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    report.print(out, summary);
    String name = input.getFileName().toString().replaceFirst("\\.json$", "");
    Path summaryFile = input.resolveSibling(name + ".summary.json");
    Files.writeString(summaryFile, mapper.writeValueAsString(summary) + "\n");
    out.println();
    out.println("summary written to " + summaryFile);
  }

  private double mb(String benchmark, String size) {
    return mbPerSecond.getOrDefault(benchmark, Map.of()).getOrDefault(size, Double.NaN);
  }

  private ObjectNode summary(ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    ObjectNode env = root.putObject("environment");
    env.put("jdkVersion", first.path("jdkVersion").asText());
    env.put("vmName", first.path("vmName").asText());
    env.put("vmVersion", first.path("vmVersion").asText());
    env.put("jmhVersion", first.path("jmhVersion").asText());
    env.set("jvmArgs", first.path("jvmArgs"));
    env.put("forks", first.path("forks").asInt());
    env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    env.put("availableProcessors", Runtime.getRuntime().availableProcessors());
    env.put("cpu", cpuModel());
    env.put("reportedAt", Instant.now().toString());

    ArrayNode rows = root.putArray("text");
    for (String size : SIZES) {
      ObjectNode row = rows.addObject();
      row.put("size", size);
      row.put("scoreMBps", round(mb("ScoringBenchmark.score", size)));
      row.put("floorMBps", round(mb("ScoringBenchmark.floor", size)));
      row.put("charSumMBps", round(mb("ScoringBenchmark.charSum", size)));
      row.put("luceneEnglishMBps", round(mb("ScoringBenchmark.luceneEnglish", size)));
      row.put("regexAlternationMBps", round(mb("ScoringBenchmark.regexAlternation", size)));
      row.put("scoreOverLucene", round(ratio("ScoringBenchmark.score", "ScoringBenchmark"
          + ".luceneEnglish", size)));
      row.put("scoreOverFloor", round(ratio("ScoringBenchmark.score", "ScoringBenchmark.floor",
          size)));
      row.put("scoreOverRegex", round(ratio("ScoringBenchmark.score",
          "ScoringBenchmark.regexAlternation", size)));
      row.put("allocatedBytesPerKB", round(allocPerKb("ScoringBenchmark.score", size)));
    }
    ArrayNode html = root.putArray("html");
    for (String size : SIZES) {
      ObjectNode row = html.addObject();
      row.put("size", size);
      row.put("scoreMBps", round(mb("HtmlScoringBenchmark.score", size)));
      row.put("jsoupTextMBps", round(mb("HtmlScoringBenchmark.jsoupText", size)));
      row.put("scoreOverJsoup", round(ratio("HtmlScoringBenchmark.score",
          "HtmlScoringBenchmark.jsoupText", size)));
      row.put("allocatedBytesPerKB", round(allocPerKb("HtmlScoringBenchmark.score", size)));
    }
    ArrayNode targets = root.putArray("targets");
    target(targets, "plain-text scoring >= 3x Lucene EnglishAnalyzer (every size)",
        minOverSizes("ScoringBenchmark.score", "ScoringBenchmark.luceneEnglish"), 3.0);
    target(targets, "plain-text scoring >= 20% of the floor (every size)",
        minOverSizes("ScoringBenchmark.score", "ScoringBenchmark.floor"), 0.20);
    target(targets, "HTML scoring >= 2/3 of jsoup extraction (every size)",
        minOverSizes("HtmlScoringBenchmark.score", "HtmlScoringBenchmark.jsoupText"), 2.0 / 3);
    target(targets, "text: throughput at 2MB within 30% of 20KB",
        mb("ScoringBenchmark.score", "2MB") / mb("ScoringBenchmark.score", "20KB"), 0.70);
    target(targets, "HTML: throughput at 2MB within 30% of 20KB",
        mb("HtmlScoringBenchmark.score", "2MB") / mb("HtmlScoringBenchmark.score", "20KB"), 0.70);
    double one = mbPerSecond.getOrDefault("ConcurrentScoringBenchmark.oneThread", Map.of())
        .values().stream().findFirst().orElse(Double.NaN);
    double two = mbPerSecond.getOrDefault("ConcurrentScoringBenchmark.twoThreads", Map.of())
        .values().stream().findFirst().orElse(Double.NaN);
    target(targets, "two threads sharing one scorer >= 1.7x one thread", two / one, 1.7);
    return root;
  }

  private double ratio(String a, String b, String size) {
    return mb(a, size) / mb(b, size);
  }

  private double minOverSizes(String a, String b) {
    double min = Double.NaN;
    for (String size : SIZES) {
      double r = ratio(a, b, size);
      if (!Double.isNaN(r)) {
        min = Double.isNaN(min) ? r : Math.min(min, r);
      }
    }
    return min;
  }

  private double allocPerKb(String benchmark, String size) {
    double perOp = allocPerOp.getOrDefault(benchmark, Map.of()).getOrDefault(size, Double.NaN);
    return perOp / (PlatformCorpus.parseSize(size) / 1024.0);
  }

  private static void target(ArrayNode targets, String name, double measured, double bar) {
    ObjectNode t = targets.addObject();
    t.put("target", name);
    t.put("measured", round(measured));
    t.put("bar", round(bar));
    t.put("met", !Double.isNaN(measured) && measured >= bar);
  }

  private void print(PrintStream out, JsonNode summary) {
    JsonNode env = summary.path("environment");
    out.printf(Locale.ROOT, "JDK %s (%s), %d processors, %s, %s%n%n",
        env.path("jdkVersion").asText(), env.path("vmName").asText(),
        env.path("availableProcessors").asInt(), env.path("cpu").asText(), env.path("os").asText());
    out.println("Plain text (MB/s = millions of characters per second)");
    out.println();
    out.println("| size | scorer | floor | Lucene EnglishAnalyzer | regex alternation "
        + "| scorer / Lucene | scorer / floor | scorer / regex | allocated B per KB |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (JsonNode row : summary.path("text")) {
      out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
          row.path("size").asText(), num(row, "scoreMBps"), num(row, "floorMBps"),
          num(row, "luceneEnglishMBps"), num(row, "regexAlternationMBps"),
          num(row, "scoreOverLucene"), num(row, "scoreOverFloor"), num(row, "scoreOverRegex"),
          num(row, "allocatedBytesPerKB"));
    }
    out.println();
    out.println("HTML");
    out.println();
    out.println("| size | scorer | jsoup parse + text() | scorer / jsoup | allocated B per KB |");
    out.println("|---|---:|---:|---:|---:|");
    for (JsonNode row : summary.path("html")) {
      out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", row.path("size").asText(),
          num(row, "scoreMBps"), num(row, "jsoupTextMBps"), num(row, "scoreOverJsoup"),
          num(row, "allocatedBytesPerKB"));
    }
    out.println();
    out.println("| target | measured | bar | met |");
    out.println("|---|---:|---:|---|");
    for (JsonNode t : summary.path("targets")) {
      out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", t.path("target").asText(),
          num(t, "measured"), num(t, "bar"), t.path("met").asBoolean() ? "yes" : "**no**");
    }
  }

  private static String num(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isNumber() ? String.format(Locale.ROOT, "%.2f", v.asDouble()) : "n/a";
  }

  private static double round(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? Double.NaN : Math.round(v * 100) / 100.0;
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: the JDK and processor count still say a good deal
    }
    return System.getProperty("os.arch");
  }
}
