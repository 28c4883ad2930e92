package com.example.justicekit;

import org.justicekit.demands.Assessment;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformScore;
import org.justicekit.scoring.PlatformScorer;

/** Scores a few sentences of a prosecutor's platform: the README's code sample. */
public final class ScoreText {
  private ScoreText() {}

  /** Prints the alignment and, per demand, the stance and the sentence that shows it. */
  public static void main(String[] args) {
    PlatformScorer scorer = PlatformScorer.create();   // immutable: build once, share
    String platform = "I will not seek cash bail. I will never charge a child as an adult.";
    PlatformScore result = scorer.score(OfficeType.PROSECUTOR, platform);
    System.out.printf("alignment %.1f%%%n", result.alignment());
    for (Assessment a : result.assessments()) {
      System.out.println(a.demand().id() + " " + a.stance()
          + a.bestEvidence().map(e -> ": " + e.text()).orElse(""));
    }
  }
}
