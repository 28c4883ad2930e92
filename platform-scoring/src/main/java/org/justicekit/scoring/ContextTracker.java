package org.justicekit.scoring;

import java.util.Arrays;

/**
 * Stage 2: notes which topic groups have their context in this sentence. Some topic phrases
 * count only near a word that fixes their sense ("The footage will be public." is about body
 * cameras only with "officer" or "police" in the same sentence or the one before); this stage
 * keeps those context words for this sentence and the one before, for {@link TopicReading}.
 */
final class ContextTracker implements SentenceStage {
  private final CompiledRules rules;
  private boolean[] current;
  private boolean[] previous;

  ContextTracker(CompiledRules rules) {
    this.rules = rules;
    this.current = new boolean[rules.groupNeedsContext.length];
    this.previous = new boolean[rules.groupNeedsContext.length];
  }

  @Override
  public boolean process(Sentence s) {
    boolean[] recycled = previous;
    previous = current;
    current = recycled;
    Arrays.fill(current, false);
    for (int i = 0; i < s.matches; i++) {
      if (rules.kind[s.pattern[i]] == RuleKind.CONTEXT) {
        current[rules.group[s.pattern[i]]] = true;
      }
    }
    return true;
  }

  /** Whether the topic group needs no context, or has it here or in the sentence before. */
  boolean satisfied(int group) {
    return !rules.groupNeedsContext[group] || current[group] || previous[group];
  }
}
