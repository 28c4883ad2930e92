package org.justicekit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The topic phrases of the standard scoring rules, as a developer without the scorer would
 * match them: one case-insensitive regular-expression alternation between word boundaries.
 */
final class TopicPhrases {
  private static final String RULES = "/org/justicekit/scoring/standard-rules.json";

  private TopicPhrases() {
  }

  /** Every topic phrase of every demand in the standard rules. */
  static List<String> phrases() {
    try (InputStream in = TopicPhrases.class.getResourceAsStream(RULES)) {
      if (in == null) {
        throw new IllegalStateException("the standard rules are not on the class path: " + RULES);
      }
      JsonNode rules = new ObjectMapper().readTree(in);
      List<String> phrases = new ArrayList<>();
      for (JsonNode demand : rules.path("demands")) {
        for (JsonNode topic : demand.path("topics")) {
          for (JsonNode phrase : topic.path("phrases")) {
            phrases.add(phrase.asText());
          }
        }
      }
      return phrases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code \b(?:phrase|phrase|...)\b}, longest phrases first, case-insensitive. */
  static Pattern alternation() {
    return Pattern.compile(phrases().stream()
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|", "\\b(?:", ")\\b")),
        Pattern.CASE_INSENSITIVE);
  }
}
