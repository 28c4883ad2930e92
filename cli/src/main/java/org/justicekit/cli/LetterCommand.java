package org.justicekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.justicekit.demands.Assessment;
import org.justicekit.demands.Evidence;
import org.justicekit.demands.OfficeType;
import org.justicekit.demands.PlatformScore;
import org.justicekit.demands.Stance;
import org.justicekit.scoring.PlatformScorer;
import org.justicekit.officials.providers.EmbeddedDirectory;
import org.justicekit.officials.OfficeHolding;
import org.justicekit.officials.PlaceLookup;
import org.justicekit.officials.PlaceQuery;
import org.justicekit.officials.Staleness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code justicekit letter}: a letter asking an official to commit to the demands they do not. */
@Command(name = "letter", mixinStandardHelpOptions = true,
    description = {"Write a letter to an official listing the demands their platform does not",
        "yet support, each with its summary and concrete asks, quoting their own words where",
        "the platform is MIXED or OPPOSES. --template FILE replaces the built-in letter; its",
        "placeholders: {{date}} {{name}} {{from}} {{office}} {{officeLower}} {{source}}",
        "{{total}} {{count}} {{alignment}} {{supportedList}} {{#hasSupported}}",
        "{{#supported}}{{title}}{{/supported}}, and per item of {{#demands}}...{{/demands}}:",
        "{{number}} {{id}} {{title}} {{summary}} {{stance}} {{#opposes}} {{#mixed}}",
        "{{#notMentioned}} {{#quotes}}{{.}}{{/quotes}} {{#hasAsks}} {{#asks}}{{.}}{{/asks}}.",
        "{{^x}}...{{/x}} shows its body when x is empty or no; {{! ... }} is a comment."})
final class LetterCommand implements Runnable {
  enum Format { markdown, text }

  @Spec
  @SuppressWarnings("NullAway")
  CommandSpec spec;

  @Option(names = "--office", required = true, paramLabel = "O", converter = OfficeConverter.class,
      description = "The official's office (MAYOR, PROSECUTOR, ...).")
  @Nullable OfficeType office;

  @Option(names = "--platform", required = true, paramLabel = "FILE|URL",
      description = "The official's platform (text or HTML), or - for standard input.")
  @Nullable String platform;

  @Option(names = "--name", paramLabel = "NAME", description = "The official's name.")
  @Nullable String name;

  @Option(names = "--from", paramLabel = "WHO", defaultValue = "your constituents",
      description = "Who signs the letter (default: ${DEFAULT-VALUE}).")
  String from = "your constituents";

