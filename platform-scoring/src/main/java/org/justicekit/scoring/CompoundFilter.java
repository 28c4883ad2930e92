package org.justicekit.scoring;

/**
 * Stage: two adjacent topics of one demand are one noun phrase whose last word is its head
 * ("charging decisions data": the topic "charging decisions" is dropped, "data" stays), so
 * the first match is dropped.
 */
final class CompoundFilter implements SentenceStage {
  private final CompiledRules rules;

  CompoundFilter(CompiledRules rules) {
    this.rules = rules;
  }

  @Override
  public boolean process(Sentence s) {
    for (int i = 0; i < s.matches; i++) {
      if (s.dropped[i] || s.kind[i] != RuleKind.TOPIC) {
        continue;
      }
      for (int j = 0; j < s.matches; j++) {
        if (j != i && !s.dropped[j] && s.kind[j] == RuleKind.TOPIC && s.start[j] == s.end[i]
            && rules.demand[s.pattern[j]] == rules.demand[s.pattern[i]]) {
          s.dropped[i] = true;
          break;
        }
      }
    }
    return true;
  }
}
