package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.justicekit.demands.OfficeType;
import org.junit.jupiter.api.Test;

final class RivalsTest {
  @Test
  void names_afterRivalCue_remembersLastCapitalisedWord() {
    Rivals rivals = new Rivals(StageHarness.RULES);
    Sentence s = StageHarness.through(OfficeType.PROSECUTOR,
        "She faces a challenge from Theo Banks in May.", MatchFinder.class);

    rivals.new Names().process(s);

    assertThat(rivals.none()).isFalse();
    assertThat(rivals.isRival(s, StageHarness.token(s, "Banks"))).isTrue();
    assertThat(rivals.isRival(s, StageHarness.token(s, "Theo"))).isFalse();
  }

  @Test
  void names_noRivalCue_remembersNothing() {
    Rivals rivals = new Rivals(StageHarness.RULES);
    Sentence s = StageHarness.through(OfficeType.PROSECUTOR,
        "Theo Banks will end cash bail.", MatchFinder.class);

    rivals.new Names().process(s);

    assertThat(rivals.none()).isTrue();
  }
}
