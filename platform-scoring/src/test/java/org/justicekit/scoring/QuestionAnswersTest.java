package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.justicekit.scoring.StageHarness.through;

import org.justicekit.demands.OfficeType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class QuestionAnswersTest {
  private static final int BAIL = StageHarness.demand("end-money-bail");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Will you end cash bail? Yes.|true|1",
      "Will you end cash bail? A: Absolutely, on day one.|true|1",
      "Will you end cash bail? No.|true|-1",
      "Will you end cash bail? No one asked me that.|true|0",
      "The weather is fine. Yes.|false|0"})
  void opening_sentenceAfterQuestion_answersWithSign(String text, boolean answering,
      int sign) {
    Sentence s = through(OfficeType.PROSECUTOR, text, QuestionAnswers.Opening.class);

    assertThat(s.answering).isEqualTo(answering);
    assertThat(s.answer).isEqualTo(sign);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Will you end cash bail? Yes.|SUPPORT|yes",
      "Will you end cash bail? No.|OPPOSE|no",
      "Will you end cash bail? Yes, case by case.|MIXED|yes, hedged",
      "Should cash bail end? No, not as a blanket rule.|MIXED|no, hedged",
      "Will you end cash bail?|NONE|(a question is not counted)"})
  void carry_answerToQuestion_takesQuestionsReading(String text, Reading reading, String cue) {
    Sentence s = through(OfficeType.PROSECUTOR, text, QuestionAnswers.Carry.class);

    assertThat(s.reading[BAIL]).isEqualTo(reading);
    if (reading != Reading.NONE) {
      assertThat(s.cue[BAIL].toString()).isEqualTo(cue);
    }
  }
}
