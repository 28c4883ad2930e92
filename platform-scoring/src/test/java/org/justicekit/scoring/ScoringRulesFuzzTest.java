package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformScore;

/**
 * Fuzz tests of rules loading (issue 11): any JSON text gives rules or a {@link RulesException};
 * rules that load either compile against the standard catalog into a scorer that scores, or
 * are refused with a {@link RulesException}. Never any other exception.
 *
 * <p>{@code ./mvnw verify} replays the seeds in {@code ScoringRulesFuzzTestInputs/<method>/}
 * (regression mode); {@code JAZZER_FUZZ=1} fuzzes one method (README: Fuzzing).
 */
final class ScoringRulesFuzzTest {
  private static final String PARAGRAPH = "I will not seek cash bail. Every officer will wear a "
      + "body camera. We will ban chokeholds, and children will not be tried in adult court.";

  @FuzzTest
  void fromJson_anyText_rulesOrRulesException(FuzzedDataProvider data) {
    String json = data.consumeRemainingAsString();
    ScoringRules rules;
    try {
      rules = ScoringRules.fromJson("fuzz-rules.json", json);
    } catch (RulesException documented) {
      assertThat(documented.source()).isEqualTo("fuzz-rules.json");
      assertThat(documented.getMessage()).isNotBlank();
      return;
    }
    PlatformScorer scorer;
    try {
      scorer = PlatformScorer.builder().rules(rules).build();
    } catch (RulesException documented) {
      assertThat(documented.getMessage()).isNotBlank();
      return;
    }
    for (OfficeType office : scorer.catalog().officeTypes()) {
      PlatformScore score = scorer.score(office, PARAGRAPH);
      assertThat(score.assessments()).hasSize(scorer.demands(office).size());
    }
  }
}
