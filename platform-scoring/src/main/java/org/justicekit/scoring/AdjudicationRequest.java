package org.justicekit.scoring;

import java.util.List;
import java.util.Objects;
import org.justicekit.demands.Demand;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.ReviewReason;
import org.justicekit.demands.Stance;

/**
 * What the scorer asks a {@link StanceAdjudicator}: one demand of one platform, with the
 * sentences of the platform around the demand's topic.
 *
 * @param office the official's office
 * @param demand the demand to read
 * @param ruleStance what the rules read
 * @param ruleConfidence the rules' calibrated confidence
 * @param reasons why the rules' reading needs review (may be empty when every assessment is
 *     routed)
 * @param sentences the sentences around the topic, verbatim and in text order; an answer's
 *     evidence must be one of these or another sentence of the same input
 */
public record AdjudicationRequest(
    OfficeType office,
    Demand demand,
    Stance ruleStance,
    double ruleConfidence,
    List<ReviewReason> reasons,
    List<String> sentences) {

  /** Validates the fields. */
  public AdjudicationRequest {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(ruleStance, "ruleStance");
    reasons = List.copyOf(reasons);
    sentences = List.copyOf(sentences);
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("an adjudication request needs at least one sentence");
    }
  }
}
