package org.justicekit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformScore;
import org.justicekit.scoring.PlatformScorer;
import org.justicekit.scoring.ScoringException;
import org.justicekit.scoring.ScoringRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code justicekit score}: where one platform stands, or a batch of them. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = {"Score a platform (text or HTML) against the demands of an office.",
        "With --batch, read JSON lines {\"id\",\"office\",\"text\"} and write one JSON line each."})
final class ScoreCommand implements Runnable {
  enum Format { text, json, markdown, html }

  @Spec
  @SuppressWarnings("NullAway")
  CommandSpec spec;

  @Option(names = "--office", paramLabel = "O", converter = OfficeConverter.class,
      description = "The office whose demands to score (MAYOR, PROSECUTOR, ...).")
  @Nullable OfficeType office;

  @Option(names = "--format", paramLabel = "F", defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--batch", paramLabel = "IN.jsonl",
      description = "Score every line of a JSON-lines file; one JSON line out per line in.")
  @Nullable Path batch;

  @Option(names = "--rules", paramLabel = "FILE",
      description = "Scoring rules for a custom --catalog.")
  @Nullable Path rules;

  @Option(names = "--allow-private-network",
      description = "Allow a URL on a private or loopback address (tests, intranets).")
  boolean allowPrivateNetwork;

  @Mixin
  CatalogOption catalogOption = new CatalogOption();

  @Mixin
  AdjudicatorOptions adjudicatorOptions = new AdjudicatorOptions();

  @Mixin
  InputLimitOption limit = new InputLimitOption();

  @Mixin
  EncodingOption encoding = new EncodingOption();

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|URL|-",
      description = "The platform: a file, - for standard input, or an http(s) URL of a site "
          + "(its issues and platform pages are found and read, as scorecard does).")
  @Nullable String input;

  @Override
  public void run() {
    PlatformScorer scorer = scorer();
    PrintWriter out = spec.commandLine().getOut();
    if (batch != null) {
      if (input != null) {
        throw CliException.badInput("give either --batch IN.jsonl or one platform, not both");
      }
      if (format != Format.json && spec.commandLine().getParseResult().hasMatchedOption("--format")) {
        throw CliException.badInput("--batch writes one JSON line per input line; --format "
            + format + " applies to one platform (drop --format or give --format json)");
      }
      int failed = batch(scorer, batch, out, spec.commandLine().getErr());
      out.flush();
      if (failed > 0) {
        throw CliException.badInput(failed + " line(s) of " + batch
            + " could not be scored; see their \"error\" fields");
      }
      return;
    }
    if (office == null) {
      throw CliException.badInput("missing --office (MAYOR or PROSECUTOR)");
    }
    if (input == null) {
      throw CliException.badInput("missing the platform: a FILE, a URL, or - for standard input");
    }
    PlatformSources.Loaded loaded = PlatformSources.read(input, new PlatformSources.Reading(
        limit.chars(), encoding.charset(), allowPrivateNetwork, spec.commandLine().getErr()));
    PlatformScore score = scorer.score(office, loaded.document());
    String title = input.equals("-") ? "standard input" : input;
    switch (format) {
      case json -> out.println(ScoreJson.of(null, score).toPrettyString());
      case markdown -> ScoreReport.markdown(out, title, score);
      case html -> ScoreReport.html(out, title, score);
      case text -> ScoreReport.text(out, title, score);
    }
    out.flush();
  }

  PlatformScorer scorer() {
    return adjudicatorOptions.apply(rulesScorer(), System.getenv());
  }

  /** The scorer without a second opinion. */
  PlatformScorer rulesScorer() {
    int maxChars = limit.chars();
    if (rules == null && catalogOption.catalog == null) {
      return maxChars == PlatformScorer.DEFAULT_MAX_INPUT_CHARS ? PlatformScorer.create()
          : PlatformScorer.builder().maxInputChars(maxChars).build();
    }
    if (rules == null) {
      throw CliException.badInput("a custom --catalog needs its --rules file");
    }
    return PlatformScorer.builder().catalog(catalogOption.load())
        .rules(ScoringRules.fromPath(rules)).maxInputChars(maxChars).build();
  }

  private static int batch(PlatformScorer scorer, Path file, PrintWriter out, PrintWriter err) {
    int[] failed = {0};
    JsonLines.forEach(file, (number, line) -> {
      String id = null;
      try {
        JsonNode node = ScoreJson.MAPPER.readTree(line);
        if (node == null || !node.isObject()) {
          throw new IllegalArgumentException("not a JSON object");
        }
        id = node.hasNonNull("id") ? node.get("id").asText() : null;
        String officeName = requireText(node, "office");
        String text = requireText(node, "text");
        PlatformScore score = scorer.score(OfficeType.of(officeName), text);
        out.println(ScoreJson.of(id == null ? "line-" + number : id, score));
      } catch (JsonProcessingException e) {
        failed[0]++;
        out.println(errorLine(id, number, "malformed JSON: " + e.getOriginalMessage()));
      } catch (IllegalArgumentException | ScoringException e) {
        failed[0]++;
        out.println(errorLine(id, number, e.getMessage()));
      }
    });
    return failed[0];
  }

  private static String requireText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("missing string field \"" + field + "\"");
    }
    return value.textValue();
  }

  private static String errorLine(@Nullable String id, int number, @Nullable String message) {
    var node = ScoreJson.MAPPER.createObjectNode();
    node.put("id", id == null ? "line-" + number : id);
    node.put("line", number);
    node.put("error", Main.oneLine(message));
    return node.toString();
  }
}
