package org.justicekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.OcdId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code justicekit track}: adds today's scorecard of a place to the pressure log. */
@Command(name = "track", mixinStandardHelpOptions = true,
    description = {"Make the scorecard of a place (as the scorecard command does) and store a",
        "dated snapshot per official in the pressure log; then run `justicekit changes`."})
final class TrackCommand implements Runnable {
  /** The default store, in the working directory. */
  static final String DEFAULT_STORE = "justicekit-pressure.jsonl";

  @Spec
  @SuppressWarnings("NullAway")
  CommandSpec spec;

  @Mixin
  ScorecardOptions options = new ScorecardOptions();

  @Option(names = "--store", paramLabel = "FILE", defaultValue = DEFAULT_STORE,
      description = "The pressure log (JSON lines; default ${DEFAULT-VALUE}). A file that is "
          + "not a pressure log is refused and left as it is. Writes keep an empty hidden lock "
          + "file .FILE.lock next to it.")
  Path store = Path.of(DEFAULT_STORE);

  @Option(names = "--repair",
      description = "Rewrite a log that has damaged lines without them, after copying it to "
          + "FILE.bak (without --repair such a log is refused).")
  boolean repair;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "The snapshot's date (default: today), e.g. to record a page saved earlier.")
  @Nullable String date;

  @Override
  public void run() {
    LocalDate day;
    try {
      day = date == null ? LocalDate.now() : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw CliException.badInput("--date " + date + " is not a date of the form YYYY-MM-DD");
    }
    PrintWriter err = spec.commandLine().getErr();
    PressureLog log = new PressureLog(store);
    // refuse a foreign, unreadable or damaged store before the slow part, not after it
    PressureLog.Contents before = log.read();
    log.checkWritable();
    if (!before.damagedLines().isEmpty() && !repair) {
      throw CliException.badInput(PressureLog.damageMessage(log.file(), before.damagedLines()));
    }
    Scorecard card = options.make(err);
    if (options.networkFailures > 0) {
      throw new CliException(Main.PROVIDER_FAILURE, "nothing stored: " + options.networkFailures
          + " site(s) could not be reached, which would read as pages that disappeared; "
          + "try again later");
    }
    List<PressureLog.Snapshot> snapshots = snapshots(card, day, Instant.now());
    PressureLog.Written written = log.append(snapshots, repair);
    PressureLog.Contents after = written.contents();
    PrintWriter out = spec.commandLine().getOut();
    if (written.backup() != null) {
      out.printf(Locale.ROOT, "Repaired: left out damaged %s; the log as it was is kept in %s.%n",
          PressureLog.lineList(written.dropped()), written.backup());
    } else if (before.legacy()) {
      out.println("Note: the log was in the first format; it now starts with a header line.");
    }
    out.printf(Locale.ROOT, "Tracked %d official%s of %s on %s in %s (%d snapshots in all).%n",
        snapshots.size(), snapshots.size() == 1 ? "" : "s", card.place(), day, log.file(),
        after.snapshots().size());
    if (card.anyFictional()) {
      out.println("Note: FICTIONAL example platforms were scored; these snapshots are a demo.");
    }
    out.println("Run `justicekit changes --store " + store + "` to see what changed.");
    out.flush();
  }

  static List<PressureLog.Snapshot> snapshots(Scorecard card, LocalDate day, Instant now) {
    List<PressureLog.Snapshot> list = new ArrayList<>();
    for (Scorecard.Row row : card.rows()) {
      String name = row.holder() == null ? null : row.holder().name();
      String key = row.office().officeType().name() + " " + row.office().jurisdiction().ocdId().value()
          + (name == null ? "" : " " + OcdId.slug(name));
      Map<String, String> stances = new LinkedHashMap<>();
      Map<String, String> evidence = new LinkedHashMap<>();
      java.util.Set<String> review = new java.util.HashSet<>();
      if (row.score() != null) {
        for (Assessment a : row.score().assessments()) {
          stances.put(a.demand().id(), a.stance().name());
          if (a.needsReview()) {
            review.add(a.demand().id());
          }
          a.bestEvidence().ifPresent(e -> evidence.put(a.demand().id(), e.text()));
        }
      }
      Scorecard.PlatformSource platform = row.platform();
      list.add(new PressureLog.Snapshot(key, day, now, card.place(),
          row.office().officeType().name(), row.office().title(), name,
          platform == null ? null : platform.url() != null ? platform.url().toString()
              : platform.label(),
          platform != null && platform.fictional(), row.score() != null,
          row.score() == null ? null : row.score().alignment(), stances, evidence, review));
    }
    return list;
  }
}
