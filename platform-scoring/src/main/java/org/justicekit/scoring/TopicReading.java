package org.justicekit.scoring;

/**
 * Stage: decides, per demand, what the sentence says, from the readings of its topic matches
 * ({@link TopicCues}). Topics in clauses that speak for someone else, hold a non-answer or lack
 * their context are not read. A bare mention (weak) gives way to any firm reading. Of two
 * different firm readings, one without a verb does not outweigh one with a verb ("Cash bail
 * is unjust, and I will keep cash bail for violent felonies" opposes), unless a contrastive
 * break stands between their clauses ("We will publish plea data, but numbers without context
 * are misleading" is MIXED); otherwise they give MIXED.
 */
final class TopicReading implements SentenceStage {
  private final CompiledRules rules;
  private final ContextTracker context;
  private final TopicCues cues;
  /** The cue buffer of the topic being read; swapped with the demand's when adopted. */
  private StringBuilder scratch = new StringBuilder();

  TopicReading(CompiledRules rules, ContextTracker context) {
    this.rules = rules;
    this.context = context;
    this.cues = new TopicCues(rules);
  }

  @Override
  public boolean process(Sentence s) {
    // sentence-wide cues: "there is no ..." negates the sentence; "If ..." opening it hedges
    for (int i = 0; i < s.matches; i++) {
      if (s.dropped[i]) {
        continue;
      }
      if (s.kind[i] == RuleKind.SENTENCE_NEG) {
        s.sentenceNegs = -s.sentenceNegs;
      } else if (s.kind[i] == RuleKind.CONDITION && s.start[i] == 0) {
        s.condition = true;
      }
    }
    for (int d = 0; d < s.reading.length; d++) {
      if (s.active[d]) {
        s.reading[d] = read(s, d);
      }
    }
    return true;
  }

  private Reading read(Sentence s, int d) {
    Reading reading = Reading.NONE;
    boolean readingActed = false;
    int readingClause = -1;
    for (int i = 0; i < s.matches; i++) {
      int p = s.pattern[i];
      if (s.dropped[i] || rules.kind[p] != RuleKind.TOPIC || rules.demand[p] != d) {
        continue;
      }
      int c = s.clauseOf[s.start[i]];
      if (s.skipped(c) || s.clauseNonAnswer[c] || !context.satisfied(rules.group[p])) {
        continue;
      }
      StringBuilder why = scratch;
      why.setLength(0);
      Reading r = cues.read(s, i, d, c, why);
      boolean acted = cues.acted;
      if (r == Reading.NONE) {
        continue;
      }
      if (reading == Reading.NONE || reading == Reading.WEAK
          || (acted && !readingActed && r != Reading.WEAK)) {
        if (r != Reading.WEAK || reading == Reading.NONE) {
          reading = r;
          adopt(s, d);
          readingActed = acted;
          readingClause = c;
        }
      } else if (r != Reading.WEAK && r != reading
          && (acted || !readingActed || contrasted(s, c, readingClause))) {
        reading = Reading.MIXED;
        if (why.length() > 0) {
          adopt(s, d);
        }
      }
    }
    return reading;
  }

  /** Makes the topic's cue the demand's: the two buffers swap, nothing is copied. */
  private void adopt(Sentence s, int d) {
    StringBuilder kept = s.cue[d];
    s.cue[d] = scratch;
    scratch = kept;
  }

  /** Whether a contrastive break ("but") opens the later of two different clauses. */
  private static boolean contrasted(Sentence s, int c1, int c2) {
    return c1 >= 0 && c2 >= 0 && c1 != c2 && s.clauseContrast[Math.max(c1, c2)];
  }
}
