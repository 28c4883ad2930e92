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
      "Will you end cash bail?|NONE|(a question is not counted)",
      "Will you end cash bail? I will.|SUPPORT|yes",
      "Will you end cash bail? Already done.|SUPPORT|yes",
      "Will you end cash bail? I won't.|OPPOSE|no"})
  void carry_answerToQuestion_takesQuestionsReading(String text, Reading reading, String cue) {
    Sentence s = through(OfficeType.PROSECUTOR, text, QuestionAnswers.Carry.class);

    assertThat(s.reading[BAIL]).isEqualTo(reading);
    if (reading != Reading.NONE) {
      assertThat(s.cue[BAIL].toString()).isEqualTo(cue);
    }
  }

  /** The last sentence's reading (the harness reads through Carry for the last sentence). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a verb whose object is a pronoun or nothing acts on the question's topic
      // (the official's "it" after a verb is already the topic: Pronouns)
      "Q: What about cash bail? A: I'd keep it.|end-money-bail|OPPOSE|keep",
      "Q: Would you keep the ban on chokeholds? A: Keep it and enforce it."
          + "|chokehold-ban|SUPPORT|answer: Keep",
      "Should the city have a chokehold ban? I'd scrap it.|chokehold-ban|OPPOSE|scrap",
      // a verb of attitude takes the question's whole proposition
      "A ban on chokeholds and all neck restraints? Oppose.|chokehold-ban|OPPOSE|answer: Oppose",
      "Would you end cash bail? I support that.|end-money-bail|SUPPORT|answer: support",
      // a pronoun subject with an evaluation right after it
      "Q: What about cash bail? A: It stays.|end-money-bail|OPPOSE|answer: It stays",
      "What do you think of cash bail? That's unjust.|end-money-bail|SUPPORT|answer: unjust",
      // a hedge makes it MIXED
      "What about cash bail? Keep it, case by case.|end-money-bail|MIXED"
          + "|answer: Keep, hedged",
      // a verb with an object of its own, or someone else's verb, is no answer
      "What about cash bail? I'd want a judge to decide.|end-money-bail|NONE|",
      "What about cash bail? Some counties that ended it ran into trouble."
          + "|end-money-bail|NONE|",
      "What about cash bail? It was my first executive order.|end-money-bail|NONE|",
      // the answer that names a topic of its own reads it; a third sentence is too far
      "What about cash bail? We hired twelve prosecutors. Our staff is proud. It stays."
          + "|end-money-bail|NONE|"})
  void carry_answerWithoutTopic_readsQuestionsTopic(String text, String demand, Reading reading,
      String cue) {
    OfficeType office = demand.equals("chokehold-ban") ? OfficeType.MAYOR : OfficeType.PROSECUTOR;
    Sentence s = through(office, text, QuestionAnswers.Carry.class);

    int d = StageHarness.demand(demand);
    assertThat(s.reading[d]).isEqualTo(reading);
    if (reading != Reading.NONE) {
      assertThat(s.cue[d].toString()).isEqualTo(cue);
    }
  }
}
