package org.justicekit.scoring;

/**
 * Stage: a bare mention of a demand's reform in a sentence that takes a position on another
 * demand is a stray word, not a stance: in "We ended cash bail the year the diversion office
 * opened" the bail reading stands and the diversion mention is not counted. Runs after the
 * question's reading is carried into its answer.
 */
final class StrayMentionFilter implements SentenceStage {
  @Override
  public boolean process(Sentence s) {
    boolean firm = false;
    for (int d = 0; d < s.reading.length && !firm; d++) {
      firm = s.active[d] && s.reading[d].firm();
    }
    if (firm) {
      for (int d = 0; d < s.reading.length; d++) {
        if (s.reading[d] == Reading.WEAK) {
          s.reading[d] = Reading.NONE;
        }
      }
    }
    return true;
  }
}
