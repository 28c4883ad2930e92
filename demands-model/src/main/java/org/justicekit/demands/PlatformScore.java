package org.justicekit.demands;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A scored platform: the stance on every demand of one office, and the overall alignment.
 *
 * @param officeType the office whose demands were scored
 * @param alignment 0 to 100: the share of the office's demands supported, counting MIXED as half
 * @param assessments one per demand of the office, in catalog order, NOT_MENTIONED included
 * @param text the text that was scored (for HTML, the extracted text); evidence offsets point
 *     into it
 *
 * <p><b>JSON</b> (through {@link ModelJson}) has the one shape the CLI writes too: {@code
 * office}, {@code alignment} and {@code assessments}. The scored text is not written, as it is
 * the caller's own input and can be large; a score read from JSON has an empty text unless the
 * JSON carries a {@code text} field.
 */
@JsonPropertyOrder({"office", "alignment", "assessments"})
public record PlatformScore(
    @JsonProperty("office") OfficeType officeType, double alignment, List<Assessment> assessments,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String text) {

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if alignment is outside 0..100 or an assessment is for
   *     another office
   */
  public PlatformScore {
    Objects.requireNonNull(officeType, "officeType");
    Objects.requireNonNull(text, "text");
    assessments = Checks.list(assessments, "assessments");
    if (!(alignment >= 0.0 && alignment <= 100.0)) {
      throw new IllegalArgumentException("alignment must be between 0 and 100, was " + alignment);
    }
    for (Assessment a : assessments) {
      if (!a.demand().officeType().equals(officeType)) {
        throw new IllegalArgumentException("assessment of " + a.demand().id() + " is for "
            + a.demand().officeType() + ", not " + officeType);
      }
    }
  }

  /** Reads the JSON shape; the text is optional there. */
  @JsonCreator
  static PlatformScore fromJson(@JsonProperty("office") OfficeType office,
      @JsonProperty("alignment") double alignment,
      @JsonProperty("assessments") @Nullable List<Assessment> assessments,
      @JsonProperty("text") @Nullable String text) {
    return new PlatformScore(office, alignment, assessments == null ? List.of() : assessments,
        text == null ? "" : text);
  }

  /** Builds a score, computing the alignment from the assessments. */
  public static PlatformScore of(OfficeType officeType, List<Assessment> assessments, String text) {
    return new PlatformScore(officeType, alignmentOf(assessments), assessments, text);
  }

  /**
   * The alignment of a set of assessments: 100 times the mean {@link Stance#alignmentWeight()},
   * rounded to one decimal; 0 when there are none.
   */
  public static double alignmentOf(List<Assessment> assessments) {
    if (assessments.isEmpty()) {
      return 0.0;
    }
    double sum = 0;
    for (Assessment a : assessments) {
      sum += a.stance().alignmentWeight();
    }
    return Math.round(1000.0 * sum / assessments.size()) / 10.0;
  }

  /** The assessment of the demand with this id, if it was scored. */
  public Optional<Assessment> assessment(String demandId) {
    return assessments.stream().filter(a -> a.demand().id().equals(demandId)).findFirst();
  }
}
