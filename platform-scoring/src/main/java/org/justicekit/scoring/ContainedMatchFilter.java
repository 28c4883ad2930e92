package org.justicekit.scoring;

/**
 * Stage: drops a match inside a longer one that reads it differently. A shorter phrase of the
 * same kind and demand ("bail" inside "cash bail"), a cue inside a topic of its demand, a cue
 * inside a longer cue, anything inside an ignored phrase ("end" in "by the end of the year")
 * or a sentence negation ("no" in "there is no"), and a cue word inside an actor's name
 * ("order" in "the Fraternal Order of Police") are dropped.
 */
final class ContainedMatchFilter implements SentenceStage {
  private final CompiledRules rules;

  ContainedMatchFilter(CompiledRules rules) {
    this.rules = rules;
  }

  @Override
  public boolean process(Sentence s) {
    for (int i = 0; i < s.matches; i++) {
      int pi = s.pattern[i];
      // matches arrive in order of their end: one containing i ends at or after i's end and
      // no later than i's start plus the longest pattern
      int from = i;
      while (from > 0 && s.end[from - 1] == s.end[i]) {
        from--;
      }
      int lastEnd = s.start[i] + rules.maxLength;
      for (int j = from; j < s.matches && s.end[j] <= lastEnd && !s.dropped[i]; j++) {
        if (i == j) {
          continue;
        }
        boolean contains = s.start[j] <= s.start[i] && s.end[i] <= s.end[j]
            && (s.end[j] - s.start[j]) > (s.end[i] - s.start[i]);
        if (contains && drops(pi, s.pattern[j])) {
          s.dropped[i] = true;
        }
      }
    }
    return true;
  }

  /** Whether a match of pattern pi inside a longer match of pattern pj is dropped. */
  private boolean drops(int pi, int pj) {
    RuleKind ki = rules.kind[pi];
    RuleKind kj = rules.kind[pj];
    boolean sameKind = ki == kj && rules.demand[pi] == rules.demand[pj];
    boolean cueInTopic = kj == RuleKind.TOPIC && ki != RuleKind.TOPIC && ki != RuleKind.CONTEXT
        && (rules.demand[pi] == -1 || rules.demand[pi] == rules.demand[pj]);
    boolean cueInCue = ki.cue && kj.cue;
    boolean ignored = kj == RuleKind.IGNORE || kj == RuleKind.SENTENCE_NEG;
    boolean cueInActor = ki.cue && (kj == RuleKind.ATTR_SOURCE || kj == RuleKind.THIRD_PARTY);
    return sameKind || cueInTopic || cueInCue || ignored || cueInActor;
  }
}
