package org.justicekit.cli;

/** Reads a platform given on the command line: a file or standard input. */
final class PlatformInput {
  private PlatformInput() {}

  static String read(String input, int maxChars) {
    String lower = input.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      throw CliException.badInput("URL input is not available in this build; save the page and "
          + "pass the file");
    }
    return InputFiles.readText(input, (long) maxChars * 4);
  }
}
