package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.justicekit.scoring.StageHarness.matches;
import static org.justicekit.scoring.StageHarness.through;

import org.justicekit.demands.OfficeType;
import org.junit.jupiter.api.Test;

final class ContainedMatchFilterTest {
  @Test
  void process_shorterTopicInsideLonger_dropped() {
    Sentence s = through(OfficeType.PROSECUTOR, "I will end cash bail.",
        ContainedMatchFilter.class);

    assertThat(matches(s, RuleKind.TOPIC)).containsExactly("cash bail");
  }

  @Test
  void process_cueInsideIgnoredPhrase_dropped() {
    Sentence before = through(OfficeType.PROSECUTOR,
        "By the end of the year cash bail will be gone.", MatchFinder.class);
    Sentence after = through(OfficeType.PROSECUTOR,
        "By the end of the year cash bail will be gone.", ContainedMatchFilter.class);

    assertThat(matches(before, RuleKind.ACTION)).contains("end");
    assertThat(matches(after, RuleKind.ACTION)).doesNotContain("end");
  }

  @Test
  void process_cueInsideActorsName_dropped() {
    String text = "The Fraternal Order of Police wants cash bail.";
    Sentence before = through(OfficeType.PROSECUTOR, text, MatchFinder.class);
    Sentence after = through(OfficeType.PROSECUTOR, text, ContainedMatchFilter.class);

    assertThat(matches(before, RuleKind.ACTION)).contains("Order");
    assertThat(matches(after, RuleKind.ACTION)).doesNotContain("Order");
    assertThat(matches(after, RuleKind.ATTR_SOURCE)).contains("Fraternal Order of Police");
  }
}
