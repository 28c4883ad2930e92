package org.justicekit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.justicekit.officials.providers.EmbeddedDirectory;
import org.justicekit.officials.OfficeHolding;
import org.justicekit.officials.OfficialsException;
import org.justicekit.officials.Staleness;
import picocli.CommandLine.Option;

/**
 * {@code --directory FILE} and {@code --max-age-days N}: the user's own holders laid over the
 * bundled directory, and how old a holder's data may be before it is flagged.
 */
final class DirectoryOption {
  @Option(names = "--directory", paramLabel = "FILE",
      description = "Your own directory file (the JSON format EmbeddedDirectory.fromPath reads; "
          + "a file with only \"holders\" is enough) to add or correct office holders.")
  @Nullable Path directory;

  @Option(names = "--max-age-days", paramLabel = "N", defaultValue = "365",
      description = "Flag holders whose data is older than N days (default ${DEFAULT-VALUE}).")
  int maxAgeDays = 365;

  private @Nullable EmbeddedDirectory loaded;

  /**
   * The bundled directory, with {@code --directory} laid over it.
   *
   * @throws CliException (exit 2) naming the file, the field or line, and the problem
   */
  EmbeddedDirectory embedded() {
    if (loaded == null) {
      EmbeddedDirectory standard = EmbeddedDirectory.standard();
      if (directory == null) {
        loaded = standard;
      } else {
        try {
          loaded = standard.withOverlay(EmbeddedDirectory.fromPath(directory));
        } catch (OfficialsException e) {
          throw CliException.badInput("--directory: " + Main.oneLine(e.getMessage()));
        }
      }
    }
    return loaded;
  }

  /**
   * The staleness policy from {@code --max-age-days}.
   *
   * @throws CliException (exit 2) when it is not positive
   */
  Staleness staleness() {
    if (maxAgeDays < 1) {
      throw CliException.badInput("--max-age-days must be at least 1, was " + maxAgeDays);
    }
    return Staleness.of(Period.ofDays(maxAgeDays));
  }

  /** Each holding's warnings as {@code Title (Name): warning} lines. */
  static List<String> warningNotes(List<OfficeHolding> holdings, Staleness staleness,
      LocalDate today) {
    List<String> notes = new ArrayList<>();
    for (OfficeHolding h : holdings) {
      String who = h.office().title() + (h.holder() == null ? "" : " (" + h.holder().name() + ")");
      for (String w : staleness.warnings(h, today)) {
        notes.add(who + ": " + w);
      }
    }
    return notes;
  }
}
