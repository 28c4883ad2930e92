package org.justicekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code justicekit scorecard}: the main job, from a place to a report. */
@Command(name = "scorecard", mixinStandardHelpOptions = true,
    description = {"Look up the mayor and the prosecutor(s) of a place, find and score their",
        "platforms, and report where each stands on every demand.",
        "Progress goes to standard error; the report to standard output or --out FILE."})
final class ScorecardCommand implements Runnable {
  @Spec
  @SuppressWarnings("NullAway")
  CommandSpec spec;

  @Mixin
  ScorecardOptions options = new ScorecardOptions();

  @Option(names = "--format", paramLabel = "F", defaultValue = "text",
      description = "Report: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  ScoreCommand.Format format = ScoreCommand.Format.text;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report to this file.")
  @Nullable Path out;

  @Override
  public void run() {
    PrintWriter err = spec.commandLine().getErr();
    Scorecard card = options.make(err);
    write(spec.commandLine().getOut(), err, card, format, out);
    if (options.fetchFailures > 0 && card.rows().stream().allMatch(r -> r.score() == null)) {
      throw new CliException(Main.PROVIDER_FAILURE, "no platform could be fetched ("
          + options.fetchFailures + " failed); try again later, or use --platform or --offline");
    }
  }

  static void write(PrintWriter stdout, PrintWriter err, Scorecard card,
      ScoreCommand.Format format, @Nullable Path file) {
    if (file == null) {
      ScorecardReport.render(stdout, card, format);
      return;
    }
    StringWriter buffer = new StringWriter();
    ScorecardReport.render(new PrintWriter(buffer), card, format);
    try {
      Files.writeString(file, buffer.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CliException.badInput("cannot write " + file + ": " + e.getMessage());
    }
    err.println("Wrote " + file);
    err.flush();
  }
}
