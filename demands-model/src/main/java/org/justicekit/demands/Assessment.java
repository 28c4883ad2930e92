package org.justicekit.demands;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a platform stands on one demand, with the sentences that show it, how sure the reading
 * is, and whether a person should check it before it is shown as the official's position.
 *
 * <p>In JSON the demand is written as its id; {@link ModelJson} resolves it against a catalog
 * when reading. Immutable and thread-safe.
 *
 * @param demand the demand assessed
 * @param stance the stance the evidence shows
 * @param strength how much evidence there is for the stance, from 0 (none) to 1: more
 *     sentences reading the same way give more; 0 for {@link Stance#NOT_MENTIONED}
 * @param evidence the sentences that decided, strongest first; empty when not mentioned
 * @param confidence the calibrated probability, from 0 to 1, that the stance is right: of
 *     assessments given 0.8, about eight in ten were right on the labelled data it was fitted on
 * @param needsReview whether a person should check the assessment before it is shown or quoted
 *     as the official's own position
 * @param reviewReasons why it needs review; empty when it does not
 * @param secondOpinion what a second opinion said, if one was asked; null otherwise
 */
@JsonPropertyOrder({"demand", "stance", "strength", "confidence", "needsReview", "reviewReasons",
    "evidence", "secondOpinion"})
public record Assessment(
    @JsonSerialize(using = DemandIdJson.Writer.class)
    @JsonDeserialize(using = DemandIdJson.Reader.class)
    Demand demand,
    Stance stance,
    double strength,
    List<Evidence> evidence,
    double confidence,
    boolean needsReview,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ReviewReason> reviewReasons,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable SecondOpinion secondOpinion) {

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if the strength or confidence is outside 0..1, a stance
   *     other than NOT_MENTIONED comes without evidence, or review reasons come without
   *     {@code needsReview}
   */
  public Assessment {
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(stance, "stance");
    Checks.unitInterval(strength, "strength");
    Checks.unitInterval(confidence, "confidence");
    evidence = Checks.list(evidence, "evidence");
    reviewReasons = Checks.list(reviewReasons, "reviewReasons");
    if (stance != Stance.NOT_MENTIONED && evidence.isEmpty()) {
      throw new IllegalArgumentException(
          "a " + stance + " assessment of " + demand.id() + " needs at least one evidence sentence");
    }
    if (!reviewReasons.isEmpty() && !needsReview) {
      throw new IllegalArgumentException("an assessment of " + demand.id()
          + " with review reasons " + reviewReasons + " must be marked needsReview");
    }
  }

  /**
   * An assessment without a calibrated confidence, as a custom reader may build it: the
   * confidence is the strength (1 when not mentioned), not flagged for review, no second
   * opinion.
   */
  public Assessment(Demand demand, Stance stance, double strength, List<Evidence> evidence) {
    this(demand, stance, strength, evidence,
        stance == Stance.NOT_MENTIONED ? 1.0 : strength, false, List.of(), null);
  }

  /**
   * Reads JSON written by any version: a record without {@code confidence} (written before
   * confidence existed) gets its strength, or 1 when not mentioned.
   */
  @JsonCreator
  static Assessment fromJson(
      @JsonProperty("demand") @JsonDeserialize(using = DemandIdJson.Reader.class) Demand demand,
      @JsonProperty("stance") Stance stance,
      @JsonProperty("strength") double strength,
      @JsonProperty("evidence") @Nullable List<Evidence> evidence,
      @JsonProperty("confidence") @Nullable Double confidence,
      @JsonProperty("needsReview") @Nullable Boolean needsReview,
      @JsonProperty("reviewReasons") @Nullable List<ReviewReason> reviewReasons,
      @JsonProperty("secondOpinion") @Nullable SecondOpinion secondOpinion) {
    List<ReviewReason> reasons = reviewReasons == null ? List.of() : reviewReasons;
    return new Assessment(demand, stance, strength, evidence == null ? List.of() : evidence,
        confidence != null ? confidence : stance == Stance.NOT_MENTIONED ? 1.0 : strength,
        needsReview != null ? needsReview || !reasons.isEmpty() : !reasons.isEmpty(), reasons,
        secondOpinion);
  }

  /** An assessment for a demand the platform does not address. */
  public static Assessment notMentioned(Demand demand) {
    return new Assessment(demand, Stance.NOT_MENTIONED, 0.0, List.of());
  }

  /** The strongest evidence sentence, if any. */
  public Optional<Evidence> bestEvidence() {
    return evidence.isEmpty() ? Optional.empty() : Optional.of(evidence.get(0));
  }

  /**
   * This assessment with a calibrated confidence and the reasons it needs review (none: not
   * flagged).
   */
  public Assessment withConfidence(double confidence, List<ReviewReason> reasons) {
    return new Assessment(demand, stance, strength, evidence, confidence, !reasons.isEmpty(),
        reasons, secondOpinion);
  }

  /** This assessment with a second opinion's record, the stance and evidence unchanged. */
  public Assessment withSecondOpinion(SecondOpinion opinion) {
    return new Assessment(demand, stance, strength, evidence, confidence, needsReview,
        reviewReasons, opinion);
  }

  /** The one-line reasons for review, joined for reports; empty when not flagged. */
  public String reviewNote() {
    if (!needsReview) {
      return "";
    }
    if (reviewReasons.isEmpty()) {
      return ReviewReason.UNKNOWN.description();
    }
    StringBuilder sb = new StringBuilder();
    for (ReviewReason r : reviewReasons) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(r.description());
    }
    return sb.toString();
  }
}
