package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.justicekit.scoring.StageHarness.matches;
import static org.justicekit.scoring.StageHarness.through;

import org.justicekit.demands.OfficeType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TentativeFilterTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "I would not consider cash bail.|ACTION",
      "I will consider ending cash bail.|HEDGE",
      "I am not open to cash bail.|ACTION",
      "I am open to ending cash bail.|HEDGE"})
  void process_tentative_verbWhenNegatedElseHedge(String text, RuleKind kind) {
    Sentence s = through(OfficeType.PROSECUTOR, text, TentativeFilter.class);

    assertThat(matches(s, RuleKind.TENTATIVE)).isEmpty();
    assertThat(matches(s, kind)).anyMatch(m -> m.startsWith("consider") || m.startsWith("open"));
  }
}
