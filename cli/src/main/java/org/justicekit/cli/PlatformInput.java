package org.justicekit.cli;

import java.net.URI;
import java.util.Locale;
import org.justicekit.demands.PlatformDocument;
import org.justicekit.officials.platform.PlatformFetcher;

/** Reads a platform given on the command line: a file, standard input, or one web page. */
final class PlatformInput {
  private PlatformInput() {}

  /** The platform's text or HTML; a URL is fetched as one page with the safe fetcher. */
  static String read(String input, int maxChars, boolean allowPrivateNetwork) {
    String lower = input.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      URI uri;
      try {
        uri = URI.create(input);
      } catch (IllegalArgumentException e) {
        throw CliException.badInput("not a valid URL: " + input);
      }
      PlatformDocument page = PlatformFetcher.builder()
          .allowPrivateNetwork(allowPrivateNetwork).build().fetch(uri);
      return page.content();
    }
    return InputFiles.readText(input, (long) maxChars * 4);
  }
}
