package org.justicekit.officials.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz test of robots.txt parsing (issue 11): any text parses, never throws, and the parsed
 * rules answer any path; a crawl delay, if any, is never negative.
 *
 * <p>{@code ./mvnw verify} replays the seeds in {@code RobotsFuzzTestInputs/<method>/}
 * (regression mode); {@code JAZZER_FUZZ=1} fuzzes it (README: Fuzzing).
 */
final class RobotsFuzzTest {

  @FuzzTest
  void parse_anyText_rulesThatAnswerAnyPath(FuzzedDataProvider data) {
    String path = "/" + data.consumeString(64);
    String text = data.consumeRemainingAsString();

    Robots robots = Robots.parse(text, "JusticeKit");

    robots.allows(path);
    robots.allows("/");
    if (robots.crawlDelay() != null) {
      assertThat(robots.crawlDelay().isNegative()).isFalse();
    }
  }
}