  @Option(names = "--format", paramLabel = "F", defaultValue = "markdown",
      description = "Built-in letter: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format = Format.markdown;

  @Option(names = "--template", paramLabel = "FILE",
      description = "Your own letter template (see the placeholders above).")
  @Nullable String template;

  @Option(names = "--allow-private-network",
      description = "Allow loopback and private-network addresses for a --platform URL.")
  boolean allowPrivateNetwork;

  @Option(names = "--rules", paramLabel = "FILE", description = "Scoring rules for a custom --catalog.")
  java.nio.file.@Nullable Path rules;

  @Mixin
  CatalogOption catalogOption = new CatalogOption();

  @picocli.CommandLine.Mixin
  AdjudicatorOptions adjudicatorOptions = new AdjudicatorOptions();

  @Mixin
  InputLimitOption limit = new InputLimitOption();

  @Mixin
  EncodingOption encoding = new EncodingOption();

  @Option(names = "--place", paramLabel = "\"City, ST\"",
      description = "Address the letter to the person who holds the office here, from the "
          + "embedded directory (and --directory); --name overrides it.")
  @Nullable String place;

  @Mixin
  DirectoryOption directoryOption = new DirectoryOption();

  @Override
  public void run() {
    String addressee = name != null && !name.isBlank() ? name : holderName();
    ScoreCommand helper = new ScoreCommand();
    helper.rules = rules;
    helper.catalogOption = catalogOption;
    helper.adjudicatorOptions = adjudicatorOptions;
    helper.limit = limit;
    PlatformScorer scorer = helper.scorer();
    if (scorer.demands(office).isEmpty()) {
      throw CliException.badInput("the catalog has no demands of office " + office);
    }
    LetterTemplate parsed = template == null ? builtIn(format)
        : LetterTemplate.parse(template, InputFiles.readText(template, LetterTemplate.MAX_CHARS * 4L));
    PlatformSources.Loaded loaded = PlatformSources.read(platform, new PlatformSources.Reading(
        limit.chars(), encoding.charset(), allowPrivateNetwork, spec.commandLine().getErr()));
    PlatformScore score = scorer.score(office, loaded.document());
    String letter = parsed.render(template == null ? "built-in " + format : template,
        model(score, addressee, from, loaded.source().label(), LocalDate.now()));
    PrintWriter out = spec.commandLine().getOut();
    out.print(letter);
    if (!letter.endsWith("\n")) {
      out.println();
    }
    out.flush();
  }

  /**
   * The name of the holder of {@code --office} at {@code --place}, or null (the letter is then
   * addressed to the office); warnings about the record go to stderr.
   */
  private @Nullable String holderName() {
    if (place == null) {
      return null;
    }
    EmbeddedDirectory directory = directoryOption.embedded();
    Staleness staleness = directoryOption.staleness();
    PlaceLookup answer = directory.lookup(PlaceQuery.parse(place));
    List<OfficeHolding> holdings = answer.officials().stream()
        .filter(h -> h.office().officeType().equals(office)).toList();
    PrintWriter err = spec.commandLine().getErr();
    if (holdings.isEmpty()) {
      throw CliException.badInput("--place " + place + ": the directory lists no " + office
          + " office there");
    }
    OfficeHolding chosen = holdings.get(0);
    if (holdings.size() > 1) {
      err.println("note: " + holdings.size() + " " + office + " offices serve " + place
          + "; addressing " + chosen.office().title() + " (give --name for another)");
    }
    for (String w : staleness.warnings(chosen, LocalDate.now(java.time.ZoneOffset.UTC))) {
      err.println("warning: " + chosen.office().title() + ": " + w);
    }
    err.flush();
    return chosen.holder() == null ? null : chosen.holder().name() + ", " + chosen.office().title();
  }

  static LetterTemplate builtIn(Format format) {
    String resource = format == Format.markdown ? "letters/letter.md" : "letters/letter.txt";
    try (InputStream in = LetterCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled letter template " + resource + " is missing");
      }
      return LetterTemplate.parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The values a letter template sees. */
  static Map<String, Object> model(PlatformScore score, @Nullable String name, String from,
      @Nullable String source, LocalDate date) {
    String office = ScorecardReport.title(score.officeType());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("date", date.toString());
    model.put("name", name == null || name.isBlank() ? office : name.strip());
    model.put("from", from);
    model.put("office", office);
    model.put("officeLower", office.toLowerCase(Locale.ROOT));
    model.put("source", source == null ? "" : source);
    model.put("total", score.assessments().size());
    model.put("alignment", String.format(Locale.ROOT, "%.1f%%", score.alignment()));
    List<Map<String, Object>> demands = new ArrayList<>();
    List<Map<String, Object>> supported = new ArrayList<>();
    for (Assessment a : score.assessments()) {
      // a reading flagged for review is never quoted or thanked for as the official's own
      // position: the letter asks where they stand instead
      boolean unclear = a.needsReview() && a.stance() != Stance.NOT_MENTIONED;
      if (a.stance() == Stance.SUPPORTS && !unclear) {
        supported.add(Map.of("id", a.demand().id(), "title", a.demand().title()));
        continue;
      }
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("number", demands.size() + 1);
      d.put("id", a.demand().id());
      d.put("title", a.demand().title());
      d.put("summary", a.demand().summary());
      d.put("stance", ScorecardReport.word(a.stance()).toLowerCase(Locale.ROOT));
      d.put("opposes", a.stance() == Stance.OPPOSES && !unclear);
      d.put("mixed", a.stance() == Stance.MIXED && !unclear);
      d.put("notMentioned", a.stance() == Stance.NOT_MENTIONED);
      d.put("unclear", unclear);
      List<String> quotes = new ArrayList<>();
      if (a.stance() != Stance.NOT_MENTIONED && !unclear) {
        for (Evidence e : a.evidence().subList(0, Math.min(2, a.evidence().size()))) {
          quotes.add(e.text().replaceAll("\\s+", " ").strip());
        }
      }
      d.put("quotes", quotes);
      d.put("hasQuotes", !quotes.isEmpty());
      d.put("asks", a.demand().asks());
      d.put("hasAsks", !a.demand().asks().isEmpty());
      demands.add(d);
    }
    model.put("count", demands.size());
    model.put("demands", demands);
    model.put("supported", supported);
    model.put("hasSupported", !supported.isEmpty());
    model.put("supportedList", String.join("; ",
        supported.stream().map(m -> String.valueOf(m.get("title"))).toList()));
    return model;
  }
}
