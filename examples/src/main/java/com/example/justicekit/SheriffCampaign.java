package com.example.justicekit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.justicekit.demands.DemandCatalog;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformScore;
import org.justicekit.scoring.PlatformScorer;
import org.justicekit.scoring.ScoringRules;

/**
 * A campaign of its own: demands made of sheriffs, with the scoring rules that read them. Both
 * are JSON files the campaign writes ({@code sheriff-catalog.json}, {@code sheriff-rules.json}).
 */
public final class SheriffCampaign {
  private SheriffCampaign() {}

  /** Scores a sheriff candidate's statement against the campaign's two demands. */
  public static void main(String[] args) {
    DemandCatalog catalog = DemandCatalog.fromJson("sheriff-catalog.json", read("sheriff-catalog.json"));
    ScoringRules rules = ScoringRules.fromJson("sheriff-rules.json", read("sheriff-rules.json"));
    PlatformScorer scorer = PlatformScorer.builder().catalog(catalog).rules(rules).build();
    OfficeType sheriff = OfficeType.of("SHERIFF");
    PlatformScore score = scorer.score(sheriff, "I will end our 287(g) agreement with ICE. "
        + "Deaths in custody are a private matter and I will not publish them.");
    score.assessments().forEach(a -> System.out.println(a.demand().id() + " " + a.stance()));
  }

  private static String read(String name) {
    try (InputStream in = SheriffCampaign.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
