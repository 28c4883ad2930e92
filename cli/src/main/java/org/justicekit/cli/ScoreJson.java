package org.justicekit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.Evidence;
import org.justicekit.demands.PlatformScore;
import org.justicekit.demands.SecondOpinion;

/** The CLI's JSON shape for a scored platform, as DESIGN.md gives it. */
final class ScoreJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private ScoreJson() {}

  static ObjectNode of(@Nullable String id, PlatformScore score) {
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
        so.put("proposedStance", second.proposedStance() == null ? null
            : second.proposedStance().name());
        so.put("detail", second.detail());
      }
    }
    return root;
  }
}
