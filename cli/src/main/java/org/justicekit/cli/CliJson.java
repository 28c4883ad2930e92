package org.justicekit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.PlatformScore;
import org.justicekit.officials.PlaceLookup;

/**
 * The CLI's JSON shapes, for {@code justicekit serve}: a scored platform as
 * {@code score --format json} writes it, and a looked-up place as {@code lookup --format json}
 * writes it, so the HTTP answers are the CLI's answers. Stateless and thread-safe.
 */
public final class CliJson {
  private CliJson() {}

  /** A scored platform, with its {@code id} first when one is given. */
  public static ObjectNode score(@Nullable String id, PlatformScore score) {
    return ScoreJson.of(id, score);
  }

  /** A looked-up place, as JSON text. */
  public static String lookup(PlaceLookup answer) {
    return LookupCommand.toJson(answer);
  }
}
