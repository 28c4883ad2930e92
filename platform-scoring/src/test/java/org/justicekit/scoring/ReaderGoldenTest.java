package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.Evidence;
import org.justicekit.demands.OfficeType;
import org.junit.jupiter.api.Test;

/**
 * The reader's contract: its output on the dev set, the held-out set and the golden pages is
 * exactly what {@code golden/reader-golden.jsonl} says. Run with
 * {@code -Djusticekit.golden.write=true} to rewrite the file (see {@code golden/README.md}).
 * The dev set lines are compared only where {@code justicekit.shared.dir} is set; they keep
 * the dev set's evidence text and cues as digests, as its sentences are not the project's.
 */
final class ReaderGoldenTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path RESOURCES = Path.of("src/test/resources/org/justicekit/scoring");
  private static final Path GOLDEN = RESOURCES.resolve("golden/reader-golden.jsonl");

  @Test
  void score_everyGoldenRecord_matchesGoldenFile() throws IOException {
    String shared = System.getProperty("justicekit.shared.dir");
    Path dev = shared == null ? null : Path.of(shared, "eval", "stance-dev.jsonl");
    boolean withDev = dev != null && Files.isRegularFile(dev);
    if (!withDev) {
      System.out.println("ReaderGoldenTest: justicekit.shared.dir is not set or has no "
          + "eval/stance-dev.jsonl; the dev set lines are not compared");
    }
    List<String> actual = new ArrayList<>();
    if (withDev) {
      readJsonl("dev", dev, actual);
    }
    readJsonl("holdout", RESOURCES.resolve("holdout/stance-holdout.jsonl"), actual);
    try (Stream<Path> files = Files.list(RESOURCES.resolve("golden/pages"))) {
      for (Path page : files.sorted().toList()) {
        actual.add(line("page", page.getFileName().toString(), OfficeType.PROSECUTOR,
            Files.readString(page, StandardCharsets.UTF_8)));
      }
    }
    if (Boolean.getBoolean("justicekit.golden.write")) {
      if (!withDev) {
        throw new IllegalStateException("write the golden file with the dev set present");
      }
      Files.write(GOLDEN, actual, StandardCharsets.UTF_8);
      return;
    }
    List<String> expected = new ArrayList<>();
    for (String l : Files.readAllLines(GOLDEN, StandardCharsets.UTF_8)) {
      if (withDev || !l.startsWith("{\"set\":\"dev\"")) {
        expected.add(l);
      }
    }
    List<String> diffs = new ArrayList<>();
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      String e = i < expected.size() ? expected.get(i) : "(none)";
      String a = i < actual.size() ? actual.get(i) : "(none)";
      if (!e.equals(a)) {
        diffs.add("expected " + e + "\n     was " + a);
      }
    }
    assertThat(diffs).as("%d records differ from %s", diffs.size(), GOLDEN).isEmpty();
  }

  /** The first 16 hex digits of the SHA-256 of the text. */
  private static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void readJsonl(String set, Path file, List<String> out) throws IOException {
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (l.isBlank()) {
        continue;
      }
      JsonNode record = MAPPER.readTree(l);
      out.add(line(set, record.get("id").textValue(),
          OfficeType.of(record.get("office").textValue()), record.get("text").textValue()));
    }
  }

  private static String line(String set, String id, OfficeType office, String text)
      throws IOException {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("set", set).put("id", id).put("office", office.toString());
    try {
      ArrayNode assessments = node.putArray("assessments");
      for (Assessment a : PlatformScorer.create().score(office, text).assessments()) {
        ObjectNode an = assessments.addObject();
        an.put("demand", a.demand().id()).put("stance", a.stance().name())
            .put("strength", a.strength());
        ArrayNode ev = an.putArray("evidence");
        for (Evidence e : a.evidence()) {
          // the dev set is not ours to copy: its sentences are kept as digests
          boolean digest = set.equals("dev");
          ev.addObject().put("text", digest ? digest(e.text()) : e.text())
              .put("start", e.start()).put("end", e.end())
              .put("cue", digest ? digest(e.cue()) : e.cue()).put("stance", e.stance().name());
        }
      }
    } catch (RuntimeException e) {
      node.remove("assessments");
      node.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return MAPPER.writeValueAsString(node);
  }
}
