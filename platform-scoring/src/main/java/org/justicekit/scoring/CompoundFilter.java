package org.justicekit.scoring;

/**
 * Stage: two adjacent topics of one demand are one noun phrase whose last word is its head
 * ("charging decisions data": the topic "charging decisions" is dropped, "data" stays), so
 * the first match is dropped. Of two overlapping topics of one demand the first carries the
 * direction ("zero bail schedule": "zero bail" stays, "bail schedule" is dropped).
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
        if (j == i || s.dropped[j] || s.kind[j] != RuleKind.TOPIC
            || rules.demand[s.pattern[j]] != rules.demand[s.pattern[i]]) {
          continue;
        }
        if (s.start[j] == s.end[i]) {
          s.dropped[i] = true;
          break;
        }
        if (s.start[j] > s.start[i] && s.start[j] < s.end[i] && s.end[j] > s.end[i]) {
          s.dropped[j] = true;
        }
      }
    }
    return true;
  }
}
