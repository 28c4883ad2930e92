package org.justicekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.justicekit.demands.OfficeType;

/**
 * The bundled example platforms: one mayor and one prosecutor platform written for JusticeKit
 * and clearly marked as fictional, so that the offline scorecard shows every colour without
 * putting words in a real official's mouth.
 */
final class ExamplePlatforms {
  /** The header every bundled example starts with. */
  static final String MARKER = "Fictional example platform for JusticeKit demos; not a real candidate.";

  private ExamplePlatforms() {}

  /** The resource name of the example for an office type, if there is one. */
  static Optional<String> resourceName(OfficeType type) {
    if (!type.isBuiltIn()) {
      return Optional.empty();
    }
    return Optional.of(type.name().toLowerCase(Locale.ROOT) + "-platform.txt");
  }

  /** The example platform text for an office type, if one is bundled. */
  static Optional<String> text(OfficeType type) {
    return resourceName(type).map(ExamplePlatforms::load);
  }

  /** The source to show for the bundled example of an office type. */
  static Scorecard.PlatformSource source(OfficeType type) {
    return new Scorecard.PlatformSource("bundled example " + resourceName(type).orElse("?"),
        null, true, null);
  }

  private static String load(String name) {
    try (InputStream in = ExamplePlatforms.class.getResourceAsStream("examples/" + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled example platform " + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
