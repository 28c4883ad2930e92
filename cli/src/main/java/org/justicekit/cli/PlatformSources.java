package org.justicekit.cli;

import java.util.Locale;
import org.justicekit.demands.PlatformDocument;

/** Reads a platform named on the command line (a file, {@code -}, or a URL) into a document. */
final class PlatformSources {
  private PlatformSources() {}

  /**
   * A platform read from the command line.
   *
   * @param document the text or HTML
   * @param source where it came from, for reports
   */
  record Loaded(PlatformDocument document, Scorecard.PlatformSource source) {}

  static Loaded read(String input, int maxChars) {
    String lower = input.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      throw CliException.badInput("URL input is not available in this build; save the page and "
          + "pass the file");
    }
    String text = InputFiles.readText(input, (long) maxChars * 4);
    String label = input.equals("-") ? "standard input" : input;
    boolean html = text.stripLeading().startsWith("<");
    PlatformDocument doc = html ? PlatformDocument.ofHtml(text) : PlatformDocument.ofText(text);
    return new Loaded(doc, new Scorecard.PlatformSource(label, null,
        text.contains(ExamplePlatforms.MARKER), null));
  }
}
