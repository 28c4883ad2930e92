package org.justicekit.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A separate process for the pressure log tests: appends COUNT snapshots tagged TAG to FILE. */
final class PressureLogAppender {
  private PressureLogAppender() {}

  public static void main(String[] args) {
    PressureLog log = new PressureLog(Path.of(args[0]));
    int count = Integer.parseInt(args[1]);
    for (int i = 0; i < count; i++) {
      log.append(List.of(snapshot(args[2], i)));
    }
  }

  static PressureLog.Snapshot snapshot(String tag, int i) {
    return new PressureLog.Snapshot(tag + "-" + i, LocalDate.of(2026, 11, 25),
        Instant.parse("2026-11-25T12:00:00Z"), "Springfield, IL", "MAYOR", "Mayor of Springfield",
        "Writer " + tag, "https://example.org/" + tag, false, true, 50.0,
        Map.of("chokehold-ban", "SUPPORTS"), Map.of("chokehold-ban", "I will ban chokeholds \u2714 " + i));
  }
}
