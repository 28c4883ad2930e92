package org.justicekit.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.justicekit.demands.PlatformDocument;
import org.justicekit.officials.FetchRefusedException;
import org.justicekit.officials.platform.PlatformFetcher;

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

  /** Reads a file or standard input; a URL is fetched as one page by the safe fetcher. */
  static Loaded read(String input, int maxChars, boolean allowPrivateNetwork) {
    if (isUrl(input)) {
      URI uri;
      try {
        uri = new URI(input.strip());
      } catch (URISyntaxException e) {
        throw CliException.badInput("'" + input + "' is not a valid URL: " + e.getReason());
      }
      PlatformDocument page;
      try {
        page = PlatformFetcher.builder().allowPrivateNetwork(allowPrivateNetwork).build().fetch(uri);
      } catch (FetchRefusedException e) {
        throw new CliException(Main.BAD_INPUT, String.valueOf(e.getMessage()).replace(
            "unless allowPrivateNetwork is set", "unless --allow-private-network is given"), e);
      }
      return new Loaded(page, new Scorecard.PlatformSource(input, uri, false, page.retrievedAt()));
    }
    String text = InputFiles.readText(input, (long) maxChars * 4);
    String label = input.equals("-") ? "standard input" : input;
    boolean html = text.stripLeading().startsWith("<");
    PlatformDocument doc = html ? PlatformDocument.ofHtml(text) : PlatformDocument.ofText(text);
    return new Loaded(doc, new Scorecard.PlatformSource(label, null,
        text.contains(ExamplePlatforms.MARKER), null));
  }

  static boolean isUrl(String input) {
    String lower = input.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }
}
