package org.justicekit.demands;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Why an assessment should be checked by a person before it is shown as the official's
 * position. An assessment can carry several.
 *
 * <p>Readers of JSON written by a newer version map reasons they do not know to {@link
 * #UNKNOWN}.
 */
public enum ReviewReason {
  /** The calibrated confidence is below the scorer's review threshold. */
  LOW_CONFIDENCE("the reading is uncertain"),
  /** Sentences of the platform read both for and against the demand. */
  CONFLICTING_CUES("sentences read both for and against the demand"),
  /** The demand is only named, with no cue that says where the official stands. */
  BARE_MENTION("the demand is named without a position"),
  /** The decisive reading is a negation, the construction rules most often read backwards. */
  NEGATED_READING("the position rests on a negation"),
  /** The position is carried over from a questionnaire answer to the question before it. */
  ANSWER_TO_QUESTION("the position is a bare answer to a question"),
  /** A second opinion disagreed with the rules and could not be used, or none was had. */
  SECOND_OPINION_DISAGREES("a second opinion read it differently"),
  /** A reason written by a newer version of JusticeKit. */
  @JsonEnumDefaultValue
  UNKNOWN("needs review");

  private final String description;

  ReviewReason(String description) {
    this.description = description;
  }

  /** A short phrase for reports, e.g. "the reading is uncertain". */
  public String description() {
    return description;
  }
}
