package org.justicekit.scoring;

import java.util.Objects;
import org.justicekit.demands.Stance;

/**
 * A {@link StanceAdjudicator}'s answer: the stance and the one sentence of the input that
 * shows it.
 *
 * @param stance where the official stands on the demand
 * @param evidence one verbatim sentence of the input; may be empty only for {@link
 *     Stance#NOT_MENTIONED}
 */
public record Opinion(Stance stance, String evidence) {
  /** Validates the fields. */
  public Opinion {
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(evidence, "evidence");
  }
}
