package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.justicekit.scoring.StageHarness.matches;
import static org.justicekit.scoring.StageHarness.through;

import org.justicekit.demands.OfficeType;
import org.junit.jupiter.api.Test;

final class CompoundFilterTest {
  @Test
  void process_adjacentTopicsOfOneDemand_keepsTheHead() {
    Sentence before = through(OfficeType.PROSECUTOR, "We will publish charging decisions data.",
        ContainedMatchFilter.class);
    Sentence after = through(OfficeType.PROSECUTOR, "We will publish charging decisions data.",
        CompoundFilter.class);

    assertThat(matches(before, RuleKind.TOPIC)).containsExactly("charging decisions", "data");
    assertThat(matches(after, RuleKind.TOPIC)).containsExactly("data");
  }
}
