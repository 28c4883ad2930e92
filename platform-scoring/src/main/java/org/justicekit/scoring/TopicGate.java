package org.justicekit.scoring;

/**
 * Stage: stops reading a sentence that cannot say anything about the office's demands: one
 * with no topic phrase of an active demand, that answers no question and has no "it" that may
 * stand for the last sentence's topic. "Our victim advocates will not answer calls on Sunday." stops here.
 */
final class TopicGate implements SentenceStage {
  private final CompiledRules rules;

  TopicGate(CompiledRules rules) {
    this.rules = rules;
  }

  @Override
  public boolean process(Sentence s) {
    return s.namesActiveTopic() || s.answering || s.implicitTopic
        || (s.antecedent >= 0 && s.tokenBetween(rules.itId, 0, s.tokens));
  }
}
