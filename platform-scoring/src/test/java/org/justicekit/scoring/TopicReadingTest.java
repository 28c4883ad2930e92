package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.justicekit.demands.OfficeType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TopicReadingTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // polarity x action x negation
      "I will not seek cash bail.|end-money-bail|SUPPORT|not seek",
      "I will not end cash bail.|end-money-bail|OPPOSE|not end",
      "I will keep cash bail.|end-money-bail|OPPOSE|keep",
      // evaluation ending the subject
      "Cash bail is a valuable tool.|end-money-bail|OPPOSE|valuable tool",
      // a bare mention of the reform
      "Bail reform.|end-money-bail|WEAK|bail reform",
      // hedge and condition
      "I will reduce the use of cash bail.|end-money-bail|MIXED|use reduce",
      "If the council funds it, we will end cash bail.|end-money-bail|MIXED|if end",
      // a condition after the topic: "if" qualifies a conditional commitment, "once" any
      "I'd end cash bail if the state paid for pretrial services.|end-money-bail|MIXED|if end",
      "I will end cash bail if the council agrees.|end-money-bail|SUPPORT|end",
      "I will end cash bail once the new courthouse opens.|end-money-bail|MIXED|if end",
      "We will end cash bail only if the council agrees.|end-money-bail|SUPPORT|end",
      "We will review cash bail once a year.|end-money-bail|MIXED|review",
      // a negation does not reach into a that clause
      "I won't pretend that cash bail is gone.|end-money-bail|NONE|",
      // each "no" of a list has its own item
      "No more cash bail for fare evasion, no more cash bail for loitering."
          + "|end-money-bail|SUPPORT|No",
      // a reading without a verb does not outweigh one with a verb
      "I will publish plea data, but numbers without context are misleading."
          + "|prosecution-transparency|MIXED|without context are misleading",
      "Cash bail is unjust, and I will keep cash bail for violent felonies."
          + "|end-money-bail|OPPOSE|keep",
      // a clause that speaks for someone else is skipped
      "Critics said the county should end cash bail.|end-money-bail|NONE|"})
  void process_sentence_readingPerDemand(String text, String demand, Reading reading,
      String cue) {
    Sentence s = StageHarness.through(OfficeType.PROSECUTOR, text, TopicReading.class);

    int d = StageHarness.demand(demand);
    assertThat(s.reading[d]).isEqualTo(reading);
    if (reading != Reading.NONE) {
      assertThat(s.cue[d].toString()).isEqualTo(cue);
    }
  }
}
