package com.example.app;

import org.justicekit.demands.Assessment;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformScore;
import org.justicekit.scoring.PlatformScorer;

/** The README's code sample, compiled against the published artifacts. */
public final class Snippet {
  private Snippet() {}

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
