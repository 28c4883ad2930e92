package org.justicekit.scoring;

import org.justicekit.demands.Assessment;
import org.justicekit.demands.Demand;
import org.justicekit.demands.Stance;

/**
 * Stage: counts each demand's sentence readings, and after the last sentence aggregates them
 * into an assessment. Support and opposition together, or any MIXED reading, give MIXED ("I
 * will end cash bail." and "Cash bail is a valuable tool." on one page); else the firm readings
 * decide; bare mentions alone give a weak SUPPORTS (strength 0.3). Strength grows with the
 * number of sentences: 0.6 for one, 0.1 more for each further one, at most 1.
 */
final class DemandTally implements SentenceStage {
  private final CompiledRules rules;
  private final EvidenceKeeper keeper;
  private final int[][] counts;

  DemandTally(CompiledRules rules, EvidenceKeeper keeper) {
    this.rules = rules;
    this.keeper = keeper;
    this.counts = new int[rules.demands.size()][Reading.values().length];
  }

  @Override
  public boolean process(Sentence s) {
    for (int d = 0; d < s.reading.length; d++) {
      if (s.active[d] && s.reading[d] != Reading.NONE) {
        counts[d][s.reading[d].ordinal()]++;
      }
    }
    return true;
  }

  /** The assessment of demand d after the last sentence. */
  Assessment assessment(int d) {
    Demand demand = rules.demands.get(d);
    int[] c = counts[d];
    int s = c[Reading.SUPPORT.ordinal()];
    int o = c[Reading.OPPOSE.ordinal()];
    int m = c[Reading.MIXED.ordinal()];
    int w = c[Reading.WEAK.ordinal()];
    Stance stance;
    double strength;
    if ((s > 0 && o > 0) || m > 0) {
      stance = Stance.MIXED;
      strength = Math.min(1.0, 0.4 + 0.1 * (s + o + m));
    } else if (s > 0) {
      stance = Stance.SUPPORTS;
      strength = Math.min(1.0, 0.6 + 0.1 * (s - 1));
    } else if (o > 0) {
      stance = Stance.OPPOSES;
      strength = Math.min(1.0, 0.6 + 0.1 * (o - 1));
    } else if (w > 0) {
      stance = Stance.SUPPORTS;
      strength = 0.3;
    } else {
      return Assessment.notMentioned(demand);
    }
    return new Assessment(demand, stance, Math.round(strength * 100) / 100.0,
        keeper.evidence(d, stance, s + o + m > 0));
  }
}
