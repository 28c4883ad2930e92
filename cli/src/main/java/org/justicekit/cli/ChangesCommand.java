package org.justicekit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code justicekit changes}: what changed in the pressure log since the previous snapshot. */
@Command(name = "changes", mixinStandardHelpOptions = true,
    description = {"For each tracked official, compare the latest snapshot with the one before:",
        "new commitments, weakened and reversed stances, demands dropped, platform pages that",
        "disappeared. Snapshots of the FICTIONAL demo platforms are only compared with each other."})
final class ChangesCommand implements Runnable {
  enum Format { text, json }

  @Spec
  @SuppressWarnings("NullAway")
  CommandSpec spec;

  @Option(names = "--store", paramLabel = "FILE", defaultValue = TrackCommand.DEFAULT_STORE,
      description = "The pressure log (default ${DEFAULT-VALUE}).")
  Path store = Path.of(TrackCommand.DEFAULT_STORE);

  @Option(names = "--format", paramLabel = "F", defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Override
  public void run() {
    PressureLog log = new PressureLog(store);
    if (!log.exists()) {
      throw CliException.badInput("no pressure log at " + store + "; run `justicekit track` "
          + "first (or give --store FILE)");
    }
    PressureLog.Contents contents = log.read();
    List<PressureChanges.Report> reports = PressureChanges.of(contents.snapshots());
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(json(reports, contents.damagedLines()).toPrettyString());
    } else {
      text(out, reports, contents.damagedLines());
    }
    out.flush();
  }

  private static void text(PrintWriter out, List<PressureChanges.Report> reports,
      List<Integer> damaged) {
    long changed = reports.stream().filter(r -> !r.changes().isEmpty()).count();
    out.printf(Locale.ROOT, "%d official%s tracked, %d with changes.%n", reports.size(),
        reports.size() == 1 ? "" : "s", changed);
    if (!damaged.isEmpty()) {
      out.printf(Locale.ROOT, "Warning: %s of the log %s damaged and not read here. track will "
          + "not write to this log until %s fixed by hand, or given --repair (which keeps a "
          + "copy of the log first).%n", PressureLog.lineList(damaged),
          damaged.size() == 1 ? "is" : "are", damaged.size() == 1 ? "it is" : "they are");
    }
    for (PressureChanges.Report r : reports) {
      PressureLog.Snapshot latest = r.latest();
      out.println();
      out.printf(Locale.ROOT, "%s%s (%s)%s%n", latest.name() == null ? "" : latest.name() + ", ",
          latest.office(), latest.place(), latest.fictional()
              ? " - FICTIONAL example platform, compared only with other demo snapshots" : "");
      if (r.previous() == null) {
        out.printf(Locale.ROOT, "  first snapshot on %s; nothing to compare yet%n", latest.date());
        continue;
      }
      out.printf(Locale.ROOT, "  %s -> %s%n", r.previous().date(), latest.date());
      if (r.changes().isEmpty()) {
        out.println("  no change");
      }
      for (PressureChanges.Change c : r.changes()) {
        out.println("  " + PressureChanges.describe(c));
        if (c.evidence() != null) {
          out.println("    " + ScoreReport.quote(c.evidence(), 140));
        }
      }
    }
  }

  private static ObjectNode json(List<PressureChanges.Report> reports, List<Integer> damaged) {
    ObjectNode root = ScoreJson.MAPPER.createObjectNode();
    root.put("skippedLines", damaged.size());
    ArrayNode damagedLines = root.putArray("damagedLines");
    damaged.forEach(damagedLines::add);
    ArrayNode officials = root.putArray("officials");
    for (PressureChanges.Report r : reports) {
      ObjectNode node = officials.addObject();
      node.put("key", r.latest().key());
      node.put("name", r.latest().name());
      node.put("office", r.latest().office());
      node.put("place", r.latest().place());
      node.put("fictional", r.latest().fictional());
      node.put("previousDate", r.previous() == null ? null : r.previous().date().toString());
      node.put("latestDate", r.latest().date().toString());
      ArrayNode changes = node.putArray("changes");
      for (PressureChanges.Change c : r.changes()) {
        ObjectNode change = changes.addObject();
        change.put("kind", c.kind().name());
        change.put("demand", c.demand());
        change.put("before", c.before());
        change.put("after", c.after());
        change.put("evidence", c.evidence());
      }
    }
    return root;
  }
}
