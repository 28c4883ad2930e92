package org.justicekit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.justicekit.scoring.StageHarness.through;

import org.justicekit.demands.OfficeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class PronounsTest {
  @Test
  void antecedent_topicInSentenceBefore_handedToNextSentence() {
    Sentence s = through(OfficeType.PROSECUTOR, "Cash bail hurts the poor. I will end it.",
        Pronouns.Antecedent.class);

    assertThat(s.antecedent).isGreaterThanOrEqualTo(0);
    assertThat(StageHarness.RULES.phrase[s.antecedent]).isEqualTo("cash bail");
  }

  @Test
  void antecedent_noRulePhrase_stopsTheChain() {
    Sentence s = through(OfficeType.PROSECUTOR, "Hello there.", Pronouns.Antecedent.class);

    assertThat(s.matches).isZero();
    assertThat(new Pronouns(StageHarness.RULES).new Antecedent().process(s)).isFalse();
  }

  @Test
  void resolver_objectItAfterOfficialsVerb_becomesTopic() {
    Sentence s = through(OfficeType.PROSECUTOR,
        "I'd end bail for traffic cases, but I oppose eliminating it altogether.",
        Pronouns.Resolver.class);

    int it = StageHarness.token(s, "it");
    boolean topicAtIt = false;
    for (int i = 0; i < s.matches; i++) {
      topicAtIt |= s.kind[i] == RuleKind.TOPIC && s.start[i] == it && s.end[i] == it + 1;
    }
    assertThat(topicAtIt).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"The evidence supports it.", "I will end cash bail and make it happen."})
  void resolver_noSpeakerOrContentWordAfter_itStaysPronoun(String text) {
    Sentence s = through(OfficeType.PROSECUTOR, "Cash bail is old. " + text,
        Pronouns.Resolver.class);

    int it = StageHarness.token(s, "it");
    for (int i = 0; i < s.matches; i++) {
      assertThat(s.kind[i] == RuleKind.TOPIC && s.start[i] == it).isFalse();
    }
  }
}
