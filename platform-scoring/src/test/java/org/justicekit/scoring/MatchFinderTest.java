package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.justicekit.scoring.StageHarness.matches;
import static org.justicekit.scoring.StageHarness.through;

import org.justicekit.demands.OfficeType;
import org.junit.jupiter.api.Test;

final class MatchFinderTest {
  @Test
  void process_inflectedCapitalisedPhrases_foundAsRulePhrases() {
    Sentence s = through(OfficeType.PROSECUTOR, "We WON'T be Seeking Cash Bail.",
        MatchFinder.class);

    assertThat(s.tokens).isEqualTo(6);
    assertThat(matches(s, RuleKind.NEG)).contains("WON'T");
    assertThat(matches(s, RuleKind.ACTION)).contains("Seeking");
    assertThat(matches(s, RuleKind.TOPIC)).contains("Cash Bail", "Bail");
  }
}
