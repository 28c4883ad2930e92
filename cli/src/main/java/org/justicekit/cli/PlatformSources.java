package org.justicekit.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.PlatformDocument;
import org.justicekit.officials.platform.PlatformFetcher;
import org.justicekit.officials.platform.PlatformPages;

/**
 * Reads a platform named on the command line (a file, {@code -}, or a URL) into a document. A
 * URL is a site: its issues and platform pages are found and read together, as {@code
 * scorecard} does for an official's website, so a home page that only links to the platform
 * still scores the platform.
 */
final class PlatformSources {
  private PlatformSources() {}

  /**
   * A platform read from the command line.
   *
   * @param document the text or HTML
   * @param source where it came from, for reports
   */
  record Loaded(PlatformDocument document, Scorecard.PlatformSource source) {}

  /**
   * How to read: the input limit, the encoding of files, whether private addresses may be
   * fetched, and where warnings go.
   */
  record Reading(int maxChars, @Nullable Charset encoding, boolean allowPrivateNetwork,
      PrintWriter warnings) {}

  /** Reads with the default limit and encoding detection; warnings go to standard error. */
  static Loaded read(String input, int maxChars, boolean allowPrivateNetwork) {
    return read(input, new Reading(maxChars, null, allowPrivateNetwork,
        new PrintWriter(System.err, true)));
  }

  /** Reads a file or standard input, or finds and fetches the platform pages of a site. */
  static Loaded read(String input, Reading reading) {
    if (isUrl(input)) {
      URI uri;
      try {
        uri = new URI(input.strip());
      } catch (URISyntaxException e) {
        throw CliException.badInput("'" + input + "' is not a valid URL: " + e.getReason());
      }
      PlatformFetcher fetcher = PlatformFetcher.builder()
          .allowPrivateNetwork(reading.allowPrivateNetwork())
          .maxPageBytes(InputLimitOption.pageBytes(reading.maxChars())).build();
      return site(fetcher.fetchPlatform(uri));
    }
    String text = InputFiles.readText(input, reading.maxChars(), reading.encoding(),
        reading.warnings());
    String label = input.equals("-") ? "standard input" : input;
    boolean html = text.stripLeading().startsWith("<");
    PlatformDocument doc = html ? PlatformDocument.ofHtml(text) : PlatformDocument.ofText(text);
    return new Loaded(doc, new Scorecard.PlatformSource(label, null,
        text.contains(ExamplePlatforms.MARKER), null));
  }

  /** The pages found on a site as one platform: their texts in the order found. */
  static Loaded site(PlatformPages pages) {
    StringBuilder text = new StringBuilder();
    for (PlatformDocument d : pages.documents()) {
      text.append(d.content()).append("\n\n");
    }
    PlatformDocument first = pages.documents().isEmpty() ? null : pages.documents().get(0);
    String label = pages.documents().size() <= 1 ? pages.site().toString()
        : String.format(Locale.ROOT, "%s (%d pages)", pages.site(), pages.documents().size());
    return new Loaded(PlatformDocument.ofText(text.toString()), new Scorecard.PlatformSource(
        label, pages.site(), false, first == null ? null : first.retrievedAt()));
  }

  static boolean isUrl(String input) {
    String lower = input.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }
}
