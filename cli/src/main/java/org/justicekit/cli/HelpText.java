package org.justicekit.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Lets picocli do all the wrapping of command descriptions. The descriptions in the source are
 * written as several short lines; printed as they are, picocli wraps each line again at its own
 * width (text wrapped twice), and the command list shows only the first line, cut mid-sentence.
 * So each description is joined into paragraphs, and its first sentence stands alone as the
 * first element, which is what the command list shows.
 *
 * <p>Stateless; call once per {@link CommandLine} before it runs.
 */
final class HelpText {
  private HelpText() {}

  static void reflow(CommandLine cli) {
    for (CommandLine sub : cli.getSubcommands().values()) {
      UsageMessageSpec usage = sub.getCommandSpec().usageMessage();
      usage.description(reflow(usage.description()));
      reflow(sub);
    }
  }

  static String[] reflow(String[] lines) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      if (line.isBlank()) {
        if (current.length() > 0) {
          paragraphs.add(current.toString());
          current.setLength(0);
        }
        paragraphs.add("");
        continue;
      }
      current.append(current.length() == 0 ? "" : " ").append(line.strip());
    }
    if (current.length() > 0) {
      paragraphs.add(current.toString());
    }
    if (!paragraphs.isEmpty()) {
      String first = paragraphs.get(0);
      int end = firstSentenceEnd(first);
      if (end > 0 && end < first.length()) {
        paragraphs.set(0, first.substring(0, end));
        paragraphs.add(1, first.substring(end).strip());
      }
    }
    return paragraphs.toArray(String[]::new);
  }

  /** Just after the first ". " that ends a sentence (a capital letter follows), else -1. */
  private static int firstSentenceEnd(String text) {
    for (int i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 1)) {
      int next = i + 2;
      while (next < text.length() && text.charAt(next) == ' ') {
        next++;
      }
      if (next < text.length() && (Character.isUpperCase(text.charAt(next))
          || text.charAt(next) == '-' || text.charAt(next) == '`')) {
        return i + 1;
      }
    }
    return -1;
  }
}
