package org.justicekit.beam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.Evidence;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformScore;
import org.justicekit.demands.SecondOpinion;
import org.justicekit.demands.Stance;
import org.justicekit.scoring.PlatformScorer;
import org.justicekit.scoring.ScoringException;

/**
 * The {@code score --batch} format, one line at a time: reads {@code {"id","office","text"}}
 * (other fields ignored), writes the scored record in the shape DESIGN.md documents and the CLI
 * writes, byte for byte (a test runs both on the same lines), or a dead letter saying why not.
 *
 * <p>The record's shape is kept here rather than shared with the CLI so that this module does
 * not depend on the command line; {@code CliParityTest} fails if the two ever drift.
 *
 * <p>Stateless and thread-safe.
 */
final class BatchRecords {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BatchRecords() {}

  /** What became of one line. */
  sealed interface Outcome permits Scored, Refused {}

  /** The line was scored: its output line and the score behind it. */
  record Scored(String json, PlatformScore score) implements Outcome {}

  /** The line was not scored: its dead letter and the reason. */
  record Refused(String json, String reason) implements Outcome {}

  /** Scores one input line, or says in a dead letter why it cannot be scored. */
  static Outcome score(PlatformScorer scorer, JsonLine line) {
    String id = null;
    try {
      if (line.problem() != null) {
        return refused(line, null, line.problem());
      }
      JsonNode node = MAPPER.readTree(line.text());
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("not a JSON object");
      }
      id = node.hasNonNull("id") ? node.get("id").asText() : null;
      String office = requireText(node, "office");
      String text = requireText(node, "text");
      PlatformScore score = scorer.score(OfficeType.of(office), text);
      return new Scored(scored(id == null ? "line-" + line.number() : id, score), score);
    } catch (JsonProcessingException e) {
      return refused(line, id, "malformed JSON: " + e.getOriginalMessage());
    } catch (IllegalArgumentException | ScoringException e) {
      return refused(line, id, e.getMessage());
    }
  }

  /** The scored record, exactly as {@code score --batch} writes it. */
  static String scored(@Nullable String id, PlatformScore score) {
    ObjectNode root = MAPPER.createObjectNode();
    if (id != null) {
      root.put("id", id);
    }
    root.put("office", score.officeType().name());
    root.put("alignment", score.alignment());
    ArrayNode list = root.putArray("assessments");
    for (Assessment a : score.assessments()) {
      ObjectNode node = list.addObject();
      node.put("demand", a.demand().id());
      node.put("stance", a.stance().name());
      node.put("strength", a.strength());
      node.put("confidence", a.confidence());
      node.put("needsReview", a.needsReview());
      if (!a.reviewReasons().isEmpty()) {
        ArrayNode reasons = node.putArray("reviewReasons");
        a.reviewReasons().forEach(r -> reasons.add(r.name()));
      }
      ArrayNode evidence = node.putArray("evidence");
      for (Evidence e : a.evidence()) {
        ObjectNode ev = evidence.addObject();
        ev.put("text", e.text());
        ev.put("start", e.start());
        ev.put("end", e.end());
        ev.put("cue", e.cue());
        ev.put("stance", e.stance().name());
      }
      SecondOpinion second = a.secondOpinion();
      if (second != null) {
        ObjectNode so = node.putObject("secondOpinion");
        so.put("model", second.model());
        so.put("outcome", second.outcome().name());
        so.put("ruleStance", second.ruleStance().name());
        Stance proposed = second.proposedStance();
        so.put("proposedStance", proposed == null ? null : proposed.name());
        so.put("detail", second.detail());
      }
    }
    return root.toString();
  }

  /**
   * A dead letter: the CLI's error line ({@code id}, {@code line}, {@code error}) plus the
   * {@code source} file and the {@code input} line itself.
   */
  private static Refused refused(JsonLine line, @Nullable String id, @Nullable String message) {
    String reason = oneLine(message);
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", id == null ? "line-" + line.number() : id);
    node.put("source", line.source());
    node.put("line", line.number());
    node.put("error", reason);
    node.put("input", line.text());
    return new Refused(node.toString(), reason);
  }

  private static String requireText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("missing string field \"" + field + "\"");
    }
    return value.textValue();
  }

  /** A message on one line, as the CLI prints its errors. */
  static String oneLine(@Nullable String message) {
    if (message == null || message.isBlank()) {
      return "no details";
    }
    String line = message.strip().replaceAll("\\s*\\R\\s*", " ");
    return line.length() > 500 ? line.substring(0, 500) + "..." : line;
  }
}
