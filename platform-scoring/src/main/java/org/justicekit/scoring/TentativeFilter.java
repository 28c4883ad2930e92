package org.justicekit.scoring;

/**
 * Stage: a hedge of intent is firm when negated. "I would not consider cash bail" rejects
 * (the tentative "consider" becomes a verb, against cash bail once negated); "I will consider
 * ending cash bail" hedges (it becomes a hedge). A negation at most one word before it counts.
 */
final class TentativeFilter implements SentenceStage {
  @Override
  public boolean process(Sentence s) {
    for (int i = 0; i < s.matches; i++) {
      if (s.dropped[i] || s.kind[i] != RuleKind.TENTATIVE) {
        continue;
      }
      boolean negated = false;
      for (int j = 0; j < s.matches && !negated; j++) {
        negated = !s.dropped[j] && s.kind[j] == RuleKind.NEG && s.end[j] <= s.start[i]
            && s.start[i] - s.end[j] <= 1;
      }
      s.kind[i] = negated ? RuleKind.ACTION : RuleKind.HEDGE;
    }
    return true;
  }
}
