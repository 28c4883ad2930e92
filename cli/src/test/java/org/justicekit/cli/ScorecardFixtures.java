package org.justicekit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.justicekit.demands.Jurisdiction;
import org.justicekit.demands.Office;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.Official;
import org.justicekit.demands.PlatformDocument;
import org.justicekit.officials.OfficeHolding;
import org.justicekit.officials.PlaceLookup;
import org.justicekit.scoring.PlatformScorer;

/** Scorecards built from hand-made lookups and the bundled fictional platforms. */
final class ScorecardFixtures {
  /** Flags only conflicting and bare readings, so the fixtures' marks do not move with the calibration. */
  static final PlatformScorer SCORER = PlatformScorer.builder().reviewThreshold(0).build();
  static final LocalDate DATE = LocalDate.of(2026, 11, 25);

  private ScorecardFixtures() {}

  static OfficeHolding mayor(String name) {
    return new OfficeHolding(new Office(OfficeType.MAYOR, "Mayor of Springfield",
        Jurisdiction.of("Springfield", "ocd-division/country:us/state:il/place:springfield"), true,
        URI.create("https://springfield.example/mayor"), null),
        Official.of(name, LocalDate.of(2026, 8, 5), List.of(URI.create("https://people.example/m"))),
        "test");
  }

  static OfficeHolding prosecutor(String name) {
    return new OfficeHolding(new Office(OfficeType.PROSECUTOR, "Sangamon County State's Attorney",
        Jurisdiction.of("Sangamon County", "ocd-division/country:us/state:il/county:sangamon"),
        true, null, null),
        name.isEmpty() ? null : Official.of(name, null, List.of()), "test");
  }

  static PlaceLookup lookup(OfficeHolding... holdings) {
    return new PlaceLookup("Springfield, IL", List.of(), List.of(holdings),
        List.of("A test lookup."), List.of("test"));
  }

  /** A scorecard of both offices, scored against the bundled fictional examples. */
  static Scorecard examples(OfficeHolding... holdings) {
    ScorecardJob.PlatformResolver resolver = h -> ScorecardJob.Found.of(
        ExamplePlatforms.source(h.office().officeType()),
        PlatformDocument.ofText(ExamplePlatforms.text(h.office().officeType()).orElseThrow()));
    return ScorecardJob.run(lookup(holdings), SCORER, resolver, true, DATE,
        new PrintWriter(new StringWriter()));
  }

  static Scorecard springfield() {
    return examples(mayor("Alex Placeholder"), prosecutor("Jordan Sample"));
  }

  static String render(Scorecard card, ScoreCommand.Format format) {
    StringWriter out = new StringWriter();
    ScorecardReport.render(new PrintWriter(out), card, format);
    return out.toString();
  }
}
