package org.justicekit.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.justicekit.adjudicator.openai.ChatCompletionsAdjudicator;
import org.justicekit.scoring.AdjudicationMode;
import org.justicekit.scoring.PlatformScorer;
import picocli.CommandLine.Option;

/**
 * The review and second-opinion options shared by {@code score}, {@code scorecard}, {@code letter} and
 * {@code eval}: an OpenAI-compatible Chat Completions endpoint, its model, and which
 * assessments to send. The key comes from {@value #KEY_VARIABLE}, never from the command line.
 */
final class AdjudicatorOptions {
  static final String KEY_VARIABLE = "JUSTICEKIT_ADJUDICATOR_KEY";

  @Option(names = "--adjudicator-url", paramLabel = "URL",
      description = "An OpenAI-compatible API base URL (e.g. http://127.0.0.1:11434/v1) to ask "
          + "for a second opinion on uncertain readings; key in " + KEY_VARIABLE + ".")
  @Nullable String url;

  @Option(names = "--adjudicator-model", paramLabel = "NAME",
      description = "The model the second-opinion endpoint should use.")
  @Nullable String model;

  @Option(names = "--adjudicate", paramLabel = "WHICH", defaultValue = "uncertain",
      description = "Which readings to send: uncertain (flagged or MIXED; default) or all.")
  String which = "uncertain";

  @Option(names = "--review-threshold", paramLabel = "X",
      description = "Flag for review every reading whose confidence is below X (0..1; default: "
          + "the calibrated threshold). 0 flags only conflicting and bare readings.")
  @Nullable Double reviewThreshold;

  boolean enabled() {
    return url != null;
  }

  /** The scorer with the second opinion configured, or unchanged without --adjudicator-url. */
  PlatformScorer apply(PlatformScorer scorer, Map<String, String> env) {
    if (reviewThreshold != null) {
      if (!(reviewThreshold >= 0 && reviewThreshold <= 1)) {
        throw CliException.badInput("--review-threshold must be between 0 and 1");
      }
      scorer = scorer.toBuilder().reviewThreshold(reviewThreshold).build();
    }
    if (url == null) {
      if (model != null) {
        throw CliException.badInput("--adjudicator-model needs --adjudicator-url");
      }
      return scorer;
    }
    if (model == null || model.isBlank()) {
      throw CliException.badInput("--adjudicator-url needs --adjudicator-model NAME");
    }
    AdjudicationMode mode;
    try {
      mode = AdjudicationMode.parse(which);
    } catch (IllegalArgumentException e) {
      throw CliException.badInput("--adjudicate must be uncertain or all, was '" + which + "'");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw CliException.badInput("--adjudicator-url is not a URL: " + url);
    }
    ChatCompletionsAdjudicator adjudicator;
    try {
      adjudicator = ChatCompletionsAdjudicator.builder().baseUrl(uri).model(model)
          .apiKey(env.get(KEY_VARIABLE)).build();
    } catch (IllegalArgumentException e) {
      throw CliException.badInput("--adjudicator-url: " + e.getMessage());
    }
    return scorer.toBuilder().adjudicator(adjudicator).adjudicationMode(mode).build();
  }
}
