package org.justicekit.demands;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a platform stands on one demand, with the sentences that show it.
 *
 * <p>In JSON the demand is written as its id; {@link ModelJson} resolves it against a catalog
 * when reading.
 *
 * @param demand the demand assessed
 * @param stance the stance the evidence shows
 * @param strength confidence in the stance, from 0 (none) to 1; 0 for {@link
 *     Stance#NOT_MENTIONED}
 * @param evidence the sentences that decided, strongest first; empty when not mentioned
 */
public record Assessment(
    @JsonSerialize(using = DemandIdJson.Writer.class)
    @JsonDeserialize(using = DemandIdJson.Reader.class)
    Demand demand,
    Stance stance,
    double strength,
    List<Evidence> evidence) {

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if the strength is outside 0..1, or a stance other than
   *     NOT_MENTIONED comes without evidence
   */
  public Assessment {
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(stance, "stance");
    Checks.unitInterval(strength, "strength");
    evidence = Checks.list(evidence, "evidence");
    if (stance != Stance.NOT_MENTIONED && evidence.isEmpty()) {
      throw new IllegalArgumentException(
          "a " + stance + " assessment of " + demand.id() + " needs at least one evidence sentence");
    }
  }

  /** An assessment for a demand the platform does not address. */
  public static Assessment notMentioned(Demand demand) {
    return new Assessment(demand, Stance.NOT_MENTIONED, 0.0, List.of());
  }

  /** The strongest evidence sentence, if any. */
  public Optional<Evidence> bestEvidence() {
    return evidence.isEmpty() ? Optional.empty() : Optional.of(evidence.get(0));
  }
}
