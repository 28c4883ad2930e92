package org.justicekit.cli;

/** Reads a platform given on the command line: a file, standard input, or a site. */
final class PlatformInput {
  private PlatformInput() {}

  /** The platform's text or HTML; a URL is a site, read as {@link PlatformSources} does. */
  static String read(String input, int maxChars, boolean allowPrivateNetwork) {
    return PlatformSources.read(input, maxChars, allowPrivateNetwork).document().content();
  }
}
