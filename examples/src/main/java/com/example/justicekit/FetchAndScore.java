package com.example.justicekit;

import java.net.URI;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformDocument;
import org.justicekit.demands.PlatformScore;
import org.justicekit.officials.platform.PlatformFetcher;
import org.justicekit.officials.platform.PlatformPages;
import org.justicekit.scoring.PlatformScorer;

/**
 * Finds an official's platform pages on their website and scores them.
 *
 * <p>Usage: {@code FetchAndScore OFFICE URL [--allow-private-network]}.
 */
public final class FetchAndScore {
  private FetchAndScore() {}

  /** Fetches the site's platform pages, scores each, and prints the stances. */
  public static void main(String[] args) {
    OfficeType office = OfficeType.of(args[0]);
    URI site = URI.create(args[1]);
    boolean allowPrivate = args.length > 2 && args[2].equals("--allow-private-network");
    PlatformFetcher fetcher = PlatformFetcher.builder().allowPrivateNetwork(allowPrivate).build();
    PlatformScorer scorer = PlatformScorer.create();
    PlatformPages pages = fetcher.fetchPlatform(site);   // honours robots.txt and size limits
    for (PlatformDocument page : pages.documents()) {
      PlatformScore score = scorer.score(office, page);
      System.out.printf("%s: alignment %.1f%%%n", page.source(), score.alignment());
      score.assessments().forEach(a -> System.out.println("  " + a.demand().id() + " " + a.stance()));
    }
  }
}
