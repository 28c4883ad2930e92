package org.justicekit.demands;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a second opinion (a language model asked through a stance adjudicator) said about one
 * assessment, and what was done with it.
 *
 * @param model the model or adjudicator that was asked, e.g. {@code "llama3.1:8b"}
 * @param outcome what happened to the rule result
 * @param ruleStance the stance the rules had read before the second opinion
 * @param proposedStance the stance the second opinion proposed; null when none was had
 * @param detail one line for people: why a proposal was rejected, or why none was had
 */
public record SecondOpinion(
    String model,
    Outcome outcome,
    Stance ruleStance,
    @Nullable Stance proposedStance,
    String detail) {

  /** What became of a second opinion. */
  public enum Outcome {
    /** The second opinion changed the stance; its evidence sentence is quoted. */
    REVISED,
    /** The second opinion agreed with the rules. */
    CONFIRMED,
    /** The answer could not be used (its evidence is not a sentence of the input, say): the
     * rule result stands. */
    REJECTED,
    /** No second opinion was had (the endpoint failed, timed out, or the budget ran out): the
     * rule result stands. */
    FAILED
  }

  /** Validates the fields. */
  public SecondOpinion {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(ruleStance, "ruleStance");
    Objects.requireNonNull(detail, "detail");
    if ((outcome == Outcome.REVISED || outcome == Outcome.CONFIRMED) && proposedStance == null) {
      throw new IllegalArgumentException("a " + outcome + " second opinion needs its stance");
    }
  }
}
