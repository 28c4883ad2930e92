package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.justicekit.demands.OfficeType;
import org.junit.jupiter.api.Test;

final class ContextTrackerTest {
  private static final int CAMERAS = StageHarness.demand("body-cameras");

  @Test
  void satisfied_contextInSentenceBefore_readsFootageAsCameras() {
    StanceReader reader = StageHarness.reader(OfficeType.MAYOR);
    reader.read("Every patrol officer will be on duty. The footage will be public.");
    assertThat(reader.assessment(CAMERAS).stance()).isNotEqualTo(
        org.justicekit.demands.Stance.NOT_MENTIONED);
  }

  @Test
  void satisfied_noContextNearby_footageIsNoTopic() {
    StanceReader reader = StageHarness.reader(OfficeType.MAYOR);
    reader.read("The weather was fine. The footage will be public.");
    assertThat(reader.assessment(CAMERAS).stance()).isEqualTo(
        org.justicekit.demands.Stance.NOT_MENTIONED);
  }

  @Test
  void process_contextWord_marksItsGroup() {
    ContextTracker tracker = new ContextTracker(StageHarness.RULES);
    Sentence s = StageHarness.through(OfficeType.MAYOR, "Police officers.", MatchFinder.class);
    int group = -1;
    for (int p = 0; p < StageHarness.RULES.patterns(); p++) {
      if (StageHarness.RULES.kind[p] == RuleKind.CONTEXT
          && StageHarness.RULES.demand[p] == CAMERAS) {
        group = StageHarness.RULES.group[p];
        break;
      }
    }
    assertThat(tracker.satisfied(group)).isFalse();
    tracker.process(s);
    assertThat(tracker.satisfied(group)).isTrue();
  }
}
