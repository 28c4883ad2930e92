package org.justicekit.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.Demand;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformDocument;
import org.justicekit.demands.PlatformScore;
import org.justicekit.officials.OfficeHolding;
import org.justicekit.officials.PlaceLookup;
import org.justicekit.scoring.PlatformScorer;
import org.justicekit.scoring.ScoringException;

/** Turns a looked-up place into a scorecard: find each official's platform, score it. */
final class ScorecardJob {
  /** Finds the platform of one office holder. */
  @FunctionalInterface
  interface PlatformResolver {
    /**
     * Returns the platform, or a {@link Found} with a problem when there is none.
     *
     * @throws RuntimeException for failures that should stop the whole job
     */
    Found resolve(OfficeHolding holding);
  }

  /**
   * A resolved platform, or why there is none.
   *
   * @param source where it came from
   * @param document the platform; null when {@code problem} says why not
   * @param problem one sentence; null when found
   */
  record Found(Scorecard.@Nullable PlatformSource source, @Nullable PlatformDocument document,
      @Nullable String problem) {
    static Found of(Scorecard.PlatformSource source, PlatformDocument document) {
      return new Found(source, document, null);
    }

    static Found missing(Scorecard.@Nullable PlatformSource source, String problem) {
      return new Found(source, null, problem);
    }
  }

  private ScorecardJob() {}

  static Scorecard run(PlaceLookup lookup, PlatformScorer scorer, PlatformResolver resolver,
      boolean offline, LocalDate date, PrintWriter progress) {
    List<Scorecard.Row> rows = new ArrayList<>();
    List<OfficeType> types = new ArrayList<>();
    int n = lookup.officials().size();
    int i = 0;
    for (OfficeHolding holding : lookup.officials()) {
      i++;
      OfficeType type = holding.office().officeType();
      progress.printf(Locale.ROOT, "[%d/%d] %s%s%n", i, n, holding.office().title(),
          holding.holder() == null ? "" : " (" + holding.holder().name() + ")");
      progress.flush();
      if (!types.contains(type)) {
        types.add(type);
      }
      if (scorer.demands(type).isEmpty()) {
        rows.add(new Scorecard.Row(holding.office(), holding.holder(), null, null,
            "the catalog has no demands of office " + type));
        continue;
      }
      Found found = resolver.resolve(holding);
      PlatformDocument document = found.document();
      if (document == null) {
        rows.add(new Scorecard.Row(holding.office(), holding.holder(), found.source(), null,
            found.problem() == null ? "no platform found" : found.problem()));
        continue;
      }
      PlatformScore score;
      try {
        score = scorer.score(type, document);
      } catch (ScoringException e) {
        rows.add(new Scorecard.Row(holding.office(), holding.holder(), found.source(), null,
            "the platform could not be scored: " + Main.oneLine(e.getMessage())));
        continue;
      }
      rows.add(new Scorecard.Row(holding.office(), holding.holder(), found.source(), score, null));
    }
    List<Demand> demands = new ArrayList<>();
    for (OfficeType type : types) {
      demands.addAll(scorer.demands(type));
    }
    List<String> notes = new ArrayList<>(lookup.notes());
    return new Scorecard(lookup.query(), date, demands, rows, notes, offline);
  }
}
