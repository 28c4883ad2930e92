package org.justicekit.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.justicekit.demands.Evidence;
import org.justicekit.demands.Stance;

/**
 * Stage: keeps the sentences that show each demand's stance, at most {@link #MAX_EVIDENCE}
 * per demand and reading, so bare mentions (weak readings) never take the place of a sentence
 * that decides: after "Bail reform. Bail reform. Bail reform. Bail reform." the sentence "I
 * will end cash bail." is still kept, and a decided stance always has its deciding evidence.
 * Strings are made only for the sentences kept, so memory is bounded whatever the length of
 * the text.
 */
final class EvidenceKeeper implements SentenceStage {
  static final int MAX_EVIDENCE = 4;

  /** An evidence sentence and whether it came from a bare mention (a weak reading). */
  private record Kept(Evidence evidence, boolean weak) {}

  /** Evidence sentences seen so far, per demand and reading ordinal. */
  private final int[][] keptPerReading;
  private final List<List<Kept>> evidence;

  EvidenceKeeper(int demands) {
    this.keptPerReading = new int[demands][Reading.values().length];
    this.evidence = new ArrayList<>(demands);
    for (int i = 0; i < demands; i++) {
      evidence.add(List.of()); // replaced by a list with the first evidence kept
    }
  }

  @Override
  public boolean process(Sentence s) {
    for (int d = 0; d < s.reading.length; d++) {
      Reading reading = s.reading[d];
      if (!s.active[d] || reading == Reading.NONE) {
        continue;
      }
      if (keptPerReading[d][reading.ordinal()]++ >= MAX_EVIDENCE) {
        continue;
      }
      if (evidence.get(d).isEmpty()) {
        evidence.set(d, new ArrayList<>());
      }
      evidence.get(d).add(new Kept(new Evidence(s.text.substring(s.from, s.to), s.from, s.to,
          s.cue[d].toString(), reading.stance), reading == Reading.WEAK));
    }
    return true;
  }

  /**
   * The evidence for demand d with the given stance: the kept sentences, those of bare
   * mentions left out when {@code strong}, of the stance first, then in text order, at most
   * {@link #MAX_EVIDENCE}.
   */
  List<Evidence> evidence(int d, Stance stance, boolean strong) {
    List<Evidence> chosen = new ArrayList<>();
    for (Kept k : evidence.get(d)) {
      if (!(strong && k.weak())) {
        chosen.add(k.evidence());
      }
    }
    chosen.sort(Comparator.comparingInt((Evidence e) -> e.stance() == stance ? 0 : 1)
        .thenComparingInt(Evidence::start));
    return chosen.size() > MAX_EVIDENCE ? chosen.subList(0, MAX_EVIDENCE) : chosen;
  }
}
