package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.justicekit.demands.OfficeType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TopicGateTest {
  @ParameterizedTest(name = "{1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "PROSECUTOR|Our victim advocates will not answer calls on Sunday.|false",
      "PROSECUTOR|I will end cash bail.|true",
      "MAYOR|I will end cash bail.|false",
      "PROSECUTOR|Cash bail is old. I will not keep it.|true",
      "PROSECUTOR|Will you end cash bail? No, I will not.|true"})
  void process_sentence_readOnlyWithTopicAnswerOrPronoun(OfficeType office, String text,
      boolean read) {
    Sentence s = StageHarness.through(office, text, Rivals.Names.class);

    assertThat(new TopicGate(StageHarness.RULES).process(s)).isEqualTo(read);
  }
}
